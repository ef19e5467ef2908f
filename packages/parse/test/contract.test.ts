import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '@plandiff/model';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';
import { expectPlanInvariants } from './plan-invariants.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const notices = readdirSync(fixtures).flatMap((series) =>
  readdirSync(`${fixtures}${series}`).filter((y) => /^\d{4}$/.test(y)).map((year) => ({ series, year: Number(year) })));

describe('every fixture parses into a Plan that satisfies the contract (zod schema) and the span invariants', () => {
  it('finds all 41 notices (16 + the 25 provincial reports of 2026)', () => expect(notices).toHaveLength(41));
  for (const { series, year } of notices) {
    it(`${series}/${year}`, () => {
      const plan = parsePlan(fixtureBytes(series, year), { series, year, coverage: series === 'hubei-sthjt-gzyd' && year === 2023 ? 'excerpt' : 'full' });
      expect(() => Plan.parse(plan)).not.toThrow();
      expectPlanInvariants(plan);
      expect(plan.id).toBe(`${series}/${year}`);
      expect(plan.text).not.toMatch(/\r|\uFFFD|[\u200b-\u200d\ufeff]|\n\n|^\s|\s$/);
      expect(parsePlan(fixtureBytes(series, year), { series, year })).toEqual(parsePlan(fixtureBytes(series, year), { series, year })); // deterministic
    });
  }
});
