import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Comparison, Modifier, Plan, Result, Target, Verdict, contractJsonSchemas } from '../src/index.js';

describe('contract schemas', () => {
  it('accepts the Target of DESIGN.md and rejects a damaged figure without its flag type', () => {
    const target = {
      id: 't1.2.1.k1', taskId: 't1.2.1', metric: '受污染耕地安全利用率', value: 92, low: null, high: null, unit: '%',
      modifier: 'at_least', aspirational: false, direction: null, deadline: '2024年底前', deadlineDate: '2024-12-31',
      text: '受污染耕地安全利用率达到92%以上', span: [0, 16], damaged: false,
    };
    expect(Target.parse(target).modifier).toBe('at_least');
    expect(() => Target.parse({ ...target, damaged: 'yes' })).toThrow();
    expect(() => Target.parse({ ...target, span: [-1, 3] })).toThrow();
  });

  it('names exactly the modifiers of the contract', () => {
    expect(Modifier.options).toEqual(['about', 'at_least', 'at_most', 'exact', 'range', 'qualitative', 'none']);
  });

  it('validates the committed plan.json of a real fixture', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../fixtures/npc-gwr-resolution/2025/plan.json', import.meta.url), 'utf8'));
    const plan = Plan.parse(raw);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.id).toBe('npc-gwr-resolution/2025');
  });

  it('rejects a Comparison of another schema version', () => {
    const empty = {
      schemaVersion: 1, from: { id: 'a/2024', year: 2024 }, to: { id: 'a/2025', year: 2025 },
      summary: { added: 0, dropped: 0, changed: 0, moved: 0, unchanged: 0, split: 0, merged: 0,
        targets: { added: 0, dropped: 0, changed: 0, unchanged: 0 } },
      links: [], targets: [],
    };
    expect(Comparison.parse(empty).from.year).toBe(2024);
    expect(() => Comparison.parse({ ...empty, schemaVersion: 2 })).toThrow();
  });

  it('exports JSON Schema with the contract field names', () => {
    const schemas = contractJsonSchemas() as Record<string, { properties: Record<string, unknown>; required: string[] }>;
    expect(Object.keys(schemas)).toEqual(['Plan', 'Target', 'Comparison', 'Timeline', 'Collection', 'CrossSection', 'Result', 'Outcomes', 'CollectionOutcomes']);
    expect(Object.keys(schemas.Plan.properties)).toEqual(
      ['schemaVersion', 'id', 'series', 'year', 'meta', 'text', 'sections', 'tasks', 'targets', 'damage', 'warnings', 'quality', 'kind', 'results'],
    );
    expect(schemas.Result.required).toEqual(expect.arrayContaining(['metric', 'metricKey', 'value', 'unit', 'modifier', 'period', 'basis', 'estimate', 'text', 'span']));
    expect(schemas.Outcomes.required).toEqual(['series', 'rows']);
    expect(schemas.Target.required).toContain('damaged');
    expect(schemas.Comparison.properties).toHaveProperty('links');
    expect(schemas.Comparison.properties).toHaveProperty('sectionMoves');
    expect(Object.keys(schemas.Target.properties)).toEqual(
      expect.arrayContaining(['metricKey', 'basis', 'horizon', 'baseline']),
    );
    expect(schemas.CrossSection.properties).toHaveProperty('metrics');
  });
});

describe('outcome contracts (issue 19)', () => {
  it('accepts a Result with a year or a five-year period and rejects one without a period', () => {
    const result = {
      id: 't1.p2.r2', taskId: 't1.p2', metric: '国内生产总值增长', metricKey: 'gdp_growth', value: 5, low: null, high: null, unit: '%',
      modifier: 'exact', period: { year: 2024 }, basis: 'level', estimate: false, text: '增长5%', span: [366, 370],
    };
    expect(Result.parse(result).period).toEqual({ year: 2024 });
    expect(Result.parse({ ...result, period: { from: 2018, to: 2022 } }).period).toEqual({ from: 2018, to: 2022 });
    expect(() => Result.parse({ ...result, period: undefined })).toThrow();
    expect(Verdict.options).toEqual(['met', 'missed', 'unclear', 'not_reported', 'provisional']);
  });
});
