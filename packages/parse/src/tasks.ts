import type { Section } from '@plandiff/model';
import type { Outline, OutlineLine } from './outline.js';

/** A task before assignments and targets are attached: where it is and what it says. */
export interface TaskDraft {
  id: string;
  sectionId: string;
  path: string[];
  number: string | null;
  title: string;
  text: string;
  /** `[start, end)` UTF-16 offsets into the plan text */
  span: [number, number];
  role: Section['role'];
}

/** A line that only addresses the audience (各位代表！) is not a task. */
const ADDRESS = /^(各位代表|同志们|各位委员)[！!：:，,]?$/;

/** Running text: ends like a sentence, or is too long to be a title or date line. */
const PARAGRAPH = /[。！？；…]$|^.{61,}$/;

/** End of a task's lead sentence. */
const LEAD_SENTENCE_END = /[。；！？]/;

/**
 * Stage 6: outline → tasks. A chapter with numbered items (工作要点 style) has those items as tasks —
 * the items of its highest-ranked marker (`1.` over `（1）` over `①`; lower ones are sub-points);
 * an item runs from after its label to the line before the next item or heading, so unnumbered
 * paragraphs after an item belong to it, and paragraphs before a section's first item (its
 * introduction) are not tasks; a section of such a chapter that has no items of its own (一（一）总体要求
 * beside 一（二）主要目标 1. 2.) has each of its paragraphs as a task. A chapter without numbered items (政府工作报告 style) has each of its
 * paragraphs as a task, including the running text after a heading's title sentence on the same line.
 * Text before the first heading (preamble) gives tasks only when the plan has no headings at all,
 * and then only its running text (lines ending like a sentence or over 60 characters). A line that
 * only addresses the audience (各位代表！) is never a task, nor is any line of a glossary (名词解释).
 * Ids: `t` + section id digits + `.` + item number (`t2.3.7`), or `.p` + paragraph order within the
 * section (`t3.1.p4`); a repeated number gets a `-2`, `-3` suffix so ids stay unique.
 * Input: {@link Outline} and the plan text. Output: task drafts in document order. Throws nothing.
 */
export function tasks(plan: Outline, text: string): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  const chapterOf = new Map<string, string>();
  for (const chapter of plan.sections) {
    const mark = (s: Section) => {
      chapterOf.set(s.id, chapter.id);
      s.children.forEach(mark);
    };
    mark(chapter);
  }
  // per chapter, the highest-ranked item marker it uses numbers its tasks (1. over （1） over ①)
  const taskRank = new Map<string | undefined, number>();
  for (const l of plan.lines) {
    if (l.kind !== 'item') continue;
    const chapter = chapterOf.get(l.sectionId);
    taskRank.set(chapter, Math.min(taskRank.get(chapter) ?? 4, l.itemRank ?? 1));
  }
  // sections that hold items of their chapter's task rank: their other paragraphs are an introduction
  const sectionsWithItems = new Set<string>();
  for (const l of plan.lines) {
    if (l.kind === 'item' && l.itemRank === taskRank.get(chapterOf.get(l.sectionId))) sectionsWithItems.add(l.sectionId);
  }
  const hasHeadings = plan.lines.some((l) => l.kind === 'heading');
  const used = new Set<string>();
  const paragraphCount = new Map<string, number>();
  let open: TaskDraft | null = null;

  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const start = (line: OutlineLine, begin: number, number: string | null) => {
    const section = plan.byId.get(line.sectionId)!;
    const digits = section.id.slice(1);
    let key: string;
    if (number !== null) {
      key = number;
    } else {
      const n = (paragraphCount.get(section.id) ?? 0) + 1;
      paragraphCount.set(section.id, n);
      key = `p${n}`;
    }
    const draft: TaskDraft = {
      id: uniqueId(`t${digits}.${key}`), sectionId: section.id, path: [...section.path, key], number,
      title: '', text: '', span: [begin, line.block.end], role: section.role,
    };
    drafts.push(draft);
    return draft;
  };

  for (const line of plan.lines) {
    // a glossary (名词解释) explains words: none of its lines is a task
    if (plan.byId.get(line.sectionId)?.role === 'glossary') {
      open = null;
      continue;
    }
    const rank = taskRank.get(chapterOf.get(line.sectionId));
    const itemStyle = rank !== undefined;
    if (line.kind === 'heading') {
      open = null;
      // running text after the heading's title on its line: a task, as the paragraph under it would be
      const paragraphTask = !itemStyle || (!sectionsWithItems.has(line.sectionId) && line.sectionId !== 's0');
      if (paragraphTask && line.bodyStart < line.block.end) start(line, line.bodyStart, null);
      continue;
    }
    if (line.kind === 'item' && line.itemRank === rank) {
      open = start(line, line.bodyStart, line.number ?? null);
      continue;
    }
    if (itemStyle) {
      if (open !== null) open.span = [open.span[0], line.block.end];
      // a section of an item-style chapter without items of its own (一（一）总体要求) has its paragraphs as tasks
      else if (!sectionsWithItems.has(line.sectionId) && line.sectionId !== 's0' && PARAGRAPH.test(line.block.text)) {
        start(line, line.bodyStart, null);
      }
      continue;
    }
    // a plan without headings: its paragraphs are tasks, its title and date lines are not
    if (line.sectionId === 's0' && (hasHeadings || !PARAGRAPH.test(line.block.text))) continue;
    if (ADDRESS.test(line.block.text)) continue;
    start(line, line.bodyStart, null);
  }
  for (const draft of drafts) {
    draft.text = text.slice(draft.span[0], draft.span[1]);
    draft.title = leadSentence(draft.text);
  }
  return drafts;
}

/** Longest title kept, in UTF-16 code units: text without sentence punctuation is not one sentence. */
const MAX_TITLE = 120;

/**
 * The task's lead sentence: up to its first 。；！？ (or line end), without leading dashes (——) and
 * spaces, at most {@link MAX_TITLE} code units.
 */
function leadSentence(text: string): string {
  const head = text.slice(0, MAX_TITLE * 2);
  const end = head.search(LEAD_SENTENCE_END);
  const sentence = end === -1 ? head.split('\n')[0] : head.slice(0, end);
  return sentence.replace(/^[—\s]+/, '').trim().slice(0, MAX_TITLE);
}
