import type { TargetBasis } from '@plandiff/model';

/**
 * The basis of a figure target: `level` (the quantity itself, or a rate such as 增长5%) or `increment`
 * (the amount a stock changes by). Rules (issue 10):
 * - 比上年/比去年 + 增加/扩大/提高/减少/下降… + a figure that is not a percentage (`支出规模比去年扩大2万亿元以上`,
 *   2022 政府工作报告) → increment; with a percentage it is a growth rate → level;
 * - 新增/新建/新开工/新培育… of a stock named after the figure (`新增30家以上先进智能工厂`) or before it with the
 *   verb leading and a count of things (`新增城镇保障性住房1.2万套`) → increment; a measure whose own name holds
 *   新增 (城镇新增就业, 新增政府债务总规模) is a flow, read as a level, so that its years compare;
 * - 提高/下降/降低… N个百分点 (a change of a rate) → increment;
 * - 增加/扩大/减少/提高/降低 N (not 增加到/提高到 N, the level reached) of a quantity that is not a rate
 *   (`国家级实验室再增加2—4家`, `基础养老金最低月标准提高20元`) → increment.
 */

const CHANGE = /增加|扩大|提高|提升|增长|减少|下降|降低|压减|压缩|削减|多/;
const BASE_YEAR = /^比(?:\d{4}年|上年|去年|上一年)/;
const NEW_STOCK = /^(?:新增|新建|新开工|新培育|新引进|新认定|新改建|新建改建|新改扩建)/;

/**
 * Input: the words around the figure read off its subject (lead verbs, trailing words, a verb before the
 * figure), the metric, the figure's unit. Output: 'level' or 'increment'.
 */
export function readBasis(words: readonly string[], metric: string, unit: string | null): TargetBasis {
  const percent = unit === '%' || unit === '‰';
  const points = unit === '个百分点' || unit === '百分点';
  if (!percent && words.some((w) => BASE_YEAR.test(w)) && words.some((w) => CHANGE.test(w))) return 'increment';
  if (points && words.some((w) => CHANGE.test(w))) return 'increment';
  // 国家级实验室再增加2—4家, 粮食产量增加10亿斤: an amount added (增加到 / 提高到 name the level reached instead)
  if (!percent && !points && words.some((w) => /^(?:增加|新增|扩大|减少|压减|削减|提高|提升|降低|下降)$/.test(w))) return 'increment';
  // 新增就业, 新增政府债务总规模 (like 城镇新增就业) are flows named with 新增, measured each year: levels
  if (!percent && !points && words.some((w) => NEW_STOCK.test(w))) return 'increment';
  return 'level';
}
