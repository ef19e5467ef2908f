import { EVIDENCE_CODES, type Comparison, type Plan } from '@plandiff/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceText } from '../../src/comparison/evidence-text.js';
import { evidenceEn, evidenceZhCN } from '../../src/i18n/evidence-messages.js';
import { i18n } from '../../src/i18n/i18n.js';
import { indexPlan } from '../../src/plan/plan-index.js';
import { storedJson } from '../support/stored-api.js';

/**
 * Latin words a zh-CN line may keep: units and ids as the plans print them (PM2.5, VOCs, GDP, CPI, PPI, 5G, AI …),
 * never words of ours. A line that says English evidence (text similarity …) fails here.
 */
const ALLOWED_LATIN = new Set(['PM', 'VOCs', 'GDP', 'CPI', 'PPI', 'AI', 'G', 'PPP', 'R', 'D', 'REITs', 'COD', 'NOx', 'SO', 'mg', 'km', 'kg', 'm', 'MW', 'GW', 'kW', 'kWh', 'LNG', 'ETC', 'ESG', 'RCEP', 'WTO', 'APEC']);
const latinWords = (line: string): string[] => (line.match(/[A-Za-z]+/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word));

const cases = [
  { name: 'gov-work-report 2024 → 2025', series: 'gov-work-report', from: 2024, to: 2025 },
  { name: 'Hubei 2023 → 2024 (an excerpt)', series: 'hubei-sthjt-gzyd', from: 2023, to: 2024 },
] as const;

describe.each(cases)('evidence of $name through the catalogue', ({ series, from, to }) => {
  let comparison: Comparison;
  let plans: [Plan, Plan];
  beforeAll(async () => {
    const base = `/api/series/${series}`;
    [comparison, ...plans] = await Promise.all([
      storedJson<Comparison>(`${base}/compare?from=${from}&to=${to}`),
      storedJson<Plan>(`${base}/plans/${from}`),
      storedJson<Plan>(`${base}/plans/${to}`),
    ]) as [Comparison, Plan, Plan];
  });

  it('has a zh-CN and an English message for every code it uses (and for every code there is)', () => {
    const used = new Set(comparison.links.flatMap((link) => link.evidence.map((e) => e.code)));
    expect(used.size).toBeGreaterThan(3);
    for (const code of [...used, ...EVIDENCE_CODES]) {
      expect(evidenceZhCN[code], code).toBeTypeOf('string');
      expect(evidenceEn[code], code).toBeTypeOf('string');
    }
  });

  it('says every evidence line of every link in Chinese: no Latin words beyond units and ids, no task ids', () => {
    const [a, b] = plans.map(indexPlan);
    const zh = i18n.getFixedT('zh-CN');
    const lines = comparison.links.flatMap((link) => evidenceText(link.evidence, a, b, { from: String(from), to: String(to) }, zh));
    expect(lines.length).toBeGreaterThan(comparison.links.length / 2);
    const english = lines.filter((line) => latinWords(line).length > 0);
    expect(english).toEqual([]);
    expect(lines.filter((line) => /\bt\d+(?:\.\d+)*\.p\d+/.test(line))).toEqual([]);
  });

  it('says the same evidence in English with the same numbers', () => {
    const [a, b] = plans.map(indexPlan);
    const link = comparison.links.find((l) => l.evidence.some((e) => e.code === 'text_similarity'))!;
    const years = { from: String(from), to: String(to) };
    const zhLine = evidenceText(link.evidence, a, b, years, i18n.getFixedT('zh-CN')).find((line) => line.startsWith('文字相似度'))!;
    const enLine = evidenceText(link.evidence, a, b, years, i18n.getFixedT('en')).find((line) => line.startsWith('text similarity'))!;
    expect(zhLine.match(/\d\.\d\d/g)).toEqual(enLine.match(/\d\.\d\d/g));
  });
});

describe('excerpt evidence (Hubei 2023 is an excerpt)', () => {
  it('says a 2024 task beyond the excerpt is beyond the 2023 excerpt, not added', async () => {
    const comparison = await storedJson<Comparison>('/api/series/hubei-sthjt-gzyd/compare?from=2023&to=2024');
    const outside = comparison.links.filter((link) => link.kind === 'outside_excerpt');
    expect(outside.length).toBeGreaterThan(0);
    for (const link of outside) expect(link.evidence).toEqual([{ code: 'excerpt_boundary', values: { excerpt: 'from' } }]);
  });
});
