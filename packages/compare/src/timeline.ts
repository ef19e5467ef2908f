/**
 * Timeline (DESIGN.md contract): metric × year table of a series.
 */
import type { Plan, Target, Timeline } from '@plandiff/model';
import { planTargets } from './compare.js';
import { horizonKind, identitySimilarity, isBareMetric, metricSimilarity, targetBasis } from './targets.js';

/**
 * Builds the metric × year table of a series.
 * Input: the series id and its plans (any order; plans without a year are ignored; two plans of one
 * year keep the first). Output: `years` ascending; one row per metric, in order of first appearance
 * (earliest year first, then text order); `values[year]` = that year's Target for the metric, or null
 * when the year's plan sets none. Targets of review sections are not targets (see planTargets).
 * A row is one target identity (targets.ts identitySimilarity): one metric (same metricKey, or names alike: Dice ≥ 0.6
 * for worded targets, ≥ 0.7 for figures), one unit dimension, one `basis` and one `horizon` kind — increments,
 * levels and five-year targets never share a row, nor 温室 counted in 栋 and in 个. A bare metric word (投资, 产值:
 * targets.ts isBareMetric) names a different project every year and never joins another year's row. Rewordings
 * such as 城镇调查失业率 / 城镇调查失业率全年控制在 share a row, named after the latest year's wording; the row
 * carries the identity's `metricKey` (when any year has one), `basis` and `horizon`. A metric stated twice in one
 * year keeps its first statement.
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
      let bestSim = 0;
      rows.forEach((r, i) => {
        if (taken.has(i) || r.values.has(year)) return;
        const last = [...r.values.values()].at(-1) as Target;
        if (isBareMetric(last) || isBareMetric(t)) return;
        const s = identitySimilarity(last, t);
        if (s !== null && (s > bestSim || (s === 1 && bestSim < 1))) {
          best = i;
          bestSim = s;
        }
      });
      if (best < 0) {
        if (rows.some((r) => r.values.has(year) && metricSimilarity(r.metric, t.metric) === 1
          && identitySimilarity([...r.values.values()].at(-1) as Target, t) !== null)) continue;
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
    metrics: rows.map((r) => {
      const all = [...r.values.values()];
      const first = all[0];
      return {
        metric: r.metric,
        metricKey: all.map((t) => t.metricKey).reverse().find((k) => k) ?? null,
        basis: targetBasis(first),
        horizon: horizonKind(first),
        values: Object.fromEntries(years.map((y) => [String(y), r.values.get(y) ?? null])),
      };
    }),
  };
}
