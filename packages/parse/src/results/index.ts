import type { DocumentKind, Result, SectionRole } from '@plandiff/model';
import { sentenceStart, clauseStart } from '../targets/clause.js';
import { findTargets } from '../targets/extract.js';
import { metricKeyOf } from '../targets/indicator.js';
import { isEstimate } from './estimate.js';
import { readPeriod } from './period.js';
import { resultMetric } from './metric.js';

export { readPeriod } from './period.js';
export { isEstimate } from './estimate.js';
export { resultMetric } from './metric.js';

/** What the results reader needs to know about one task. */
export interface ResultContext {
  taskId: string;
  /** the task's normalised text = plan.text.slice(offset, offset + text.length) */
  text: string;
  offset: number;
  /** the report's year (a plan's year; a bulletin's year) */
  reportYear: number | null;
  role: SectionRole;
  /** the document's kind: in a report of results every figure is a result */
  kind: DocumentKind;
  /**
   * the opening of the paragraph that set the chapter's time frame, when an earlier one did (`过去五年极不寻常…`
   * followed by `——经济发展再上新台阶。…` paragraphs): see {@link timeFrame}
   */
  frame?: string;
}

/** A paragraph opening that sets the time frame of the paragraphs after it (过去五年, 过去一年, 2024年 …). */
const FRAME_OPENING = /^\s*(?:各位代表[！!，,：:]?)?(?:刚刚)?(?:过去的?(?:一|五)年|过去的\d{4}年|(?:一|五)年来|这(?:一|五)年|去年|\d{4}年(?:是|，)|[“"]?十[一二三四五六]五[”"]?(?:时期|期间|以来))/;

/**
 * The time frame a paragraph sets for the paragraphs after it in the same chapter: its first 20 characters when
 * it opens on a period (see FRAME_OPENING), else the frame it inherits. Input: the paragraph text and the frame so far.
 */
export function timeFrame(text: string, inherited: string): string {
  return FRAME_OPENING.test(text) ? text.slice(0, 20) : inherited;
}

/** How far back a sentence is looked for (the same cap as the target reader's). */
const SENTENCE_CAP = 160;
const CLAUSE_CAP = 80;

/**
 * Extracts the results of one task (DESIGN.md Result contract): values stated for a past period. Which figures:
 * every figure of a review chapter (role `review`) and of a report of results (kind `results`); in a plan
 * chapter only those whose clause or sentence looks back (去年, 2024年 before the report's year, 过去五年 …: the
 * very figures the target reader skips). Figures are read by the target reader (`findTargets` with reading
 * `results`), so metric names, metricKey, units, modifiers and basis are the targets'. Glossaries give none.
 * Output: results in text order with ids `${taskId}.r${n}`, spans into plan.text, `text === plan.text.slice(span)`.
 * Never throws.
 */
export function extractResults(ctx: ResultContext): Result[] {
  if (ctx.role === 'glossary' || ctx.text.length === 0) return [];
  const all = ctx.role === 'review' || ctx.kind === 'results';
  const found = findTargets(ctx.text, ctx.reportYear, '', 'results');
  const out: Result[] = [];
  for (const f of found) {
    if (!all && !f.lookingBack) continue;
    const sStart = sentenceStart(ctx.text, f.start, SENTENCE_CAP);
    const period = readPeriod(ctx.text.slice(sStart, f.end), timeFrame(ctx.text, ctx.frame ?? ''), ctx.reportYear, ctx.kind === 'results');
    if (period === null) continue;
    const text = ctx.text.slice(f.start, f.end);
    const clause = ctx.text.slice(clauseStart(ctx.text, f.start, CLAUSE_CAP), f.start);
    const named = resultMetric(f.metric);
    out.push({
      id: `${ctx.taskId}.r${out.length + 1}`,
      taskId: ctx.taskId,
      metric: named.metric,
      metricKey: metricKeyOf(named.metric),
      direction: named.direction ?? f.direction,
      value: f.value, low: f.low, high: f.high, unit: f.unit,
      modifier: f.modifier,
      period,
      basis: f.basis,
      estimate: f.forecast === true || isEstimate(clause, text) || /预计|初步核算|初步统计/.test(ctx.text.slice(sStart, f.start)),
      text,
      span: [ctx.offset + f.start, ctx.offset + f.end],
    });
  }
  return out;
}
