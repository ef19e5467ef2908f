import type { ResultPeriod } from '@plandiff/model';
import { namedPeriodEnd } from '../targets/horizon.js';

/**
 * Rule: the period a result is stated for, read from the words of its sentence before the figure.
 * - a finished five-year period opening the sentence or its text (过去五年, 五年来, 这五年 → the five years before
 *   the report; “十四五”时期 → 2021–2025 by the five-year plan table) gives `{ from, to }`;
 * - the last year named before the figure that is no base (比2020年) nor end point (到2025年), before the
 *   report's year (or equal to it in a report of results: 2015年末 in the 2015 bulletin) gives `{ year }`;
 * - 去年 / 上年 / 过去一年 / 一年来 and, by default, a review chapter give the year before the report;
 * - a report of results defaults to its own year.
 * Input: the sentence up to the figure, the text's opening (its first 12 characters: a paragraph may open the
 * frame for all its sentences), the report's year and whether the document reports results. Output: the period,
 * or null when the year is unknown.
 */
export function readPeriod(sentencePrefix: string, opening: string, reportYear: number | null, resultsDocument: boolean): ResultPeriod | null {
  if (reportYear === null) return null;
  const frame = `${opening.slice(0, 12)} ${sentencePrefix}`;
  if (/过去五年|五年来|这五年|近五年/.test(frame)) return { from: reportYear - 5, to: reportYear - 1 };
  const named = /[“"]?十[一二三四五六]五[”"]?(?:时期|期间|以来|期)/.exec(frame);
  if (named !== null) {
    const end = namedPeriodEnd(named[0]);
    if (end !== null && (end < reportYear || (resultsDocument && end <= reportYear))) return { from: end - 4, to: end };
  }
  const limit = resultsDocument ? reportYear : reportYear - 1;
  let year: number | null = null;
  for (const m of sentencePrefix.matchAll(/(^|[^比较到至\d])(\d{4})年/g)) {
    const y = Number(m[2]);
    if (y <= limit && y > reportYear - 30) year = y;
  }
  if (year !== null) return { year };
  return { year: resultsDocument ? reportYear : reportYear - 1 };
}
