/**
 * How many of the stored provincial 2026 reports have a GDP growth target found, and how many equal the hand-read
 * gold (test/gold/provincial-gwr-2026.json): `pnpm --filter @plandiff/corpus exec tsx eval/provincial-gdp.ts`.
 * Two counts: through the cross-section (metricKey gdp_growth, filled by the parser's dictionary), and — a
 * yardstick for branches whose parser does not fill metricKey yet — the first annual target of planTargets whose
 * metric name ends in 生产总值/经济 增长/增速. Only the first count is what the product shows.
 */
import { readFileSync } from 'node:fs';
import { planTargets } from '@plandiff/compare';
import type { Target } from '@plandiff/model';
import { Corpus, crossSection } from '../src/index.js';

interface Gold { series: string; value: number | null; low: number | null; high: number | null; modifier: string }
const gold = (JSON.parse(readFileSync(new URL('../test/gold/provincial-gwr-2026.json', import.meta.url), 'utf8')) as { gdpGrowth: Gold[] }).gdpGrowth;
const corpus = new Corpus();
const cs = crossSection(corpus, 'provincial-gwr', 2026);
const ok = cs.series?.filter((s) => s.status === 'ok').map((s) => s.id) ?? [];
const row = cs.metrics.find((m) => m.metricKey === 'gdp_growth');
const same = (t: Target | null | undefined, g: Gold | undefined) =>
  Boolean(t && g && t.value === g.value && t.low === g.low && t.high === g.high && t.modifier === g.modifier);
const byName = (series: string) =>
  planTargets(corpus.plan(series, 2026)).find(
    (t) => /(生产总值|经济)(增长|增速)$/u.test(t.metric) && !/年均|十五五/u.test(t.metric + t.text) && t.horizon?.kind !== 'multi_year',
  );
const goldOf = (s: string) => gold.find((g) => g.series === s);
const keyed = ok.filter((s) => row?.values[s]);
const named = ok.filter((s) => byName(s));
console.log(`stored provinces: ${ok.length}`);
console.log(`GDP growth found via metricKey gdp_growth: ${keyed.length}/${ok.length}; equal to gold: ${keyed.filter((s) => same(row?.values[s], goldOf(s))).length}/${gold.length}`);
console.log(`GDP growth found via metric name (yardstick): ${named.length}/${ok.length}; equal to gold: ${named.filter((s) => same(byName(s), goldOf(s))).length}/${gold.length}`);
console.log(`not found by name: ${ok.filter((s) => !byName(s)).join(', ') || 'none'}`);
