import type { Modifier } from '@plandiff/model';
import { clauseStart } from './clause.js';
import { parseChineseNumeral } from './figures.js';
import { tidyMetricName, readSubject } from './metric.js';

/**
 * Rank targets: a place in a ranking, with no unit (DESIGN.md: unit null for a count-free rank).
 * `力争年度交易量列区域碳市场第一位` → metric 区域碳市场年度交易量排名, value 1, exact; `位居全国前三` → value 3,
 * at_most (a place no lower than third). `前列` (among the leaders) names no place and gives no target.
 * The field ranked in (区域碳市场, 全国) is part of the metric: first among regional markets and first in the
 * country are different measures.
 */

/**
 * The name of a rank measure: the field (when named) + what is ranked + 排名.
 * Input: the normalised subject (年度交易量) and field (区域碳市场, or ''). Output: 区域碳市场年度交易量排名.
 */
export function rankMetric(subject: string, field: string): string {
  const ranked = subject.endsWith('排名') ? subject.slice(0, -2) : subject;
  return `${field.length >= 2 && !ranked.startsWith(field) ? field : ''}${ranked}排名`;
}

/** A rank target, offsets local to the text. */
export interface Rank {
  start: number;
  end: number;
  metric: string;
  value: number;
  modifier: Modifier;
}

// verb, an optional short scope (区域碳市场, 全国), then 第N位/名 or 前N(位/名); every part is bounded
const RANK = /(?:位居|位列|排名|进入|保持|列|居)([^，,；;。：:、第前]{0,12}?)(?:第([一二三四五六七八九十\d]{1,3})(?:位|名)|前([一二两三四五六七八九十\d]{1,3})(?:位|名)?)/g;
const SUBJECT_CAP = 40;

function rankNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/**
 * Finds rank targets in `text`.
 * Input: a task's normalised text. Output: ranks in text order; one without a subject before its verb
 * (nothing says what is ranked) or with an unreadable number is dropped.
 */
export function findRanks(text: string): Rank[] {
  const found: Rank[] = [];
  RANK.lastIndex = 0;
  for (let m = RANK.exec(text); m !== null; m = RANK.exec(text)) {
    const place = m[2] ?? m[3];
    const value = rankNumber(place);
    if (!Number.isFinite(value) || value <= 0) continue;
    const subject = readSubject(text, clauseStart(text, m.index, SUBJECT_CAP), m.index);
    const name = tidyMetricName(text.slice(subject.start, subject.end));
    if (name.length < 2) continue;
    found.push({
      start: subject.textStart,
      end: m.index + m[0].length,
      metric: rankMetric(name, tidyMetricName(m[1])),
      value,
      modifier: m[2] !== undefined ? 'exact' : 'at_most',
    });
  }
  return found;
}
