import type { Plan, Result, Target } from '@plandiff/model';
import { normaliseMetric } from '../targets.js';
import { sentenceAt } from './claims.js';

/**
 * Words that state how a measure fared without a figure (财政赤字率和宏观杠杆率下降, 粮食产量创历史新高).
 * Read in the review chapters of the 政府工作报告 2022–2025.
 */
const FARED = /^[^，。；：\d%]{0,10}?(?:下降|降低|上升|提高|增长|创历史新高|再创新高|完成|实现|稳定|稳中有升|基本平衡|保持|基本持平|持平|总体平稳|平稳|未达)/;

/**
 * Other names a report uses for an indicator when it states the result in words (物价总体平稳 for the consumer price
 * target, CPI涨幅也未达年初预期): read in the provincial 2026 reports' reviews of 2025.
 */
const WORDED_NAMES: Record<string, readonly string[]> = {
  cpi: ['居民消费价格', '物价', 'CPI'],
};

/**
 * A result stated only in words for a target that no figure answers: the target's measure (its normalised name, at
 * least 3 characters, or another name of its indicator: {@link WORDED_NAMES}) named in a review chapter of `plan` and followed, within its
 * clause and with no figure between, by words of how it fared ({@link FARED}). Output: a Result with value null
 * (verdict `unclear`, the sentence shown) — value 0% for 持平 (居民消费价格与上年持平) — or null. Input: the reviewing plan, the target, the year reviewed.
 */
export function wordedResult(plan: Plan, target: Target, year: number): Result | null {
  const own = normaliseMetric(target.metric).replace(/(?:增长|增速|涨幅)$/, '');
  const names = [...(own.length >= 3 ? [own] : []), ...(WORDED_NAMES[target.metricKey ?? ''] ?? [])];
  for (const name of names) {
    const found = wordedAt(plan, target, year, name);
    if (found !== null) return found;
  }
  return null;
}

function wordedAt(plan: Plan, target: Target, year: number, name: string): Result | null {
  for (const section of plan.sections) {
    if (section.role !== 'review') continue;
    for (let at = plan.text.indexOf(name, section.span[0]); at >= 0 && at < section.span[1]; at = plan.text.indexOf(name, at + 1)) {
      const after = plan.text.slice(at + name.length, at + name.length + 16);
      const fared = FARED.exec(after);
      if (fared === null) continue;
      const end = at + name.length + fared[0].length;
      const sentence = sentenceAt(plan.text, at, end);
      if (/过去五年|五年来|十[三四]五/.test(sentence) || inFiveYearParagraph(plan, at)) continue;
      // 持平 (居民消费价格与上年持平) is a figure in words: a change of 0%
      const flat = /持平/.test(fared[0]);
      return {
        id: `${target.id}.worded`, taskId: null, metric: target.metric, metricKey: target.metricKey ?? null,
        value: flat ? 0 : null, low: null, high: null, unit: flat ? '%' : null, modifier: flat ? (/基本持平/.test(fared[0]) ? 'about' : 'exact') : 'qualitative',
        period: { year },
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
