import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFileText, provincialDocxDir, repoRoot } from '../../parse/test/support/docx-text.js';

/**
 * Honesty checks of the outcomes gold (eval/gold/outcomes.json, written by reading, issue #19): every target
 * and result sentence occurs verbatim in its named source (fixtures/<series>/<year>/source.txt in the encoding
 * meta.json names, or the 2025 DOCX for the provinces' targets), every result stands in the review part of the
 * next year's report (before its own 预期目标 paragraph), and every verdict follows from the rules table applied
 * to the values — recomputed here, not copied.
 */
interface Figure { sentence: string; value: number | null; low: number | null; high: number | null; unit: string | null; from: string }
interface TargetFigure extends Figure { modifier: string; aspirational: boolean; file?: string }
interface ResultFigure extends Figure { estimate: boolean }
interface Row {
  series: string;
  year: number;
  metricKey: string | null;
  metric: string;
  target: TargetFigure;
  result: ResultFigure | null;
  verdict: 'met' | 'missed' | 'unclear' | 'not_reported' | 'provisional';
  provisionalVerdict?: 'met' | 'missed';
  comparable?: false;
  gdpResult?: number;
  note: string;
}
interface Rule { modifier: string; kind?: string; rule: string; tolerance: number | null; source: string }

const gold = JSON.parse(readFileSync(join(repoRoot, 'packages/compare/eval/gold/outcomes.json'), 'utf8')) as {
  about: string;
  rules: Rule[];
  rows: Row[];
};
const rows = gold.rows;

/** Metrics whose target is a ceiling (a rise or a rate to stay under); every other metric is growth-type. */
const CEILING = new Set(['cpi', 'surveyed_unemployment', 'registered_unemployment', 'deficit_ratio']);
/** Units of amounts (judged by a share of the target), as opposed to rates in % (judged in points). */
const AMOUNT_UNITS = new Set(['万人', '万亿斤', '亿斤', '万吨', '亿元', '万亿元', '元']);

function tolerance(modifier: string, kind: 'rate' | 'amount'): number {
  const rule = gold.rules.find((r) => r.modifier === modifier && (r.kind === undefined || r.kind === kind));
  if (!rule || rule.tolerance === null) throw new Error(`no rule with a tolerance for ${modifier}/${kind}`);
  return rule.tolerance;
}

/** The verdict the rules table gives for a row, before the estimate rule (met | missed | unclear | not_reported). */
function judge(row: Row): 'met' | 'missed' | 'unclear' | 'not_reported' {
  const { target: t, result: r } = row;
  if (r === null) return 'not_reported';
  if (row.comparable === false) return 'unclear';
  if (t.modifier === 'in_step' || t.modifier === 'above_gdp') {
    if (r.value === null || row.gdpResult === undefined) return 'unclear';
    const ok = t.modifier === 'in_step' ? r.value >= round(row.gdpResult - tolerance('in_step', 'rate')) : r.value > row.gdpResult;
    return ok ? 'met' : 'missed';
  }
  if (t.modifier === 'qualitative' || r.value === null) return 'unclear';
  const v = r.value;
  const ceiling = row.metricKey !== null && CEILING.has(row.metricKey);
  const kind = t.unit !== null && AMOUNT_UNITS.has(t.unit) ? 'amount' : 'rate';
  let ok: boolean;
  switch (t.modifier) {
    case 'at_least': ok = v >= t.value!; break;
    case 'at_most': ok = v <= t.value!; break;
    case 'range': ok = ceiling ? v <= t.high! : v >= t.low!; break;
    case 'about':
    case 'exact': {
      const tol = tolerance(t.modifier, kind);
      if (kind === 'amount') ok = ceiling ? v <= round(t.value! * (1 + tol)) : v >= round(t.value! * (1 - tol));
      else ok = ceiling ? v <= round(t.value! + tol) : v >= round(t.value! - tol);
      break;
    }
    default: throw new Error(`${row.series} ${row.year} ${row.metric}: no rule for modifier ${t.modifier}`);
  }
  return ok ? 'met' : 'missed';
}
const round = (x: number) => Math.round(x * 1e6) / 1e6;

const textCache = new Map<string, string>();
/** The text of fixtures/<series>/<year>/source.txt, decoded with the encoding its meta.json names. */
function fixtureText(from: string): string {
  let text = textCache.get(from);
  if (text === undefined) {
    const dir = join(repoRoot, 'fixtures', from);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { encoding?: string };
    text = new TextDecoder(meta.encoding ?? 'utf-8').decode(readFileSync(join(dir, 'source.txt')));
    textCache.set(from, text);
  }
  return text;
}
/** Where a report's own plan for the year begins: its 预期目标 paragraph (results are reviewed before it). */
const PLAN_START = /(?:主要)?预期目标(?:建议)?(?:是|为)[:：]/u;

const docxDir = provincialDocxDir();
if (!docxDir) console.warn('gold-outcomes: shared/corpus/provincial-gwr-2025-docx not found beside the repository (../shared) — DOCX target sentences not checked');

describe('outcomes gold: rows and rules', () => {
  it('161 rows: 35 national (2021–2024), 103 provincial (2025), 23 Hailar (2012–2014); verdict counts printed', () => {
    const bySeries = (p: (s: string) => boolean) => rows.filter((r) => p(r.series));
    expect(bySeries((s) => s === 'gov-work-report')).toHaveLength(35);
    expect(bySeries((s) => s.startsWith('gwr-'))).toHaveLength(103);
    expect(bySeries((s) => s === 'hailar-gwr')).toHaveLength(23);
    expect(new Set(bySeries((s) => s.startsWith('gwr-')).map((r) => r.series)).size).toBe(25);
    const counts: Record<string, Record<string, number>> = {};
    for (const r of rows) {
      const s = r.series.startsWith('gwr-') ? 'gwr-* (25 provinces)' : r.series;
      counts[s] ??= {};
      counts[s][r.verdict] = (counts[s][r.verdict] ?? 0) + 1;
    }
    console.log('outcomes gold verdicts per series:', JSON.stringify(counts));
  });

  it('every modifier used has a rule with its source', () => {
    const ruled = new Set(gold.rules.map((r) => r.modifier));
    for (const r of rows) expect(ruled.has(r.target.modifier), r.target.modifier).toBe(true);
    for (const rule of gold.rules) expect(rule.source.length > 0 && rule.rule.length > 0).toBe(true);
  });

  it('every verdict follows from the rules applied to the values; an estimate gives a provisional verdict', () => {
    for (const r of rows) {
      const where = `${r.series} ${r.year} ${r.metric}`;
      const v = judge(r);
      if (r.result?.estimate && (v === 'met' || v === 'missed')) expect([r.verdict, r.provisionalVerdict], where).toEqual(['provisional', v]);
      else expect(r.verdict, where).toBe(v);
    }
  });

  it('a target of year N meets the result in the review of year N+1; 同步 is judged on the same review’s GDP result', () => {
    for (const r of rows) {
      const where = `${r.series} ${r.year} ${r.metric}`;
      expect(r.target.from, where).toBe(`${r.series}/${r.year}`);
      if (r.result) expect(r.result.from, where).toBe(`${r.series}/${r.year + 1}`);
      if (r.gdpResult !== undefined) {
        const gdp = rows.find((g) => g.series === r.series && g.year === r.year && g.metricKey === 'gdp_growth');
        expect(gdp?.result?.value, where).toBe(r.gdpResult);
      }
    }
  });

  it('real values: the 2022 national GDP target was missed (3% against 5.5%左右) while the report claims 基本完成', () => {
    const gdp2022 = rows.find((r) => r.series === 'gov-work-report' && r.year === 2022 && r.metricKey === 'gdp_growth')!;
    expect([gdp2022.target.value, gdp2022.target.modifier, gdp2022.result?.value, gdp2022.verdict]).toEqual([5.5, 'about', 3, 'missed']);
    expect(gdp2022.note).toContain('基本完成全年发展主要目标任务');
    const missedGdp = rows.filter((r) => r.series.startsWith('gwr-') && r.metricKey === 'gdp_growth' && r.verdict === 'missed').map((r) => r.series);
    expect(missedGdp.sort()).toEqual(['gwr-chongqing', 'gwr-guizhou', 'gwr-hainan', 'gwr-heilongjiang', 'gwr-hunan', 'gwr-liaoning', 'gwr-neimenggu', 'gwr-shanxi', 'gwr-yunnan']);
  });
});

describe('outcomes gold: every sentence verbatim in its source', () => {
  it('results (and fixture targets) occur in fixtures/<series>/<year>/source.txt; results before the year’s own 预期目标 paragraph', () => {
    for (const r of rows) {
      const where = `${r.series} ${r.year} ${r.metric}`;
      if (!r.target.file) expect(fixtureText(r.target.from).includes(r.target.sentence), `${where}: target ${r.target.sentence}`).toBe(true);
      if (!r.result) continue;
      expect(existsSync(join(repoRoot, 'fixtures', r.result.from, 'source.txt')), where).toBe(true);
      const text = fixtureText(r.result.from);
      const at = text.indexOf(r.result.sentence);
      expect(at >= 0, `${where}: result ${r.result.sentence}`).toBe(true);
      const planStart = text.search(PLAN_START);
      expect(planStart === -1 || at < planStart, `${where}: result after the plan begins`).toBe(true);
    }
  });

  it('a report’s own claim quoted in a note (自评：“…”) occurs verbatim in that report', () => {
    let claims = 0;
    for (const r of rows) {
      const claim = /(\d{4})年报告自评：“([^”]+)”/u.exec(r.note);
      if (!claim) continue;
      claims++;
      expect(Number(claim[1]), `${r.series} ${r.year}`).toBe(r.year + 1);
      expect(fixtureText(`${r.series}/${r.year + 1}`).includes(claim[2]!), `${r.series} ${r.year}: ${claim[2]}`).toBe(true);
    }
    expect(claims).toBeGreaterThan(50);
  });

  it.skipIf(!docxDir)('the provinces’ 2025 targets occur in their DOCX', () => {
    const docx = rows.filter((r) => r.target.file);
    expect(docx).toHaveLength(103);
    const texts = new Map<string, string>();
    for (const r of docx) {
      const file = r.target.file!;
      expect(file, r.series).toBe(`${r.series.replace(/^gwr-/u, '')}.docx`);
      if (!texts.has(file)) texts.set(file, docxFileText(docxDir!, file));
      expect(texts.get(file)!.includes(r.target.sentence), `${r.series}: ${r.target.sentence}`).toBe(true);
    }
  });
});
