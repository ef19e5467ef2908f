/**
 * Timeline (DESIGN.md contract): metric × year table of a series.
 */
import type { Plan, Target, Timeline } from '@plandiff/model';
import { planTargets } from './compare.js';
import { metricSimilarity, nameSimilarity } from './targets.js';

/**
 * Builds the metric × year table of a series.
 * Input: the series id and its plans (any order; plans without a year are ignored; two plans of one
 * year keep the first). Output: `years` ascending; one row per metric, in order of first appearance
 * (earliest year first, then text order); `values[year]` = that year's Target for the metric, or null
 * when the year's plan sets none. Targets of review sections are not targets (see planTargets).
 * Metrics are merged across years by the same name rule as pairs in a comparison (targets.ts nameSimilarity:
 * compatible units, Dice ≥ 0.6 for worded targets and ≥ 0.7 for figures), so rewordings such as 城镇调查失业率 / 城镇调查失业率全年控制在 share a row; the row
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
      let bestSim = 0;
      rows.forEach((r, i) => {
        if (taken.has(i) || r.values.has(year)) return;
        const s = nameSimilarity([...r.values.values()].at(-1) as Target, t);
        if (s !== null && (s > bestSim || (s === 1 && bestSim < 1))) {
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
