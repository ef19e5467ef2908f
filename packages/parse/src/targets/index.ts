import type { SectionRole, Target } from '@plandiff/model';
import { findTargets } from './extract.js';
import { metricKeyOf } from './indicator.js';

export { scanFigures, parseChineseNumeral, LOST } from './figures.js';
export type { Figure } from './figures.js';
export { findDeadlines } from './deadline.js';
export { tidyMetricName } from './metric.js';
export { metricKeyOf, indicatorKeys } from './indicator.js';

/** What the target reader needs to know about one task. */
export interface TargetContext {
  /** the task's id; target ids are `${taskId}.k${n}` (n from 1, in text order) */
  taskId: string;
  /** the task's text = plan.text.slice(offset, offset + text.length), already normalised */
  text: string;
  /** UTF-16 offset of `text` in plan.text */
  offset: number;
  /** the plan's year, used to resolve 年底前 → `${planYear}-12-31`; null when unknown */
  planYear: number | null;
  /** 'review' sections hold past results, not targets; 'glossary' (名词解释) explains terms: no targets either */
  role: SectionRole;
  /** the titles of the task's section and its parents, outermost first, joined ('' when unknown): a heading
   * naming a plan period still to come (“十五五”时期的主要目标) makes its targets multi_year */
  heading?: string;
}

/**
 * Extracts the targets of one task (DESIGN.md Target contract).
 * Input: {@link TargetContext}; the text is normalised (ASCII digits and brackets, Chinese punctuation
 * kept, □ for a lost character). Output: targets in text order with ids `${taskId}.k${n}`, spans
 * `[offset + i, offset + j)` into plan.text and `text === plan.text.slice(span)`; percentages in percent.
 * A figure touching □ is `damaged` with value/low/high null. Roles 'review' and 'glossary' give []. Every
 * target has `metricKey` (dictionary indicator or null), `basis`, `horizon` (annual: endYear = planYear) and
 * `baseline` (null unless 从/由A…到B states one). Never throws; linear time in the text's length.
 */
export function extractTargets(ctx: TargetContext): Target[] {
  if (ctx.role === 'review' || ctx.role === 'glossary' || ctx.text.length === 0) return [];
  return findTargets(ctx.text, ctx.planYear, ctx.heading ?? '').map((t, n) => ({
    id: `${ctx.taskId}.k${n + 1}`,
    taskId: ctx.taskId,
    metric: t.metric,
    value: t.value,
    low: t.low,
    high: t.high,
    unit: t.unit,
    modifier: t.modifier,
    aspirational: t.aspirational,
    direction: t.direction,
    deadline: t.deadline,
    deadlineDate: t.deadlineDate,
    text: ctx.text.slice(t.start, t.end),
    span: [ctx.offset + t.start, ctx.offset + t.end],
    damaged: t.damaged,
    metricKey: metricKeyOf(t.metric),
    basis: t.basis,
    horizon: t.horizon,
    baseline: t.baseline,
  }));
}
