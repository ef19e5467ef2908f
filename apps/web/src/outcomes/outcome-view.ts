import type { CollectionOutcomes, CollectionSummary, CrossSection, OutcomeRow, Verdict } from '@plandiff/model';
import { targetNumber } from '../format/target-format.js';

/** The verdicts in the order a legend lists them (达成, 未达成, 无法判断, 未报告, 初步数据). */
export const VERDICTS: readonly Verdict[] = ['met', 'missed', 'unclear', 'not_reported', 'provisional'];

/** The headline indicators, listed first in the timeline and offered first in the provinces view. */
export const HEADLINE_METRICS: readonly string[] = [
  'gdp_growth', 'cpi', 'surveyed_unemployment', 'urban_new_jobs', 'disposable_income_growth', 'grain_output',
];

/** A plan id `series/2023` split into its series and year; year null when the id names none. */
export function planRef(planId: string): { series: string; year: number | null } {
  const cut = planId.lastIndexOf('/');
  if (cut < 0) return { series: planId, year: null };
  const year = Number(planId.slice(cut + 1));
  return { series: planId.slice(0, cut), year: Number.isInteger(year) ? year : null };
}

/** The viewer path of the plan a row cites (`/series/gov-work-report/plans/2023`), or null when its id has no year. */
export function planPath(planId: string): string | null {
  const { series, year } = planRef(planId);
  return year === null ? null : `/series/${encodeURIComponent(series)}/plans/${year}`;
}

/** The years that have outcome rows, ascending. */
export function outcomeYears(rows: readonly OutcomeRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** How many rows of each verdict (every verdict present, 0 when none). */
export function tally(rows: readonly OutcomeRow[]): Record<Verdict, number> {
  const counts = { met: 0, missed: 0, unclear: 0, not_reported: 0, provisional: 0 } as Record<Verdict, number>;
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/** True when a row's gap is in percentage points (a target in %, so result − target is points, not percent). */
export function gapInPoints(row: OutcomeRow): boolean {
  return row.target.unit === '%';
}

/**
 * The gap (result − target) signed and rounded to two decimals with a true minus sign (`+0.1`, `−2.5`, `0`), or null
 * when the row has none (not reported, worded, other basis). The unit is said by the caller (points for %).
 */
export function signedGap(gap: number | null | undefined): string | null {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return null;
  const rounded = Math.round(gap * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

/** One member of a collection in the provinces' outcome view. */
export interface ProvinceOutcome {
  series: string;
  label: string;
  /** listed: the API returned the member (rows may be empty: no plan of that year or no review yet); missing: not returned */
  rows: OutcomeRow[];
  /** the row of the chosen indicator (the first when a plan states it twice), or null */
  row: OutcomeRow | null;
  counts: Record<Verdict, number>;
}

/**
 * The provinces' rows of one year: every member of the collection (summary order, then any other series the API
 * returned), its short label (北京 / Beijing), its rows, the row of `metricKey` and the verdict counts. Members the
 * API did not return get no rows (the view says 未收录).
 */
export function provinceOutcomes(
  outcomes: CollectionOutcomes,
  summary: CollectionSummary | null,
  metricKey: string,
  english: boolean,
): ProvinceOutcome[] {
  const ids = [...(summary?.series ?? [])];
  for (const id of Object.keys(outcomes.series)) if (!ids.includes(id)) ids.push(id);
  return ids
    .filter((id) => id !== summary?.reference)
    .map((id) => {
      const rows = outcomes.series[id] ?? [];
      const label = summary?.labels?.[id];
      return {
        series: id,
        label: label ? (english ? label.en : label.zh) : id,
        rows,
        row: rows.find((r) => r.metricKey === metricKey) ?? null,
        counts: tally(rows),
      };
    });
}

/** The indicators present in a collection's outcomes, headline ones first, each with its most common name. */
export function collectionMetrics(outcomes: CollectionOutcomes): { metricKey: string; metric: string; count: number }[] {
  const found = new Map<string, { metric: string; count: number }>();
  for (const rows of Object.values(outcomes.series)) {
    for (const row of rows) {
      if (row.metricKey === null) continue;
      const entry = found.get(row.metricKey) ?? { metric: row.metric, count: 0 };
      entry.count += 1;
      found.set(row.metricKey, entry);
    }
  }
  const rank = (key: string) => {
    const i = HEADLINE_METRICS.indexOf(key);
    return i < 0 ? HEADLINE_METRICS.length : i;
  };
  return [...found.entries()]
    .map(([metricKey, v]) => ({ metricKey, ...v }))
    .sort((a, b) => rank(a.metricKey) - rank(b.metricKey) || b.count - a.count || a.metricKey.localeCompare(b.metricKey));
}

/** How the provinces' table is sorted: by the gap, the province (collection order) or the count missed. */
export interface ProvinceSort {
  by: 'gap' | 'province' | 'missed';
  direction: 'asc' | 'desc';
}

/**
 * Sorts the provinces: by gap (rows without a gap — not reported, 未收录 — always last, whatever the direction), by
 * the number of targets missed, or in collection order. Ties keep collection order. Returns a new array.
 */
export function sortProvinceOutcomes(list: readonly ProvinceOutcome[], sort: ProvinceSort): ProvinceOutcome[] {
  const order = new Map(list.map((p, i) => [p.series, i]));
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (p: ProvinceOutcome): number | null => {
    if (sort.by === 'gap') return p.row?.gap ?? null;
    if (sort.by === 'missed') return p.rows.length === 0 ? null : p.counts.missed;
    return order.get(p.series)!;
  };
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? order.get(a.series)! - order.get(b.series)! : ka === null ? 1 : -1;
    return (ka - kb) * sign || order.get(a.series)! - order.get(b.series)!;
  });
}

/** One year of an indicator's timeline: what was targeted and what was reported, as plotted numbers. */
export interface OutcomePoint {
  year: number;
  /** the target's number (value, or the middle of a range); null for worded targets */
  target: number | null;
  /** a range target's low and high (drawn as a band) */
  low: number | null;
  high: number | null;
  modifier: OutcomeRow['target']['modifier'];
  /** the reported number, on the target's scale (target + gap when the gap is known); null when not reported */
  result: number | null;
  verdict: Verdict;
  row: OutcomeRow;
}

/** An indicator's timeline: its name, unit and one point per year that has a numeric target. */
export interface OutcomeSeries {
  metricKey: string;
  metric: string;
  unit: string;
  points: OutcomePoint[];
}

/**
 * The timeline of target against outcome per indicator: one point per year (the first row of that indicator in the
 * year), for indicators with a numeric target in at least two years — or one, when the series has only one year —
 * and a reported figure in at least one (a chart of targets alone is the targets page's), headline indicators first. The result is placed at target + gap when the verdict's gap is known (so a 下降 result
 * and a decline target share a scale), else at its stated value.
 */
export function outcomeTimeline(rows: readonly OutcomeRow[]): OutcomeSeries[] {
  const byKey = new Map<string, OutcomeSeries>();
  for (const row of rows) {
    if (row.metricKey === null) continue;
    const target = targetNumber(row.target);
    if (target === null) continue;
    const unit = row.target.unit ?? '';
    const id = `${row.metricKey}|${unit}`;
    const entry = byKey.get(id) ?? { metricKey: row.metricKey, metric: row.metric, unit, points: [] };
    if (entry.points.some((p) => p.year === row.year)) continue;
    const stated = row.result === null ? null : (row.result.value ?? (row.result.low !== null && row.result.high !== null ? (row.result.low + row.result.high) / 2 : null));
    const result = row.gap !== null && row.gap !== undefined && row.result !== null ? target + row.gap : stated;
    entry.points.push({
      year: row.year, target, low: row.target.low, high: row.target.high, modifier: row.target.modifier,
      result: row.verdict === 'not_reported' ? null : result, verdict: row.verdict, row,
    });
    byKey.set(id, entry);
  }
  const years = new Set(rows.map((r) => r.year)).size;
  const rank = (key: string) => {
    const i = HEADLINE_METRICS.indexOf(key);
    return i < 0 ? HEADLINE_METRICS.length : i;
  };
  return [...byKey.values()]
    .filter((s) => s.points.length >= Math.min(2, years) && s.points.some((p) => p.result !== null))
    .map((s) => ({ ...s, points: s.points.sort((a, b) => a.year - b.year) }))
    .sort((a, b) => rank(a.metricKey) - rank(b.metricKey) || b.points.length - a.points.length);
}

/** A caution on a province's plan of one year: its parse was doubtful or unusable, or only an excerpt is stored. */
export interface PlanCaution {
  year: number;
  kind: 'doubtful' | 'unusable' | 'excerpt';
}

/**
 * The cautions of each member from the cross-sections of the target year and the reviewing year (their `series[]`
 * quality and coverage): a doubtful or unusable parse, an excerpt. Members with none are absent from the map.
 */
export function planCautions(crossSections: readonly CrossSection[]): Map<string, PlanCaution[]> {
  const out = new Map<string, PlanCaution[]>();
  for (const cs of crossSections) {
    for (const member of cs.series ?? []) {
      const list: PlanCaution[] = [];
      if (member.quality === 'doubtful' || member.quality === 'unusable') list.push({ year: cs.year, kind: member.quality });
      if (member.coverage === 'excerpt') list.push({ year: cs.year, kind: 'excerpt' });
      if (list.length > 0) out.set(member.id, [...(out.get(member.id) ?? []), ...list]);
    }
  }
  return out;
}
