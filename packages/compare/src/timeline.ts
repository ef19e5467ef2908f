/**
 * Timeline (DESIGN.md contract): metric × year table of a series.
 */
import type { Plan, Target, Timeline } from '@plandiff/model';
import { planTargets } from './compare.js';
import { metricSimilarity } from './targets.js';

/**
 * Minimum metric similarity for two years to share a timeline row. Stricter than pairing inside one comparison
 * (METRIC_SIMILARITY 0.6), because a row joins targets across many years with no task link to support it: at 0.6,
 * 2021's 中央本级基础研究支出增长 (Dice 0.67) and 制造业企业加计扣除比例 (0.64) joined other measures' rows.
 */
export const TIMELINE_METRIC_SIMILARITY = 0.7;

/**
 * Builds the metric × year table of a series.
 * Input: the series id and its plans (any order; plans without a year are ignored; two plans of one
 * year keep the first). Output: `years` ascending; one row per metric, in order of first appearance
 * (earliest year first, then text order); `values[year]` = that year's Target for the metric, or null
 * when the year's plan sets none. Targets of review sections are not targets (see planTargets).
 * Metrics are merged across years by normalised name (targets.ts: exact key, containment, else bigram Dice ≥
 * {@link TIMELINE_METRIC_SIMILARITY}) between targets of compatible units (a % rate never joins an amount), so rewordings such as 城镇调查失业率 / 城镇调查失业率全年控制在 share a row; the row
 * is named after the latest year's wording. A metric stated twice in one year keeps its first statement.
 */
export function buildTimeline(series: string, plans: readonly Plan[]): Timeline {
  const byYear = new Map<number, Plan>();
  for (const p of plans) if (p.year !== null && !byYear.has(p.year)) byYear.set(p.year, p);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rows: { metric: string; values: Map<number, Target> }[] = [];
  for (const year of years) {
    const taken = new Set<number>();
    for (const t of planTargets(byYear.get(year) as Plan)) {
      let best = -1;
      let bestSim = TIMELINE_METRIC_SIMILARITY;
      rows.forEach((r, i) => {
        if (taken.has(i) || r.values.has(year)) return;
        const unit = [...r.values.values()].at(-1)?.unit ?? null;
        if (unit !== null && t.unit !== null && (unit === '%') !== (t.unit === '%')) return;
        const s = metricSimilarity(r.metric, t.metric);
        if (s > bestSim || (s === 1 && bestSim < 1)) {
          best = i;
          bestSim = s;
        }
      });
      if (best < 0) {
        if (rows.some((r) => r.values.has(year) && metricSimilarity(r.metric, t.metric) === 1)) continue;
        rows.push({ metric: t.metric, values: new Map([[year, t]]) });
        taken.add(rows.length - 1);
      } else {
        rows[best].values.set(year, t);
        rows[best].metric = t.metric;
        taken.add(best);
      }
    }
  }
  return {
    series,
    years,
    metrics: rows.map((r) => ({
      metric: r.metric,
      values: Object.fromEntries(years.map((y) => [String(y), r.values.get(y) ?? null])),
    })),
  };
}
