import type { Plan, Result, Target } from '@plandiff/model';
import { normaliseMetric } from '../targets.js';
import { sentenceAt } from './claims.js';

/**
 * Words that state how a measure fared without a figure (财政赤字率和宏观杠杆率下降, 粮食产量创历史新高).
 * Read in the review chapters of the 政府工作报告 2022–2025.
 */
const FARED = /^[^，。；：\d%]{0,10}?(?:下降|降低|上升|提高|增长|创历史新高|再创新高|完成|实现|稳定|稳中有升|基本平衡|保持)/;

/**
 * A result stated only in words for a target that no figure answers: the target's measure (its normalised name, at
 * least 3 characters, or the last 3+ characters of it) named in a review chapter of `plan` and followed, within its
 * clause and with no figure between, by words of how it fared ({@link FARED}). Output: a Result with value null
 * (verdict `unclear`, the sentence shown), or null. Input: the reviewing plan, the target, the year reviewed.
 */
export function wordedResult(plan: Plan, target: Target, year: number): Result | null {
  const name = normaliseMetric(target.metric).replace(/(?:增长|增速|涨幅)$/, '');
  if (name.length < 3) return null;
  for (const section of plan.sections) {
    if (section.role !== 'review') continue;
    for (let at = plan.text.indexOf(name, section.span[0]); at >= 0 && at < section.span[1]; at = plan.text.indexOf(name, at + 1)) {
      const after = plan.text.slice(at + name.length, at + name.length + 16);
      const fared = FARED.exec(after);
      if (fared === null) continue;
      const end = at + name.length + fared[0].length;
      const sentence = sentenceAt(plan.text, at, end);
      if (/过去五年|五年来|十[三四]五/.test(sentence) || inFiveYearParagraph(plan, at)) continue;
      return {
        id: `${target.id}.worded`, taskId: null, metric: target.metric, metricKey: target.metricKey ?? null,
        value: null, low: null, high: null, unit: null, modifier: 'qualitative', period: { year },
        basis: target.basis ?? 'level', estimate: false, text: plan.text.slice(at, end), span: [at, end],
      };
    }
  }
  return null;
}

/** Whether the paragraph (task) holding `pos` reports a five-year period: its figures' results carry {from, to}. */
function inFiveYearParagraph(plan: Plan, pos: number): boolean {
  const task = plan.tasks.find((t) => t.span[0] <= pos && pos < t.span[1]);
  if (task === undefined) return false;
  const own = (plan.results ?? []).filter((r) => r.taskId === task.id);
  return own.length > 0 && own.every((r) => !('year' in r.period));
}
