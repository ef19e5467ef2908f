import type { Modifier, Target, Timeline } from '@plandiff/model';
import { formatFigure } from '@plandiff/compare';
import { targetNumber } from '../format/target-format.js';

/** One metric drawn on a unit's chart: its key in the chart data, name and the modifier of each year. */
export interface ChartLine {
  key: string;
  metric: string;
  /** Years with a range target (drawn as a band low–high). */
  hasRange: boolean;
}

/**
 * What a chart's numbers are: levels (城镇新增就业 1200万人), increments on the year before (居民医保 再提高30元:
 * +30元 — never drawn as a standard of 30元), or declines (单位国内生产总值能耗 降低3% — never drawn as +3 beside
 * growth rates). Each kind has charts of its own.
 */
export type ChartKind = 'level' | 'increment' | 'decrease';

/** All metrics of one unit and kind on one y-axis: rows per year with each line's value, label, modifier and band. */
export interface UnitChart {
  unit: string;
  kind: ChartKind;
  lines: ChartLine[];
  /**
   * One row per year: `year`, and per line `<key>` (number|null), `<key>_text` (the figure as written),
   * `<key>_label` (the same, but null when it repeats the year before), `<key>_mod`, `<key>_band`.
   */
  rows: Record<string, string | number | null | [number, number]>[];
  /** Metrics of this unit that had to be left out to keep the chart readable. */
  omitted: number;
}

/** True for a target covering several years (到2030年, 十五五, 年均): drawn apart, never on the yearly line. */
export function isMultiYear(target: Target | null, row?: Timeline['metrics'][number]): boolean {
  if (row?.horizon === 'multi_year') return true;
  return target?.horizon?.kind === 'multi_year';
}

/** The basis of a metric's line: the timeline row's own, else the most frequent of its targets, else level. */
function rowBasis(row: Timeline['metrics'][number]): 'level' | 'increment' {
  if (row.basis) return row.basis;
  const increments = Object.values(row.values).filter((target) => target?.basis === 'increment').length;
  const levels = Object.values(row.values).filter((target) => target !== null && (target.basis ?? 'level') === 'level').length;
  return increments > levels ? 'increment' : 'level';
}

/** The kind of one target's number: an increment (basis), a decline (direction decrease), else a level. */
export function targetKind(target: Target): ChartKind {
  if ((target.basis ?? 'level') === 'increment') return 'increment';
  return target.direction === 'decrease' ? 'decrease' : 'level';
}

/** The kind of a metric's line: its basis (increment), else decrease when most of its targets are declines. */
function rowKind(row: Timeline['metrics'][number]): ChartKind {
  if (rowBasis(row) === 'increment') return 'increment';
  const targets = Object.values(row.values).filter((target): target is Target => target !== null);
  const declines = targets.filter((target) => targetKind(target) === 'decrease').length;
  return declines * 2 > targets.length ? 'decrease' : 'level';
}

/**
 * Scopes of a rule written like targets: the income band a tax cut applies to (对小微企业年应纳税所得额不到100万元 /
 * 100万元至300万元的部分). The figure bounds who the rule covers; it is no goal of the year, and two years' bands are
 * not a trend. A subject that opens with 对 (for …) and names a tax base (所得额, 营业额, 销售额, 收入额).
 */
const RULE_THRESHOLD = /^对.*(?:所得额|营业额|销售额|收入额)$/;

/** True for a figure that bounds the scope of a rule ({@link RULE_THRESHOLD}), never drawn as a time series. */
export function isRuleThreshold(target: Target): boolean {
  return RULE_THRESHOLD.test(target.metric);
}

/**
 * True for a target that cannot sit on its metric's yearly line: multi-year, a rule's threshold, or of another kind than the line
 * (比上年增加2万亿元 among levels of 28.5万亿元: an increment is not a level; a decline among levels). The page lists
 * these apart.
 */
export function isApart(target: Target | null, row: Timeline['metrics'][number]): boolean {
  if (target === null) return false;
  return isMultiYear(target, row) || isRuleThreshold(target) || targetKind(target) !== rowKind(row);
}

/** The most frequent unit of a metric's targets ('' for none). */
function unitOf(values: Record<string, Target | null>): string {
  const counts = new Map<string, number>();
  for (const target of Object.values(values)) if (target?.unit) counts.set(target.unit, (counts.get(target.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The most lines one chart carries; more would hide each other (the search narrows them). */
export const MAX_LINES_PER_CHART = 8;

/**
 * Groups the metrics of a timeline into one chart per unit (%, 万人, 万亿斤 …) and kind ({@link ChartKind}: levels,
 * increments and declines apart), so that metrics measured alike share
 * a y-axis (CPI 3→2 and GDP 6→5 on one % scale) and nothing is drawn on a scale of its own. Only annual numeric
 * targets in the metric's main unit and on its basis (level or increment, when the targets say) are plotted; a metric
 * needs numbers in at least two years (a trend); damaged, qualitative, "no target set", multi-year and other-basis
 * targets are gaps (the page lists the last two apart). Input: the timeline rows
 * to draw (already filtered) and the years. Output: charts ordered by how many lines they carry.
 */
export function unitCharts(metrics: Timeline['metrics'], years: number[]): UnitChart[] {
  // one chart per unit and kind: levels, increments and declines never share an axis
  const byUnit = new Map<string, { unit: string; kind: ChartKind; rows: Timeline['metrics'] }>();
  for (const row of metrics) {
    const unit = unitOf(row.values);
    const numeric = years.filter((year) => {
      const target = row.values[String(year)] ?? null;
      return target !== null && !isApart(target, row) && (target.unit ?? '') === unit && targetNumber(target) !== null;
    });
    if (numeric.length < 2) continue;
    const kind = rowKind(row);
    const group = byUnit.get(`${kind}|${unit}`) ?? { unit, kind, rows: [] };
    group.rows.push(row);
    byUnit.set(`${kind}|${unit}`, group);
  }
  const charts: UnitChart[] = [];
  for (const { unit, kind, rows: rowsOfUnit } of byUnit.values()) {
    const drawn = rowsOfUnit.slice(0, MAX_LINES_PER_CHART);
    const lines: ChartLine[] = drawn.map((row, i) => ({
      key: `m${i}`,
      metric: row.metric,
      hasRange: Object.values(row.values).some((target) => target?.modifier === 'range'),
    }));
    const rows = years.map((year) => {
      const entry: Record<string, string | number | null | [number, number]> = { year: String(year) };
      drawn.forEach((row, i) => {
        const target = row.values[String(year)] ?? null;
        const usable = target !== null && !isApart(target, row) && (target.unit ?? '') === unit;
        const value = usable ? targetNumber(target) : null;
        entry[`m${i}`] = value;
        entry[`m${i}_label`] = value !== null && target ? formatFigure(target) : null;
        entry[`m${i}_text`] = entry[`m${i}_label`];
        entry[`m${i}_mod`] = value !== null && target ? (target.modifier as Modifier) : null;
        entry[`m${i}_band`] = value !== null && target && target.low !== null && target.high !== null ? [target.low, target.high] : null;
      });
      return entry;
    });
    // a figure repeated from the year before is not labelled again (the line says it stayed): fewer labels on top of
    // each other, every distinct figure and the latest year still written out
    lines.forEach((line) => {
      let previous: string | null = null;
      rows.forEach((entry, index) => {
        const label = entry[`${line.key}_label`] as string | null;
        if (label !== null && label === previous && index < rows.length - 1) entry[`${line.key}_label`] = null;
        previous = label;
      });
    });
    charts.push({ unit, kind, lines, rows, omitted: rowsOfUnit.length - drawn.length });
  }
  return charts.sort((a, b) => b.lines.length - a.lines.length);
}

/**
 * The timeline rows a search keeps: every whitespace-separated word occurs in the metric name or in a year's source
 * sentence (case-insensitive); an empty search keeps all.
 */
export function searchMetrics(metrics: Timeline['metrics'], query: string): Timeline['metrics'] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return metrics;
  return metrics.filter((row) => {
    const text = [row.metric, ...Object.values(row.values).map((target) => target?.text ?? '')].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
