import type { CrossSection, Target } from '@plandiff/model';
import { crossSectionCellStatus, type CrossSectionCellStatus } from '@plandiff/compare';
import { targetNumber } from '../format/target-format.js';

/** One province (member series) of a cross-section as the page shows it. */
export interface ProvinceRow {
  id: string;
  /** short name (北京), else the series id */
  name: string;
  nameEn: string | null;
  /** position in the collection (its own order, e.g. the national code order) */
  order: number;
  status: string;
  coverage: 'full' | 'excerpt' | null;
  /** the plan's quality verdict (null when not judged or not stored): doubtful / unusable plans are labelled */
  quality: 'ok' | 'doubtful' | 'unusable' | null;
}

/**
 * The members of a cross-section, in collection order. `english`: the shown name is the English label (Beijing)
 * where the collection gives one, else the Chinese one (北京), else the series id.
 */
export function provinceRows(cs: CrossSection, english = false): ProvinceRow[] {
  return (cs.series ?? []).map((s, order) => ({
    id: s.id, name: (english ? s.nameEn : null) ?? s.name ?? s.id, nameEn: s.nameEn ?? null, order, status: s.status, coverage: s.coverage, quality: s.quality,
  }));
}

/** What a cell says: its status (set / not_set / not_in_excerpt / missing_* / broken) and its Target when set. */
export function cellOf(cs: CrossSection, seriesId: string, metricKey: string): { status: CrossSectionCellStatus; target: Target | null } {
  const row = cs.metrics.find((m) => m.metricKey === metricKey);
  return { status: crossSectionCellStatus(cs, seriesId, metricKey), target: row?.values[seriesId] ?? null };
}

/**
 * The indicators shown as columns: every row set by at least `minSet` stored provinces (default 2: a figure only one
 * province states is not a comparison), in the cross-section's order (GDP growth first, then most widely set).
 * With `all`, every row.
 */
export function shownMetrics(cs: CrossSection, all: boolean, minSet = 2): CrossSection['metrics'] {
  if (all) return cs.metrics;
  return cs.metrics.filter((m) => Object.values(m.values).filter((v) => v !== null).length >= minSet);
}

/** A sort of the table: by province (collection order) or by the number of one indicator. */
export interface TableSort {
  by: 'province' | string;
  direction: 'asc' | 'desc';
}

/**
 * Provinces sorted for the table. By province: collection order (desc reverses it). By an indicator: by the number a
 * chart plots (the value, or a range's middle; targetNumber), highest first for desc; provinces without a number
 * (worded or damaged, then not set, then not found) always come last, each in collection order.
 */
export function sortProvinces(cs: CrossSection, rows: readonly ProvinceRow[], sort: TableSort): ProvinceRow[] {
  const sorted = [...rows];
  if (sort.by === 'province') {
    sorted.sort((a, b) => (sort.direction === 'asc' ? a.order - b.order : b.order - a.order));
    return sorted;
  }
  const number = (r: ProvinceRow) => targetNumber(cellOf(cs, r.id, sort.by).target);
  // without a number: a worded or damaged figure, then not set, then not found (nothing stored)
  const lack = (r: ProvinceRow) => ({ set: 0, not_set: 1, not_in_excerpt: 1 } as Record<string, number>)[cellOf(cs, r.id, sort.by).status] ?? 2;
  sorted.sort((a, b) => {
    const na = number(a);
    const nb = number(b);
    if (na === null || nb === null) return na === null && nb === null ? lack(a) - lack(b) || a.order - b.order : na === null ? 1 : -1;
    return (sort.direction === 'asc' ? na - nb : nb - na) || a.order - b.order;
  });
  return sorted;
}

/** One bar of the ranked chart: a province's figure as a point (value) or a span (low–high of a range). */
export interface RankedBar {
  id: string;
  name: string;
  /** [start, end] of the bar: [0, value] for a value, [low, high] for a range */
  span: [number, number];
  /** the number it is ranked by (value, or the range's middle) */
  rank: number;
  range: boolean;
  label: string;
  target: Target;
}

/** What the ranked chart of one indicator shows, and the provinces it cannot place, by reason. */
export interface RankedChart {
  unit: string | null;
  bars: RankedBar[];
  otherUnit: { name: string; label: string }[];
  worded: { name: string; label: string }[];
  notSet: string[];
  notFound: string[];
  /** the national reference: a value (line) or a range (band), null when none is stored or it has no number */
  reference: { low: number; high: number; label: string } | null;
}

/**
 * The ranked bar chart of one indicator: provinces with a number in the row's unit, highest first; a range is a bar
 * from its low to its high end (never collapsed to a point), a value a bar from 0. Provinces stating the indicator in
 * another unit, only in words, not setting it, or not stored are listed apart, never plotted as 0.
 * `label` writes each figure as in the reports (formatFigure via `format`). `options.english` names the provinces in
 * English; `options.excerptNote` is appended to an excerpt's name in the not-set list (default " (excerpt)").
 */
export function rankedChart(
  cs: CrossSection,
  metricKey: string,
  format: (t: Target) => string,
  options: { english?: boolean; excerptNote?: string } = {},
): RankedChart {
  const row = cs.metrics.find((m) => m.metricKey === metricKey);
  const unit = row?.unit ?? null;
  const chart: RankedChart = { unit, bars: [], otherUnit: [], worded: [], notSet: [], notFound: [], reference: null };
  for (const p of provinceRows(cs, options.english ?? false)) {
    const { status, target } = cellOf(cs, p.id, metricKey);
    if (status === 'set' && target) {
      const n = targetNumber(target);
      if (n === null) chart.worded.push({ name: p.name, label: format(target) });
      else if ((target.unit ?? null) !== unit) chart.otherUnit.push({ name: p.name, label: format(target) });
      else {
        const range = target.value === null && target.low !== null && target.high !== null;
        chart.bars.push({ id: p.id, name: p.name, span: range ? [target.low!, target.high!] : [0, n], rank: n, range, label: format(target), target });
      }
    } else if (status === 'not_set' || status === 'not_in_excerpt') chart.notSet.push(p.name + (status === 'not_in_excerpt' ? (options.excerptNote ?? ' (excerpt)') : ''));
    else chart.notFound.push(p.name);
  }
  chart.bars.sort((a, b) => b.rank - a.rank || b.span[1] - a.span[1]);
  const ref = cs.reference?.values[metricKey] ?? null;
  if (ref && (ref.unit ?? null) === unit) {
    if (ref.value !== null && !ref.damaged) chart.reference = { low: ref.value, high: ref.value, label: format(ref) };
    else if (ref.low !== null && ref.high !== null && !ref.damaged) chart.reference = { low: ref.low, high: ref.high, label: format(ref) };
  }
  return chart;
}
