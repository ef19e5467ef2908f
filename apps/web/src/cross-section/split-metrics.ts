import type { CrossSection, Target } from '@plandiff/model';
import { cellOf } from './view.js';

/**
 * Indicators a report may set in parts instead of as one figure: 居民收入增长 as 城镇 / 农村 (江西 2026: 城镇、农村居民人均
 * 可支配收入分别增长4.5%、5.5%左右; 安徽 2026: 城镇常住居民人均可支配收入增速高于全国平均水平). The metric keys are those
 * of the shipped indicator dictionary (packages/compare cross-section); the label is how the part is named.
 */
export const SPLIT_METRICS: Record<string, readonly { metricKey: string; zh: string; en: string }[]> = {
  disposable_income_growth: [
    { metricKey: 'disposable_income_growth_urban', zh: '城镇', en: 'urban' },
    { metricKey: 'disposable_income_growth_rural', zh: '农村', en: 'rural' },
  ],
};

/** One part of a split target: its label in the language shown and the target the report sets for it. */
export interface SplitPart {
  label: string;
  metric: string;
  target: Target;
}

/**
 * The parts a province sets for an indicator it does not set as one figure. Input: the cross-section, the province's
 * series id, the indicator's key and whether the page is in English. Output: the parts set (possibly worded or
 * relative, e.g. 高于全国平均水平), in the table's order; empty when the indicator has no parts or none is set.
 */
export function splitParts(cs: CrossSection, seriesId: string, metricKey: string, english: boolean): SplitPart[] {
  return (SPLIT_METRICS[metricKey] ?? []).flatMap((part) => {
    const { status, target } = cellOf(cs, seriesId, part.metricKey);
    const metric = cs.metrics.find((m) => m.metricKey === part.metricKey)?.metric ?? part.metricKey;
    return status === 'set' && target ? [{ label: english ? part.en : part.zh, metric, target }] : [];
  });
}
