import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Plan } from '@plandiff/model';
import { parseNotice, parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';
import { expectPlanInvariants } from './plan-invariants.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const years = readdirSync(fixtures).flatMap((series) =>
  readdirSync(`${fixtures}${series}`).filter((y) => /^\d{4}$/.test(y)).map((year) => ({ series, year: Number(year) })));
const notices = years.filter(({ series, year }) => existsSync(`${fixtures}${series}/${year}/source.txt`));
/** the 25 provincial reports of 2025, stored as the DOCX they were published in */
const documents = years.filter(({ series, year }) => existsSync(`${fixtures}${series}/${year}/source.docx`));

describe('every fixture parses into a Plan that satisfies the contract (zod schema) and the span invariants', () => {
  it('finds all 41 text notices (16 + the 25 provincial reports of 2026) and the 25 DOCX reports of 2025', () => {
    expect(notices).toHaveLength(41);
    expect(documents).toHaveLength(25);
    expect(years).toHaveLength(66);
  });
  for (const { series, year } of documents) {
    it(`${series}/${year} (DOCX)`, async () => {
      const bytes = new Uint8Array(readFileSync(`${fixtures}${series}/${year}/source.docx`));
      const plan = await parseNotice(bytes, { series, year, name: 'source.docx' });
      expect(() => Plan.parse(plan)).not.toThrow();
      expectPlanInvariants(plan);
      expect(plan.id).toBe(`${series}/${year}`);
      expect(plan.meta.source?.format).toBe('docx');
      expect(plan.text).not.toMatch(/\r|\uFFFD|[\u200b-\u200d\ufeff]|\n\n|^\s|\s$/);
      expect(await parseNotice(bytes, { series, year, name: 'source.docx' })).toEqual(plan); // deterministic
    });
  }
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
