import type { Target } from '@plandiff/model';
import { findTargets } from './extract.js';

export { scanFigures, parseChineseNumeral, LOST } from './figures.js';
export type { Figure } from './figures.js';
export { findDeadlines } from './deadline.js';
export { normaliseMetric } from './metric.js';

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
  /** 'review' sections hold past results, not targets */
  role: 'plan' | 'review' | 'preamble';
}

/**
 * Extracts the targets of one task (DESIGN.md Target contract).
 * Input: {@link TargetContext}; the text is normalised (ASCII digits and brackets, Chinese punctuation
 * kept, □ for a lost character). Output: targets in text order with ids `${taskId}.k${n}`, spans
 * `[offset + i, offset + j)` into plan.text and `text === plan.text.slice(span)`; percentages in percent.
 * A figure touching □ is `damaged` with value/low/high null. Role 'review' gives []. Never throws;
 * linear time in the text's length.
 */
export function extractTargets(ctx: TargetContext): Target[] {
  if (ctx.role === 'review' || ctx.text.length === 0) return [];
  return findTargets(ctx.text, ctx.planYear).map((t, n) => ({
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
  }));
}
