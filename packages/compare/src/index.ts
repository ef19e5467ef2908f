import type { Comparison, Plan, Timeline } from '@plandiff/model';
import { SCHEMA_VERSION } from '@plandiff/model';

/** Human decisions on alignment: fixtures/<series>/links/<from>-<to>.json */
export interface LinkDecisions {
  pin?: { from: string[]; to: string[]; note?: string }[];
  forbid?: { from: string; to: string; note?: string }[];
}

export interface CompareOptions {
  decisions?: LinkDecisions;
}

/**
 * Aligns the tasks of `from` with those of `to` and classifies every link (DESIGN.md Comparison contract).
 * PLACEHOLDER (foundation): the real aligner comes with the compare issue.
 */
export function comparePlans(from: Plan, to: Plan, _options: CompareOptions = {}): Comparison {
  return {
    schemaVersion: SCHEMA_VERSION,
    from: { id: from.id, year: from.year },
    to: { id: to.id, year: to.year },
    summary: { added: 0, dropped: 0, changed: 0, moved: 0, unchanged: 0, split: 0, merged: 0,
      targets: { added: 0, dropped: 0, changed: 0, unchanged: 0 } },
    links: [],
    targets: [],
  };
}

/** Metric × year table of a series. PLACEHOLDER (foundation). */
export function buildTimeline(series: string, plans: Plan[]): Timeline {
  return { series, years: plans.map((p) => p.year ?? 0), metrics: [] };
}
