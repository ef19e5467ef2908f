/**
 * pnpm eval:outcomes — outcomes (issue 19) against the gold written by reading, eval/gold/outcomes.json.
 * Prints pairing precision/recall (a pair: the result paired with a target of year N, counted right when its value
 * is the gold result's value) and verdict agreement over the gold rows, then every miss. The plans are parsed from
 * the fixtures' sources with the current parser (a fixture stored only as DOCX is read from its committed plan.json).
 * Usage: pnpm eval:outcomes [--gold <path>] (PLANDIFF_FIXTURES=<dir> reads another fixtures folder). Exit 1 when the gold file is absent (it says where it looked).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@plandiff/parse';
import type { OutcomeRow, Plan } from '@plandiff/model';
import { seriesOutcomes } from '../src/outcomes/index.js';

interface GoldRow {
  series: string; year: number; metricKey: string | null; metric: string;
  target: { sentence: string; value: number | null; unit: string | null; modifier: string };
  result: { sentence: string; value: number | null; unit: string | null; estimate: boolean } | null;
  verdict: string; provisionalVerdict?: string; note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = process.env.PLANDIFF_FIXTURES ?? join(here, '../../../fixtures');
const arg = process.argv.indexOf('--gold');
const goldPath = arg > 0 ? process.argv[arg + 1] : join(here, 'gold/outcomes.json');
if (!existsSync(goldPath)) {
  console.error(`eval:outcomes: no gold file at ${goldPath} — it is written by reading (issue 19, branch gold); pass --gold <path> to use another copy`);
  process.exit(1);
}
const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { rows: GoldRow[] }).rows;

/** A stored plan, parsed from its source with the current parser, else its committed plan.json; null when absent. */
function loadPlan(series: string, year: number): Plan | null {
  const dir = join(FIXTURES, series, String(year));
  if (!existsSync(join(dir, 'meta.json'))) return null;
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { sourceFile: string; coverage: 'full' | 'excerpt'; encoding: string };
  if (/\.(?:txt|html?)$/.test(meta.sourceFile) && existsSync(join(dir, meta.sourceFile))) {
    return parsePlan(readFileSync(join(dir, meta.sourceFile)), { series, year, coverage: meta.coverage, charset: meta.encoding });
  }
  return existsSync(join(dir, 'plan.json')) ? JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Plan : null;
}

const series = [...new Set(gold.map((g) => g.series))];
const ours = new Map<string, OutcomeRow[]>();
for (const s of series) {
  const years = [...new Set(gold.filter((g) => g.series === s).flatMap((g) => [g.year, g.year + 1]))];
  const plans = years.map((y) => loadPlan(s, y)).filter((p): p is Plan => p !== null);
  ours.set(s, seriesOutcomes({ series: s, plans }).rows);
}

const key = (s: string, y: number, k: string | null) => `${s}|${y}|${k}`;
const stored = (s: string, y: number) => existsSync(join(FIXTURES, s, String(y), 'meta.json'));
/** Gold rows whose plan N or N+1 is not stored yet: counted in the totals, listed once per series, not row by row. */
const unstored = new Map<string, number>();
for (const g of gold) {
  if (!stored(g.series, g.year) || !stored(g.series, g.year + 1)) unstored.set(`${g.series} ${g.year}→${g.year + 1}`, (unstored.get(`${g.series} ${g.year}→${g.year + 1}`) ?? 0) + 1);
}
const ourByKey = new Map<string, OutcomeRow[]>();
for (const [s, rows] of ours) for (const r of rows) ourByKey.set(key(s, r.year, r.metricKey), [...(ourByKey.get(key(s, r.year, r.metricKey)) ?? []), r]);
/** Our row for a gold row: same series, year and metricKey; among several (a level and a rate), the target's unit and value decide. */
function ourRow(g: GoldRow): OutcomeRow | undefined {
  const rows = ourByKey.get(key(g.series, g.year, g.metricKey)) ?? [];
  return rows.find((r) => r.target.unit === g.target.unit && r.target.value === g.target.value)
    ?? rows.find((r) => r.target.unit === g.target.unit) ?? rows[0];
}
const goldKeys = new Set(gold.map((g) => key(g.series, g.year, g.metricKey)));

const same = (a: number | null | undefined, b: number | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) < 1e-9;
const tally = { goldPairs: 0, found: 0, ourPairs: 0, right: 0, judged: 0, agree: 0 };
const storedTally = { ...tally };
const misses: string[] = [];
for (const g of gold) {
  const isStored = stored(g.series, g.year) && stored(g.series, g.year + 1);
  let goldPairs = 0; let found = 0; let ourPairs = 0; let right = 0; let judged = 0; let agree = 0;
  const miss = (line: string) => { if (isStored) misses.push(line); };
  const o = ourRow(g);
  const label = `${g.series} ${g.year} ${g.metricKey ?? g.metric}: ${g.target.sentence}`;
  if (g.result !== null && g.result.value !== null) {
    goldPairs++;
    if (o?.result && same(o.result.value, g.result.value)) found++;
    else miss(`pair missed    ${label} → gold ${g.result.sentence} (${g.result.value}); ours ${o?.result ? `${o.result.text} (${o.result.value})` : o ? 'none' : 'no row'}`);
  }
  if (o?.result && o.result.value !== null) {
    ourPairs++;
    if (g.result && same(o.result.value, g.result.value)) right++;
    else miss(`pair wrong     ${label} → ours ${o.result.text} (${o.result.value}); gold ${g.result ? `${g.result.sentence} (${g.result.value})` : 'none'}`);
  }
  judged++;
  const verdict = o?.verdict ?? 'no row';
  if (verdict === g.verdict) agree++;
  else miss(`verdict differs ${label} → gold ${g.verdict}${g.provisionalVerdict ? `(${g.provisionalVerdict})` : ''}, ours ${verdict} [${o?.rule ?? '-'}]${o?.result ? ` on ${o.result.text}` : ''}`);
  for (const t of isStored ? [tally, storedTally] : [tally]) {
    t.goldPairs += goldPairs; t.found += found; t.ourPairs += ourPairs; t.right += right; t.judged += judged; t.agree += agree;
  }
}
const extra = [...ourByKey.entries()].flatMap(([k, rows]) => rows.map((r) => [k, r] as const))
  .filter(([k, r]) => !goldKeys.has(k) && r.result !== null && gold.some((g) => g.series === k.split('|')[0] && g.year === r.year));
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
console.log(`outcomes eval against ${goldPath}: ${gold.length} gold rows in ${series.length} series`);
for (const [name, t] of [['all gold rows', tally], ['rows whose two plans are stored', storedTally]] as const) {
  console.log(`${name}: pairing precision ${pct(t.right, t.ourPairs)}   recall ${pct(t.found, t.goldPairs)}   verdict agreement ${pct(t.agree, t.judged)}`);
}
if (unstored.size > 0) console.log(`not stored yet (plan N or N+1 missing; counted as misses in "all gold rows"): ${[...unstored].map(([k, n]) => `${k} (${n})`).join(', ')}`);
console.log(`rows outside the gold's scope with a paired result (not scored): ${extra.length}`);
console.log('misses among stored rows:');
for (const m of misses) console.log(`  ${m}`);
