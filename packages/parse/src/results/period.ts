import type { ResultPeriod } from '@plandiff/model';
import { namedPeriodEnd } from '../targets/horizon.js';

/**
 * Rule: the period a result is stated for, read from the words before its figure, nearest first: the sentence up to
 * the figure, then the paragraph's time frame (its own opening, or the one an earlier paragraph of the chapter set:
 * `过去五年极不寻常…` followed by `——经济发展再上新台阶…`). At each level, in this order:
 * - a year named before the figure that is no base (比2020年) nor end point (到2025年), before the report's year (or
 *   equal to it in a report of results: 2015年末 in the 2015 bulletin) gives `{ year }`;
 * - a finished five-year period (过去五年, 五年来, 这五年 → the five years before the report; “十四五”时期 → 2021–2025
 *   by the five-year plan table) gives `{ from, to }`;
 * - one year's words (全年, 去年, 上年, 过去一年, 一年来) give the year before the report (a report of results: its year).
 * When no level says, a review chapter speaks of the year before the report and a report of results of its own year.
 * Input: the sentence up to the figure, the paragraph's time frame (its opening, ≤ 20 characters, '' when none), the
 * report's year, whether the document reports results. Output: the period, or null when the year is unknown.
 */
export function readPeriod(sentencePrefix: string, frame: string, reportYear: number | null, resultsDocument: boolean): ResultPeriod | null {
  if (reportYear === null) return null;
  for (const words of [sentencePrefix, frame]) {
    const period = periodOf(words, reportYear, resultsDocument);
    if (period !== null) return period;
  }
  return { year: resultsDocument ? reportYear : reportYear - 1 };
}

/** The period one stretch of words states (see {@link readPeriod}), or null when it states none. */
function periodOf(words: string, reportYear: number, resultsDocument: boolean): ResultPeriod | null {
  const limit = resultsDocument ? reportYear : reportYear - 1;
  let year: number | null = null;
  for (const m of words.matchAll(/(^|[^比较到至\d])(\d{4})年(?!以来)/g)) {
    const y = Number(m[2]);
    if (y <= limit && y > reportYear - 30) year = y;
  }
  if (year !== null) return { year };
  if (/过去五年|过去的五年|五年来|这五年|近五年/.test(words)) return { from: reportYear - 5, to: reportYear - 1 };
  const named = /[“"]?十[一二三四五六]五[”"]?(?:时期|期间|以来|期)/.exec(words);
  if (named !== null) {
    const end = namedPeriodEnd(named[0]);
    if (end !== null && (end < reportYear || (resultsDocument && end <= reportYear))) return { from: end - 4, to: end };
  }
  if (/全年|去年|上年(?!同期)|过去一年|过去的一年|一年来/.test(words.replace(/比上年|较上年/g, ''))) {
    return { year: resultsDocument ? reportYear : reportYear - 1 };
  }
  return null;
}
