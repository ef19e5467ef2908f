import { LOST } from './figures.js';

/**
 * Metric normalisation: what a target measures, without the verbs and fillers around it, so that the
 * same measure gets the same name in every year (城镇调查失业率 whether the plan writes 城镇调查失业率5.5%左右
 * or 城镇调查失业率全年控制在5.5%以内).
 *
 * Rules:
 * - the subject of a figure is the text between the clause start and the figure;
 * - leading fillers are dropped (全省, 全年, 今年, 其中, 力争, 确保, a deadline …), then leading action verbs
 *   (完成, 推动, 实施, 拟安排 …); trailing verbs and modifier words are dropped (达到, 保持在, 控制在, 拟按,
 *   增长, 降低, 比上年 …) and the direction words among them give the target's direction;
 * - `增长` before a percentage stays in the name: "X增长" is the name of a growth-rate indicator
 *   (国内生产总值增长, 居民收入增长), whereas a decrease verb only sets the direction
 *   (单位国内生产总值能耗降低2.5% → 单位国内生产总值能耗, decrease);
 * - a handful of synonyms map to the names the compare step matches on (经济增速 / GDP增长 → 国内生产总值增长).
 */

/** Fillers dropped from the start of a subject; they do not move the target's text start past them. */
const LEAD_FILLERS = [
  '合计', '共计', '我区', '我市', '我省', '我国', '今年', '全年', '明年', '年内', '全省', '全市', '全国', '全区', '全县', '全州', '其中', '同时', '并且', '以及',
  '力争', '争取', '确保', '努力', '我们', '进一步', '继续', '持续', '全面', '加快', '大力', '积极', '深入',
  '扎实', '切实', '着力', '稳步', '务必', '要', '将', '拟', '先', '再', '还', '也', '并', '和', '及', '与',
].sort((a, b) => b.length - a.length);

/** Action verbs dropped from the start of a subject (推动100家… keeps 推动 in the target's text). */
const LEAD_VERBS = [
  '组织实施', '推进', '推动', '实施', '完成', '开展', '创建', '建成', '新建', '新开工', '打造', '培育', '组织',
  '安排', '发行', '改造', '淘汰', '争创', '累计', '实现', '延续执行', '执行', '使用', '严守', '守住', '守牢', '做好',
  '举办', '举行',
].sort((a, b) => b.length - a.length);

/** Verbs whose object is the figure and what follows it (完成1571个行政村环境整治, 严守18亿亩耕地红线). */
const OBJECT_VERBS = [
  '组织实施', '完成', '推动', '实施', '新建', '建成', '创建', '争创', '严守', '守住', '守牢', '使用', '保障好',
  '培训', '惠及', '改造', '新开工', '开工', '发放', '培育', '打造', '淘汰', '关停', '推进', '开展', '安排', '做好',
  '新增', '新建改建', '新改建', '引进', '招引', '筹措', '提供', '选派', '帮助', '构建', '形成', '布局', '上线', '竣工',
].sort((a, b) => b.length - a.length);

/** Increase words among the trailing words; also the direction they give. */
const INCREASE = ['提高', '提升', '增长', '增加', '上升', '上涨', '扩大', '增至'];
const DECREASE = ['下降', '降低', '减少', '降至', '降到', '压减', '削减', '压缩', '缩短', '减至', '降'];

/** Words dropped from the end of a subject (sorted longest first below, so 保持在 wins over 在). */
const TRAIL_WORDS = [
  '提高到', '提高至', '提升到', '提升至', '增加到', '增长到', '下降到', '下降至', '降低到', '降低至',
  '减少到', '减少至', '压缩至', '压缩到', '缩短至', '缩短到', '保持在', '控制在', '控制到', '稳定在', '维持在',
  '不低于', '不少于', '不高于', '不超过', '不多于', '进一步', '比上一年', '不到',
  '增至', '降到', '降至', '减至', '压减', '削减', '提高', '提升', '增长', '增加', '上升', '上涨', '扩大',
  '下降', '降低', '减少', '压缩', '缩短', '至少', '超过', '高于', '低于', '多于', '少于', '大于', '小于', '突破',
  '达到', '大约', '接近', '拟按', '保持', '稳定', '控制', '实现', '累计', '分别', '继续', '稳步', '同比',
  '比上年', '比去年', '全年', '今年', '年内', '每年', '迈上', '跨上', '站上', '力争', '争取', '确保', '安排', '预期目标', '目标',
  '达', '为', '在', '约', '近', '按', '均', '都', '再', '要', '将', '拟', '降',
  '≥', '⩾', '>=', '＞', '>', '≤', '⩽', '<=', '＜', '<', '不小于', '不大于', '超', '逾',
].sort((a, b) => b.length - a.length);

/** Names that mean the same measure, mapped to the name the compare step relies on. */
const SYNONYMS: Record<string, string> = {
  经济增速: '国内生产总值增长',
  经济增长: '国内生产总值增长',
  经济增长速度: '国内生产总值增长',
  GDP增长: '国内生产总值增长',
  GDP增速: '国内生产总值增长',
  国内生产总值增速: '国内生产总值增长',
  国内生产总值增长速度: '国内生产总值增长',
  能耗强度: '单位国内生产总值能耗',
  单位GDP能耗: '单位国内生产总值能耗',
  居民消费价格: '居民消费价格涨幅',
  居民消费价格上涨: '居民消费价格涨幅',
  CPI涨幅: '居民消费价格涨幅',
  失业率: '城镇调查失业率',
};

const LEAD_PUNCTUATION = new Set(['、', '，', ',', '“', '”', '"', '‘', '’', ' ', '　', ')', '）']);
const BASE_YEAR_TAIL = /比(?:\d{4}年|上年|去年|上一年)(?:年初预算|同期)?$/;
/** A year closing a subject (非常规天然气产量2030年达到300亿立方米, 山西 2026): when, not what. */
const YEAR_TAIL = /(?:到|至|在)?\d{4}年(?:底|末)?(?:前)?$/;
/** A deadline or a year opening a subject (2024年底前, 6月底前, 年底前, 年内, 到2025年, 2024年): not part of the measure. */
const LEAD_DEADLINE = /^(?:到|在)?\d{4}年(?:\d{1,2}月)?(?:底|末)?前?|^\d{1,2}月(?:底|末)?前|^年(?:底|末)前?|^年内/;

/** A subject read off the text before a figure. Offsets are local to the text. */
export interface Subject {
  /** where the metric starts (after fillers and leading verbs) */
  start: number;
  /** where the metric ends (before trailing verbs) */
  end: number;
  /** where the target's text starts: after the fillers, before any leading verb */
  textStart: number;
  /** the leading verbs dropped (推动, 完成 …), in order */
  leadVerbs: string[];
  /** the trailing words dropped, nearest to the figure first */
  trailWords: string[];
  direction: 'increase' | 'decrease' | null;
  /** where a verb that takes the figure as its object starts (完成1571个…), else -1; the subject is then empty */
  verbStart: number;
}

function stripStart(text: string, start: number, end: number, list: readonly string[]): number {
  for (const word of list) if (text.startsWith(word, start) && start + word.length <= end) return start + word.length;
  return start;
}

/**
 * Reads the subject in `text.slice(from, to)`: the words that name what the figure at `to` measures.
 * Input: text and a local range (clause start → figure start). Output: {@link Subject}; an empty subject
 * has start === end. Runs in O((to − from) × word-list size).
 */
export function readSubject(text: string, from: number, to: number): Subject {
  let start = from;
  let textStart = from;
  const leadVerbs: string[] = [];
  for (;;) {
    const before = start;
    while (start < to && LEAD_PUNCTUATION.has(text[start])) start++;
    const deadline = LEAD_DEADLINE.exec(text.slice(start, Math.min(to, start + 12)));
    if (deadline && deadline[0].length > 0) start += deadline[0].length;
    // an item label left at the start (附件 items 一、新建改建农村公路…) is no part of the measure
    const label = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/.exec(text.slice(start, Math.min(to, start + 4)));
    if (label) start += label[0].length;
    // 和 opens 和美乡村 (a term), not a conjunction there
    if (!text.startsWith('和美', start)) start = stripStart(text, start, to, LEAD_FILLERS);
    if (leadVerbs.length === 0) textStart = start;
    const afterVerb = stripStart(text, start, to, LEAD_VERBS);
    if (afterVerb !== start) {
      leadVerbs.push(text.slice(start, afterVerb));
      start = afterVerb;
    }
    if (start === before) break;
  }
  let end = to;
  // 比例≥ 85%: spaces before the figure are no part of the subject's last word
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '　')) end--;
  const trailWords: string[] = [];
  for (;;) {
    const before = end;
    const part = text.slice(start, end);
    const baseYear = BASE_YEAR_TAIL.exec(part.slice(-16));
    if (baseYear) {
      trailWords.push(baseYear[0]);
      end -= baseYear[0].length;
      continue;
    }
    const year = YEAR_TAIL.exec(part.slice(-10));
    if (year && year[0].length < part.length) {
      trailWords.push(year[0]);
      end -= year[0].length;
      continue;
    }
    for (const word of TRAIL_WORDS) {
      if (part.endsWith(word)) {
        // 年均 / 人均 belong to the measure (年均增长, 人均财政补助标准)
        if (word === '均' && (part.endsWith('年均') || part.endsWith('人均'))) break;
        trailWords.push(word);
        end -= word.length;
        break;
      }
    }
    if (end === before) break;
  }
  // 完成1571个…, 严守18亿亩…: a verb right before the figure means the measure is named after it
  let verbStart = -1;
  if (trailWords.length === 0) {
    const part = text.slice(start, end);
    const verb = OBJECT_VERBS.find((v) => part.endsWith(v));
    if (verb) {
      verbStart = end - verb.length;
      end = start;
    }
  }
  let direction: Subject['direction'] = null;
  for (const word of trailWords) {
    if (INCREASE.some((w) => word.includes(w))) { direction = 'increase'; break; }
    if (DECREASE.some((w) => word.includes(w))) { direction = 'decrease'; break; }
  }
  return { start, end, textStart: Math.min(textStart, start), leadVerbs, trailWords, direction, verbStart };
}

/**
 * Tidies a raw metric name as the plan writes it (the name shown; compare's normaliseMetric makes the matching key
 * from it): drops quotes and spaces, a damaged start up to the parenthesis whose opening
 * it swallowed (`□市、区)生态保护红线基础调查` → `生态保护红线基础调查`), edge punctuation, folds brackets to
 * the full-width form (`断面(水域)` and `断面（水域）` name one measure) and maps synonyms.
 * Input: the raw name. Output: the normalised name ('' when nothing is left).
 */
export function tidyMetricName(raw: string): string {
  let name = raw.replace(/[“”"‘’'\s　]/g, '');
  let depth = 0;
  for (let k = 0; k < name.length && name.startsWith(LOST); k++) {
    const c = name[k];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      if (depth === 0) {
        name = name.slice(k + 1);
        k = -1;
        continue;
      }
      depth--;
    }
  }
  name = name.replace(/\(/g, '（').replace(/\)/g, '）');
  // an outline label left at the start of an item (一、新建改建农村公路, 2.空气质量…) is no part of the name
  name = name.replace(/^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])/, '');
  name = name.replace(/^[、，,：:；;。的及与]+/, '').replace(/^和(?!美)/, '').replace(/[、，,：:；;。的和及与等]+$/, '');
  return SYNONYMS[name] ?? name;
}

/**
 * The metric of a subject + figure: the normalised subject, with `增长` kept for growth rates.
 * Input: the subject's raw text, its trailing words, the figure's unit. Output: the metric name.
 */
export function subjectMetric(raw: string, trailWords: readonly string[], unit: string | null): string {
  const base = tidyMetricName(raw);
  if (base === '') return '';
  const grows = trailWords.some((w) => w.startsWith('增长'));
  if (grows && unit === '%' && !base.endsWith('增长') && !base.endsWith('增速') && !base.endsWith('涨幅')) {
    return SYNONYMS[`${base}增长`] ?? `${base}增长`;
  }
  return base;
}
