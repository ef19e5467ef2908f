/**
 * Run-in headings: a heading printed as the lead sentence of its section's first paragraph
 * (政府工作报告: "（九）加强生态文明建设，推进绿色低碳发展。深入践行绿水青山……" on one line). The parser
 * takes the heading out as the section title, so the first task's text starts after it; read as printed, that
 * paragraph begins with the heading. Text similarity of two opening paragraphs is therefore also measured on the
 * paragraphs as printed (heading + text): a chapter whose opening statement is rewritten every year keeps its
 * subject in the heading ("加强生态文明建设" → "协同推进降碳减污扩绿增长").
 */
import type { Plan, Section, Task } from '@plandiff/model';

/**
 * The heading printed on the same line as `task`, when `task` is the first task of its section and the
 * section's heading runs into it (no line break between the heading's start and the task's start in `plan.text`);
 * else null. `section` is the task's own section (innermost). Offsets are UTF-16 code units of `plan.text`.
 */
export function runInHeading(plan: Plan, task: Task, section: Section | undefined, isFirstOfSection: boolean): string | null {
  if (!section || !isFirstOfSection) return null;
  const [start] = section.span;
  const end = task.span[0];
  if (start >= end || end > plan.text.length) return null;
  if (/[\r\n\u2028\u2029]/u.test(plan.text.slice(start, end))) return null;
  return section.title;
}
