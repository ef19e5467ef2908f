import type { Section, SectionRole } from '@plandiff/model';
import type { TextBlock } from './blocks.js';
import { enclosedNumber } from './labels.js';
import { chineseNumeral, chineseNumeralValue } from './numerals.js';

/** How one line of the plan text takes part in the outline. */
export interface OutlineLine {
  block: TextBlock;
  /** heading of a section, a numbered item (task), or running text */
  kind: 'heading' | 'item' | 'body';
  /** innermost section containing the line (the heading's own section for a heading) */
  sectionId: string;
  /** absolute offset where the line's running text starts (after the label, after a heading's title sentence) */
  bodyStart: number;
  /** for items: the number as written, in ASCII digits ("7" for `7.`, `（7）` and `⑦`) */
  number?: string;
  /** for items: which marker numbers it — `1.`/`1、`/`1）` (rank 1), `（1）` (rank 2) or `①` (rank 3) */
  itemRank?: 1 | 2 | 3;
}

/** Outline of a plan: the section tree (contract `Section`) plus every line's place in it. */
export interface Outline {
  sections: Section[];
  /** every section by id, in document order */
  byId: Map<string, Section>;
  lines: OutlineLine[];
}

/** Chapter heading `一、` or `一．` (`一.` after normalise; numeral in group 1), or one whose numeral was lost (`□、`, group 2). */
const CHAPTER = /^(?:([一二三四五六七八九十]{1,3})|(□+))(?:、|\.)/;
/**
 * Chapter heading in the part style `第一部分` / `第一章` / `第一篇` (numeral in group 1, the written label
 * in group 2), optionally followed by `、：.`; the space after it is gone after normalise.
 */
const PART_CHAPTER = /^((?:第([一二三四五六七八九十]{1,3})(?:部分|章|篇)))[、：:.．]?/;
/** The plain chapter numeral `一、` that a document in the part style must not use at all. */
const FIRST_CHAPTER = /^一、/;
/** Subsection heading `（一）`, or one whose label was lost (`（□重要目标`, `（□）…`). */
const SUBSECTION = /^（(?:([一二三四五六七八九十]{1,3})|(□+))）?/;
/** Numbered item `1.` / `1、` / `1）` (not a decimal like `2.5`; `1.2024年底前…` is item 1 opening with a year). */
const ITEM = /^(\d+)[.、）](?:(?!\d)|(?=\d{4}年))/;
/** Numbered item `（1）`. */
const PAREN_ITEM = /^（(\d+)）/;
/** Numbered item `①`…`⑳`. */
const CIRCLED_ITEM = /^[\u2460-\u2473]/;
/** End of a heading's title sentence. */
const SENTENCE_END = /[。；！？]/;

/**
 * An appendix heading: `附件` / `附件1` / `附件2：2026年省十件民生实事` (numeral in group 1, a title on the same line
 * in group 2), on a line of its own without sentence punctuation.
 */
const APPENDIX = /^附\s*件\s*([0-9]{1,2}(?!\d)|[一二三四五六七八九十]{1,3})?\s*[:：]?\s*([^。；！？]{0,40})$/;
/** A glossary's heading: 名词解释 / 名词注释 / 注释 / 《政府工作报告》有关内容名词注释, on a line of its own. */
const GLOSSARY = /^(?:附\s*[:：]?\s*)?[^。，；！？]{0,24}(?:名词解释|名词注释|名词说明|词语解释|术语解释|注释|注解)$/;
/** A short line without sentence punctuation right after a bare `附件N`: the appendix's title. */
const APPENDIX_TITLE = /^[^。；！？]{2,40}$/;

/** Longest unnumbered chapter heading (`“十四五”时期发展成就和2025年工作回顾` is 21), in UTF-16 code units. */
const MAX_UNNUMBERED_HEADING = 30;
/** Punctuation that makes a line a sentence (or a greeting 各位代表：), never an unnumbered heading. */
const SENTENCE_PUNCTUATION = /[。；，：！？!?:;,…]/;
/** Words that name a report part reviewing the past: an unnumbered chapter so named has role review. */
const UNNUMBERED_REVIEW = /工作回顾|发展成就|回顾|工作总结|主要成绩/g;
/** Words that name a report part planning ahead: an unnumbered chapter so named has role plan. */
const UNNUMBERED_PLAN = /重点工作|重点任务|主要任务|今年工作|目标任务|主要目标|工作安排|总体要求|政府自身建设/g;
/** A line that names a whole document (a title: …政府工作报告, …工作要点), not one of its parts. */
const DOCUMENT_TITLE = /(?:报告|要点|方案|通知|意见|决议|决定|计划)$/;
/** Running text: ends like a sentence, or is too long to be a title, byline or heading. */
const RUNNING_TEXT = /[。！？；…]$|^.{61,}$/;

/** How far into a chapter title its review words (工作回顾) are looked for. */
const MAX_REVIEW_TITLE = 24;
/** A chapter reviews the past (工作回顾): its figures are results, not targets. */
const REVIEW_TITLE = /回顾|过去一年|过去五年|工作总结|主要成绩|取得的成绩/;

/**
 * Stage 5: plan lines → outline. Recognises chapter headings `一、` (or `一．`) — or, in a document that has no
 * `一、` line at all, part-style chapter headings `第一部分` / `第一章` / `第一篇` (label kept as written,
 * path the bare numeral `一` so a plan reads the same in either style) — subsection headings `（一）`
 * (brackets are already full-width after normalise) and numbered items `1.`/`1、`/`1）`, `（1）` and `①`
 * (which of them number a chapter's tasks is decided by the tasks stage). A heading is accepted only when its number rises
 * within its parent (so a stray `一、` in running text is not a chapter). A subsection label lost to
 * damage (`（□…`, `□、…`) is inferred from its place (previous sibling + 1) and marked `inferred: true`.
 * Titles are the heading's first sentence; damaged characters (□) stay in them.
 * After the body has begun, `附件N` (with its title on the same or the next line) opens a section of role
 * `appendix` and a 名词解释 / 注释 heading (or an appendix so titled) one of role `glossary`: level 1, ids continuing
 * the chapters' (`s4`), label `附件N`; inside them 一、 / （一） / 1. number items (民生实事 一、二、…) and never open
 * chapters, so an appendix's list is never read as chapters 四、五、…
 * A chapter heading without a numeral — a short line of its own naming a report part, `“十四五”时期工作回顾` or
 * `2026年重点工作` ({@link unnumberedChapterRole}), after the first running text — opens a level-1 section too
 * (label '', path its title, role from its words): `（一）` after it are its children, an explicit `一、` after it
 * is a chapter beside it, and its opening paragraphs are its own (tasks, with targets), not the preamble's.
 * Ids: chapters `s1`…, subsections `s2.3` (by position), text before the first heading `s0` (role
 * preamble). Role: `review` for chapters whose title reviews the past, and for chapter 一 of a
 * 政府工作报告 (`governmentReport`); children inherit their chapter's role.
 * Input: the normalised text's blocks. Output: {@link Outline} (offsets are UTF-16 into plan text).
 */
export function outline(blocks: TextBlock[], governmentReport: boolean): Outline {
  const sections: Section[] = [];
  const lines: OutlineLine[] = [];
  let chapter: Section | null = null;
  let chapterValue = 0;
  let subsection: Section | null = null;
  let subsectionValue = 0;
  let preamble: Section | null = null;
  const end = blocks.length > 0 ? blocks[blocks.length - 1].end : 0;
  // 第一部分 … 一、 … is a three-level outline this stage does not model: there 一、 stays the chapter
  const partStyle = blocks.some((b) => PART_CHAPTER.test(b.text)) && !blocks.some((b) => FIRST_CHAPTER.test(b.text));

  const close = (section: Section | null, upTo: number) => {
    if (section) section.span = [section.span[0], Math.max(section.span[0], upTo)];
  };

  let appendix: Section | null = null;
  // an unnumbered heading comes after the report's first running text, never among its title, date and byline lines
  let runningTextSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const previousEnd = i > 0 ? blocks[i - 1].end : block.start;
    // 附件N and a glossary (名词解释) after the body: sections of their own, never chapters; numbering restarts
    const appendixMatch: RegExpExecArray | null = chapter !== null ? APPENDIX.exec(block.text) : null;
    const glossaryHeading: boolean = chapter !== null && appendixMatch === null && GLOSSARY.test(block.text);
    if (appendixMatch || glossaryHeading) {
      close(subsection, previousEnd);
      close(chapter, previousEnd);
      const position = sections.filter((s) => s.role !== 'preamble').length + 1;
      let title: string = appendixMatch ? appendixMatch[2].trim() : block.text;
      const next = blocks[i + 1];
      const titleLine = appendixMatch !== null && title === '' && next !== undefined && APPENDIX_TITLE.test(next.text) && !CHAPTER.test(next.text) && !itemLabel(next.text);
      if (titleLine) title = next.text;
      const label: string = appendixMatch ? `附件${appendixMatch[1] ?? ''}` : '';
      const glossary: boolean = glossaryHeading || GLOSSARY.test(title);
      appendix = {
        id: `s${position}`, label, title, level: 1, path: [label || title], span: [block.start, end],
        role: glossary ? 'glossary' : 'appendix', inferred: false, children: [],
      };
      sections.push(appendix);
      chapter = appendix;
      subsection = null;
      lines.push({ block, kind: 'heading', sectionId: appendix.id, bodyStart: block.end });
      if (titleLine) {
        lines.push({ block: next, kind: 'heading', sectionId: appendix.id, bodyStart: next.end });
        i++;
      }
      continue;
    }
    if (appendix !== null) {
      // inside an appendix 一、 and （一） number its items (民生实事 一、二、…), they open no chapter
      const numbered = appendixItem(block.text) ?? itemLabel(block.text);
      lines.push(numbered && appendix.role === 'appendix'
        ? { block, kind: 'item', sectionId: appendix.id, bodyStart: block.start + numbered.length, number: numbered.number, itemRank: numbered.rank }
        : { block, kind: 'body', sectionId: appendix.id, bodyStart: block.start });
      continue;
    }
    const chapterMatch = chapterHeading(block.text, partStyle);
    const chapterLost = chapterMatch !== null && chapterMatch.numeral === null;
    const chapterNumber = chapterMatch ? (chapterMatch.numeral === null ? chapterValue + 1 : chineseNumeralValue(chapterMatch.numeral)) : null;
    if (chapterMatch && chapterNumber !== null && chapterNumber > chapterValue) {
      close(subsection, previousEnd);
      close(chapter, previousEnd);
      close(preamble, previousEnd);
      preamble = null;
      const position = sections.filter((s) => s.role !== 'preamble').length + 1;
      const { title, bodyOffset } = headingTitle(block.text, chapterMatch.length);
      // the review words stand in the title itself, not in a first paragraph run into it (one-line layout)
      const role: SectionRole = REVIEW_TITLE.test(title.slice(0, MAX_REVIEW_TITLE)) || (governmentReport && position === 1) ? 'review' : 'plan';
      const numeral = chapterMatch.numeral ?? chineseNumeral(chapterNumber);
      chapter = {
        id: `s${position}`, label: chapterMatch.label ?? `${numeral}、`, title, level: 1, path: [numeral],
        span: [block.start, end], role, inferred: chapterLost, children: [],
      };
      sections.push(chapter);
      chapterValue = chapterNumber;
      runningTextSeen = true;
      subsection = null;
      subsectionValue = 0;
      lines.push({ block, kind: 'heading', sectionId: chapter.id, bodyStart: block.start + bodyOffset });
      continue;
    }
    const unnumberedRole = chapterMatch === null && runningTextSeen ? unnumberedChapterRole(block.text) : null;
    if (unnumberedRole !== null) {
      close(subsection, previousEnd);
      close(chapter, previousEnd);
      close(preamble, previousEnd);
      preamble = null;
      const position = sections.filter((s) => s.role !== 'preamble').length + 1;
      // the numbering of 一、 chapters goes on across it: an explicit 三、 after it stays a level-1 sibling
      chapter = {
        id: `s${position}`, label: '', title: block.text, level: 1, path: [block.text],
        span: [block.start, end], role: unnumberedRole, inferred: false, children: [],
      };
      sections.push(chapter);
      subsection = null;
      subsectionValue = 0;
      lines.push({ block, kind: 'heading', sectionId: chapter.id, bodyStart: block.end });
      continue;
    }
    if (RUNNING_TEXT.test(block.text)) runningTextSeen = true;
    const subMatch = SUBSECTION.exec(block.text);
    if (subMatch && (subMatch[1] !== undefined || subMatch[2] !== undefined)) {
      const written = subMatch[1] !== undefined ? chineseNumeralValue(subMatch[1]) : null;
      const lostLabel = subMatch[1] === undefined;
      if (lostLabel || (written !== null && written > subsectionValue)) {
        close(subsection, previousEnd);
        close(preamble, previousEnd);
        preamble = null;
        const value = written ?? subsectionValue + 1;
        const label = lostLabel ? `（${chineseNumeral(value)}）` : subMatch[0];
        const parentPath = chapter ? chapter.path : [];
        const siblings = chapter ? chapter.children : sections;
        const id = chapter ? `${chapter.id}.${siblings.length + 1}` : `s${sections.filter((s) => s.role !== 'preamble').length + 1}`;
        const { title, bodyOffset } = headingTitle(block.text, subMatch[0].length);
        subsection = {
          id, label, title, level: chapter ? 2 : 1, path: [...parentPath, label],
          span: [block.start, end], role: chapter ? chapter.role : REVIEW_TITLE.test(title) ? 'review' : 'plan',
          inferred: lostLabel, children: [],
        };
        siblings.push(subsection);
        subsectionValue = value;
        lines.push({ block, kind: 'heading', sectionId: id, bodyStart: block.start + bodyOffset });
        continue;
      }
    }
    const current = subsection ?? chapter;
    if (current === null) {
      if (preamble === null) {
        preamble = { id: 's0', label: '', title: '', level: 1, path: [], span: [block.start, end], role: 'preamble', inferred: false, children: [] };
        sections.unshift(preamble);
      }
      lines.push({ block, kind: 'body', sectionId: preamble.id, bodyStart: block.start });
      continue;
    }
    const item = itemLabel(block.text);
    if (item) {
      lines.push({ block, kind: 'item', sectionId: current.id, bodyStart: block.start + item.length, number: item.number, itemRank: item.rank });
    } else {
      lines.push({ block, kind: 'body', sectionId: current.id, bodyStart: block.start });
    }
  }
  close(preamble, end);
  const ordered = new Map<string, Section>();
  const visit = (list: Section[]) => {
    for (const s of list) {
      ordered.set(s.id, s);
      visit(s.children);
    }
  };
  visit(sections);
  return { sections, byId: ordered, lines };
}

/**
 * The role of an unnumbered chapter heading (`“十四五”时期工作回顾`, `2026年重点工作` on a line of their own, as in
 * the 2026 reports of Gansu and Inner Mongolia), or null when the line is not one: at most
 * {@link MAX_UNNUMBERED_HEADING} code units, no sentence punctuation (so no greeting 各位代表：), no label of its own
 * (`（一）`, `1.`), not a document title (…报告, …要点), and words naming a report part — review words (工作回顾,
 * 发展成就, 回顾) give `review`, plan words (重点工作, 主要任务, 目标任务, 主要目标, 工作安排, 总体要求, 政府自身建设)
 * give `plan`; a title naming both parts (`“十四五”时期发展成就和“十五五”时期主要目标任务`) takes the role of the
 * part it names last. Input: one block's text (trimmed by the blocks stage). Throws nothing.
 */
export function unnumberedChapterRole(text: string): SectionRole | null {
  if (text.length < 4 || text.length > MAX_UNNUMBERED_HEADING) return null;
  if (SENTENCE_PUNCTUATION.test(text) || DOCUMENT_TITLE.test(text) || /^[—-]/.test(text)) return null;
  if (SUBSECTION.test(text) || CHAPTER.test(text) || PART_CHAPTER.test(text) || itemLabel(text) !== null) return null;
  const lastIndex = (pattern: RegExp) => {
    let last = -1;
    for (const m of text.matchAll(pattern)) last = m.index + m[0].length;
    return last;
  };
  const review = lastIndex(UNNUMBERED_REVIEW);
  const plan = lastIndex(UNNUMBERED_PLAN);
  if (review === -1 && plan === -1) return null;
  return review > plan ? 'review' : 'plan';
}

/**
 * The chapter heading a line opens with: its numeral (null when lost to damage, `□、`), its label as
 * written when it is not the plain `一、` (`第一部分`), and the length of the label with its punctuation.
 */
function chapterHeading(text: string, partStyle: boolean): { numeral: string | null; label: string | null; length: number } | null {
  if (partStyle) {
    const part = PART_CHAPTER.exec(text);
    return part ? { numeral: part[2], label: part[1], length: part[0].length } : null;
  }
  const plain = CHAPTER.exec(text);
  if (!plain) return null;
  return { numeral: plain[1] ?? null, label: null, length: plain[0].length };
}

/** The item label a line opens with (`1.`, `（1）`, `①`): its length, number and rank; null when none. */
function itemLabel(text: string): { length: number; number: string; rank: 1 | 2 | 3 } | null {
  const dot = ITEM.exec(text);
  if (dot) return { length: dot[0].length, number: dot[1], rank: 1 };
  const paren = PAREN_ITEM.exec(text);
  if (paren) return { length: paren[0].length, number: paren[1], rank: 2 };
  if (CIRCLED_ITEM.test(text)) return { length: 1, number: String(text.charCodeAt(0) - 0x2460 + 1), rank: 3 };
  // circled numbers past ⑳ (㉑ … ㊿) and the other circled families labels.ts leaves as they are
  const enclosed = text.length > 0 ? enclosedNumber(text.charCodeAt(0)) : null;
  if (enclosed?.style === 'circle') return { length: 1, number: String(enclosed.value), rank: 3 };
  return null;
}

/** `一、` or `（一）` opening a line of an appendix: an item numbered by its Chinese numeral (rank 1 and 2). */
function appendixItem(text: string): { length: number; number: string; rank: 1 | 2 } | null {
  const chapterStyle = CHAPTER.exec(text);
  const chapterValue = chapterStyle?.[1] !== undefined ? chineseNumeralValue(chapterStyle[1]) : null;
  if (chapterStyle && chapterValue !== null) return { length: chapterStyle[0].length, number: String(chapterValue), rank: 1 };
  const sub = SUBSECTION.exec(text);
  const subValue = sub?.[1] !== undefined && sub[0].endsWith('）') ? chineseNumeralValue(sub[1]) : null;
  if (sub && subValue !== null) return { length: sub[0].length, number: String(subValue), rank: 2 };
  return null;
}

/**
 * A heading's title: the text after the label up to the end of its first sentence, without the
 * closing punctuation. `bodyOffset` is where running text after the title sentence starts (the line's
 * length when there is none).
 */
function headingTitle(text: string, labelLength: number): { title: string; bodyOffset: number } {
  const rest = text.slice(labelLength);
  const end = rest.search(SENTENCE_END);
  if (end === -1) return { title: rest.trim(), bodyOffset: text.length };
  return { title: rest.slice(0, end).trim(), bodyOffset: labelLength + end + 1 };
}
