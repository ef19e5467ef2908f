import type { Plan } from '@plandiff/model';

/**
 * A report's own claim about last year's targets (全年经济社会发展主要目标任务顺利完成, 主要预期目标全面完成): a sentence
 * of a review chapter naming the (main) targets together with 完成/实现/达到. Shown beside the figures, never instead
 * of them. Read in the review chapters of the 政府工作报告 2022–2025 and the provincial 2026 reports.
 */
const CLAIM = /(?:主要|预期|年度)?目标任务[^。；]{0,12}(?:完成|实现)|主要(?:预期)?目标[^。；]{0,12}(?:完成|实现|达到)|完成(?:了)?(?:全年)?(?:主要)?(?:目标任务|预期目标)/;

/** The sentence of `plan.text` holding position `pos` (between 。；！？ or line breaks), trimmed. */
export function sentenceAt(text: string, start: number, end: number = start): string {
  let a = start;
  while (a > 0 && !'。；！？\n'.includes(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !'。；！？\n'.includes(text[b])) b++;
  return text.slice(a, Math.min(b + 1, text.length)).trim();
}

/**
 * The first claim about last year's targets in the review chapters of a plan, as its whole sentence, or null.
 * Input: a Plan (its sections' roles and text). Pure; never throws.
 */
export function reviewClaim(plan: Plan): string | null {
  for (const section of plan.sections) {
    if (section.role !== 'review') continue;
    const body = plan.text.slice(section.span[0], section.span[1]);
    const m = CLAIM.exec(body);
    if (m !== null) return sentenceAt(plan.text, section.span[0] + m.index, section.span[0] + m.index + m[0].length);
  }
  return null;
}
