import { ENCLOSED_CLASS } from './labels.js';

/**
 * Reports saved as one line: a page copied without its paragraph breaks, where paragraphs are separated by the
 * two full-width spaces (U+3000 U+3000) that indented them, or by nothing at all. This file cuts such text back
 * into paragraphs and headings, so the outline finds 一、 / （一） / 1. wherever they are.
 */

/** Two or more full-width spaces inside a line: the indentation of the next paragraph, its line break lost. */
const INDENT_RUN = /(?<=\S)\u3000{2,}(?=\S)/g;

/**
 * A line longer than this (in UTF-16 code units) is run-on text: the longest paragraph in 41 real reports and
 * work plans (fixtures and the 25 provincial reports of 2026) has 1,386.
 */
export const RUN_ON_LENGTH = 1500;
/** Fewest lines of a document not saved as one line. */
const MAX_ONE_LINE_DOCUMENT_LINES = 3;
/** A shorter line holding chapters 一、 and 二、 after sentence ends is run-on text too (an excerpt saved as one line). */
function twoChapters(paragraph: string): boolean {
  const first = paragraph.search(/[。！？；：]一、/);
  return first !== -1 && /[。！？；：]二、/.test(paragraph.slice(first + 3));
}

const HAN = '一二三四五六七八九十';
/**
 * Where a label may start inside run-on text: after the end of a sentence or clause (。！？；：), a closing
 * bracket or quote, or the end of a heading that had no punctuation — the labels themselves: 一、 / 第一部分 /
 * （一） / 1. 1、 (not a decimal) / （1） / enclosed numbers / 附件N.
 */
const LABEL_BREAK = new RegExp(
  `(?<=[。！？；：!?;:）)”」』>])(?=[${HAN}]{1,3}、|第[${HAN}]{1,3}(?:部分|章|篇)|（[${HAN}]{1,3}）|\\(?[${HAN}]{1,3}\\)|\\d{1,2}[.、．](?!\\d)|[（(]\\d{1,2}[）)]|[（(][?□]|[${ENCLOSED_CLASS}]|附件\\s*\\d{0,2}[：:\\s]|附件\\s*\\d{1,2}(?=\\D)|附件(?=\\d{4}年|[\\u4e00-\\u9fff《“])|(?:名词解释|名词注释|注释)(?=［|\\[|\\d|“))`,
  'g',
);
/**
 * An appendix or glossary heading run into its first item (附件2026年自治区民生实事1.通过…, 注释［1］一降三减：…):
 * the heading ends before the first item label within 60 characters.
 */
const APPENDIX_HEADING = /^((?:附\s*件\s*\d{0,2}[：:]?|[^。，；！？]{0,24}(?:名词解释|名词注释|注释))[^。；！？]{0,60}?)(?=\d{1,2}[.、](?!\d)|［\d|\[\d|[一二三四五六七八九十]、|（[一二三四五六七八九十]）)/;

/** The first subsection label （一） right after a heading without punctuation (…重点工作（一）…) starts a line too. */
const FIRST_SUBSECTION_BREAK = /(?<=[\u4e00-\u9fff])(?<!第)(?=（一）|\(一\))/g;
/**
 * The opening of a report before its first paragraph, run together: its title (…政府工作报告 / …工作要点), the
 * date line (——2024年3月5日在…会议上) and the speaker (国务院总理李强), then 各位代表：.
 */
const OPENING_BREAK = /(?<=^.{0,40}?(?:政府工作报告|工作要点|工作计划|工作安排|工作报告))(?=[—-]{1,2}\d{4}年|（\d{4}年|\d{4}年\d{1,2}月\d{1,2}日在)|(?<=会议上）?)(?=\S)|(?=各位代表[：！，])/g;

/**
 * Cuts run-on lines back into paragraphs. Every line loses its internal runs of two or more U+3000 (each
 * becomes a line break); a line still longer than {@link RUN_ON_LENGTH} (paragraphs joined with nothing between
 * them), or over 200 characters in a document of at most {@link MAX_ONE_LINE_DOCUMENT_LINES} lines or holding
 * chapters 一、 and 二、 ({@link twoChapters}), is also cut before every heading or item label that follows the end of a sentence ({@link LABEL_BREAK})
 * and after the title and date line of a report's opening ({@link OPENING_BREAK}).
 * A heading whose title ran into its first paragraph with no punctuation between stays joined to it (the
 * boundary is not in the text).
 * Input: the document's lines. Output: the lines, how many lines were cut at U+3000 pairs (`cut`) and how many
 * run-on paragraphs were cut before labels (`runOn`: their paragraph breaks are lost). Throws nothing; linear.
 */
export function splitRunOnLines(lines: string[]): { lines: string[]; cut: number; runOn: number } {
  const out: string[] = [];
  let cut = 0;
  let runOnCount = 0;
  // a document of at most three lines (title, byline, everything else) was saved as one line
  const oneLine = lines.filter((line) => line.trim() !== '').length <= MAX_ONE_LINE_DOCUMENT_LINES;
  for (const line of lines) {
    if (line.length < 40) {
      out.push(line);
      continue;
    }
    const paragraphs = line.includes('\u3000\u3000') ? line.split(INDENT_RUN) : [line];
    if (paragraphs.length > 1) cut++;
    for (const paragraph of paragraphs) {
      // paragraphs told apart by their U+3000 indentation are paragraphs: only their length can make them run-on
      const runOn = paragraph.length > RUN_ON_LENGTH || (paragraph.length > 200 && ((oneLine && paragraphs.length === 1) || twoChapters(paragraph)));
      if (!runOn) {
        out.push(paragraph);
        continue;
      }
      runOnCount++;
      const opening = paragraph.slice(0, 400).split(OPENING_BREAK);
      const rest = opening.pop()! + paragraph.slice(400);
      for (const piece of opening) out.push(piece);
      for (const piece of rest.split(LABEL_BREAK)) {
        for (const part of piece.split(FIRST_SUBSECTION_BREAK)) {
          const heading = APPENDIX_HEADING.exec(part);
          if (heading) out.push(heading[1], part.slice(heading[1].length));
          else out.push(part);
        }
      }
    }
  }
  return { lines: out, cut, runOn: runOnCount };
}
