import type { Modifier, TargetBasis, TargetBaseline, TargetHorizon } from '@plandiff/model';
import { clauseEnd, clauseStart, isClauseBreak, sentenceStart } from './clause.js';
import { findDeadlines, type Deadline } from './deadline.js';
import { LOST, scanFigures, type Figure } from './figures.js';
import { tidyMetricName, readSubject, subjectMetric } from './metric.js';
import { isAspirationalAt, prefixModifier, readSuffixModifier } from './modifiers.js';
import { findRanks } from './rank.js';
import { findStatements } from './statements.js';
import { readBasis } from './basis.js';
import { namedPeriodEnd, readHorizon } from './horizon.js';
import { findMainTargetStatements } from './main-targets.js';

/** A target found in a text, offsets local to that text; ids and absolute spans are added by the caller. */
export interface FoundTarget {
  start: number;
  end: number;
  metric: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  modifier: Modifier;
  aspirational: boolean;
  direction: 'increase' | 'decrease' | null;
  deadline: string | null;
  deadlineDate: string | null;
  damaged: boolean;
  basis: TargetBasis;
  horizon: TargetHorizon;
  baseline: TargetBaseline | null;
  /** results reading only: the figure's clause or sentence looks back (去年, 2024年 before the plan year, 过去五年 …) */
  lookingBack?: boolean;
  /** results reading only: the figure's clause says 预计 (a forecast or an estimate) */
  forecast?: boolean;
}

/**
 * What a reading keeps: `targets` (the default) skips forecasts and figures stated for a past period;
 * `results` keeps them, flagged `lookingBack` / `forecast`, for the results reader (results/*.ts) to decide.
 */
export type Reading = 'targets' | 'results';

/** How far back a subject, and forward an object, may reach (characters). */
const SUBJECT_CAP = 60;
const OBJECT_CAP = 30;
const CLAUSE_CAP = 80;
const SENTENCE_CAP = 160;

/** Units under which a figure made only of lost characters (达到□□%) is still read as a damaged target. */
const PERCENT_UNITS = new Set(['%', '‰', '个百分点', '百分点']);

/**
 * A part of a clause (after 、 or ，) that opens with 比/较 (`、比上年增加1.1万亿元`, `安排、比上年提高1个百分点`)
 * gives the change of the measure before it, not a target.
 */
const DELTA_START = /^\s*(?:比|较)/;

/**
 * The deadline that governs a target: in its clause before the figure (nearest), else in its clause after
 * it, else earlier in its sentence. Input: text, figure range, the plan's year. Output: the deadline or null.
 */
export function governingDeadline(text: string, start: number, end: number, planYear: number | null): Deadline | null {
  const cStart = clauseStart(text, start, CLAUSE_CAP);
  const before = findDeadlines(text, cStart, start, planYear);
  if (before.length > 0) return before[before.length - 1];
  const after = findDeadlines(text, end, clauseEnd(text, end, CLAUSE_CAP), planYear);
  if (after.length > 0) return after[0];
  const earlier = findDeadlines(text, sentenceStart(text, cStart, SENTENCE_CAP), cStart, planYear);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/**
 * A `从A…到B` / `由A提高到B` change waiting for its B: the measure named before 从/由 and A, where the measure
 * stood (A is B's baseline, never a target of its own).
 */
interface PendingChange { metric: string; start: number; clause: number; baseline: TargetBaseline }

/** Words joining A and B of a change (从4.2%降至3.9%, 由180元提高到200元, 从A到B). */
const CHANGE_TO = /^(?:左右|以上|以下)?(?:的)?(?:水平)?(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|压减|压缩|缩短|调整|下调|上调|升|降|增|减)?(?:到|至|为)/;

/**
 * Targets carried by figures (see {@link findTargets}). Rules beyond subject/object reading:
 * - a clause opening with 比/较 (`、比上年增加1.1万亿元`) gives the change of the figure before, no target;
 * - a figure in a clause that says 预计 is a forecast, one in a clause about 去年 / an earlier year is a past
 *   result ({@link isPastResult}); `共N项` is a total, not a target; `2×35万千瓦` is the
 *   size of each unit of a project, not a target;
 * - `望城路等15条X`, `…发展的93个X`, `大唐700万吨X`: the measure is X, named after the figure (see {@link namedAfter});
 * - `从A提高到B`: A is skipped and B gets the measure named before 从;
 * - `地区生产总值增长8%，达到296亿元` / `…达到240亿元，同比增长21%`: a clause naming no measure (before or
 *   after its figure) continues the measure of the previous figure in the same sentence; 增长 + % makes it
 *   the growth rate again (地区生产总值增长), a level keeps the bare name (地区生产总值);
 * - `…发行超长期特别国债，…，今年先发行1万亿元`: a verb with nothing named around its figure takes the
 *   object it had earlier in the sentence;
 * - `A和B分别降低13.5%、18%`, `A和B参保率保持在90%和98%以上`: the measures are split over the chained
 *   figures when the counts agree (with or without 分别: two figures joined by 和/、 after two joined
 *   measures are respective); a rate named once at the end is shared ({@link respectiveNames}).
 *   (The split is at 和/、/及, so a shared head noun stays with the last measure: 居民医保和基本公共卫生服务
 *   经费人均财政补助标准分别再提高30元和5元 gives 居民医保 30元.) Issue 10 added: 城乡 → 城镇/农村, two-character
 *   heads sharing a tail (城镇、农村居民…; 一产、二产、三产增加值), compact 一二三产, 单位…生产总值 shared, a
 *   growth named at the end shared, and a modifier after the last figure qualifying each;
 * - `由A提高到B`, `从A降至B`, `现行16%的税率降至13%`: B only, with A as its `baseline` ({@link changeStart},
 *   {@link heldLevelName});
 * - counts of the document's own parts (以下8个方面, 提出6项指标), names (50人论坛), restatements
 *   (5%左右的预期目标), age brackets and sentences opening on a past period are no targets ({@link isNoTarget});
 * - every target gets `horizon` (horizon.ts) and `basis` (basis.ts).
 */
function findFigureTargets(text: string, planYear: number | null, heading: string, reading: Reading = 'targets'): FoundTarget[] {
  const framed = PAST_FRAME.test(text);
  const found: FoundTarget[] = [];
  const figures = scanFigures(text);
  let consumed = 0;
  let pending: PendingChange | null = null;
  let carried: { metric: string; sentence: number } | null = null;
  for (let k = 0; k < figures.length; k++) {
    const figure = figures[k];
    const nextStart = k + 1 < figures.length ? figures[k + 1].start : text.length;
    let cStart = clauseStart(text, figure.start, CLAUSE_CAP);
    // 优良天数比例≥ 85%: a space after a comparison symbol is no clause break
    if (text[cStart - 1] === ' ' && '≥≤⩾⩽><＞＜'.includes(text[cStart - 2] ?? '')) cStart = clauseStart(text, cStart - 2, CLAUSE_CAP);
    const from = Math.max(cStart, consumed, figure.start - SUBJECT_CAP);
    const suffixEnd = readSuffixModifier(text, figure.end)?.end ?? figure.end;
    consumed = suffixEnd;
    // in damaged text a lost character often swallowed a clause break: a subject never reaches across □
    const lost = lastIndexIn(text, LOST, from, figure.start);
    const subjectFrom = lost >= 0 ? lost + 1 : from;
    const back = looksBack(text, figure, cStart, planYear);
    if (reading === 'targets' && (back.lookingBack || back.forecast)) continue;
    // results reading: `…1102284万元，按可比价格计算，比上年增长9.3%` gives the growth of the measure before
    const deltaGrowth = reading === 'results' && isDeltaGrowth(text, subjectFrom, figure);
    if (!deltaGrowth && isNoTarget(text, figure, cStart, subjectFrom)) continue;
    const flags = reading === 'results' ? { lookingBack: framed || back.lookingBack, forecast: back.forecast } : {};
    const fromWord = changeStart(text, subjectFrom, figure, suffixEnd);
    if (fromWord >= 0) {
      const before = readSubject(text, subjectFrom, fromWord);
      pending = {
        metric: subjectMetric(text.slice(before.start, before.end), [], figure.unit), start: before.textStart, clause: cStart,
        baseline: { value: figure.damaged ? null : figure.value, unit: figure.unit, text: text.slice(figure.start, suffixEnd) },
      };
      continue;
    }
    // 现行16%的税率降至13%: a level followed by 的 + the measure + a verb to a new level is the new level's baseline
    const heldLevel = heldLevelName(text, figure, suffixEnd, nextStart, figures[k + 1]);
    if (heldLevel !== null) {
      pending = {
        metric: heldLevel, start: figure.start, clause: cStart,
        baseline: { value: figure.damaged ? null : figure.value, unit: figure.unit, text: text.slice(figure.start, suffixEnd) },
      };
      continue;
    }
    const subject = readSubject(text, subjectFrom, figure.start);
    if (figure.lostOnly && !PERCENT_UNITS.has(figure.unit) && subject.trailWords.length === 0) continue;
    let metric = deltaGrowth ? '' : subjectMetric(text.slice(subject.start, subject.end), subject.trailWords, figure.unit);
    if (metric.length < 2) metric = '';
    // 完成重点湖泊排污□0%: the lost character (with a digit) may have ended the name: keep the cut visible
    if (metric !== '' && figure.damaged && text[figure.start] === LOST && subject.end === figure.start &&
      isChinese(text[figure.start - 1])) {
      metric += LOST;
    }
    let start = subject.textStart;
    let end = suffixEnd;
    // the measure is named after the figure when the words before it are examples (望城路等15条主干道路),
    // an attribute (涉及…发展的93个重点项目) or a name the figure sizes (大唐700万吨露天矿, 沿河5.3公里道路)
    if (metric !== '' && namedAfter(text, figure, suffixEnd, subject.trailWords.length > 0)) {
      const object = readObject(text, suffixEnd, nextStart);
      const named = tidyMetricName(text.slice(object.start, object.end));
      if (named.length >= 2 && !GENERIC_NOUNS.has(named)) {
        metric = named;
        end = Math.max(object.end, suffixEnd);
        consumed = end;
      }
    }
    let baseline: TargetBaseline | null = null;
    if (pending !== null && pending.clause === cStart && (metric === '' || metric === pending.metric)) {
      if (pending.metric !== '') {
        metric = pending.metric;
        start = pending.start;
      }
      baseline = pending.baseline;
    }
    pending = null;
    if (metric === '') {
      const object = readObject(text, suffixEnd, nextStart);
      metric = tidyMetricName(text.slice(object.start, object.end));
      if (metric.length < 2 || GENERIC_NOUNS.has(metric)) metric = '';
      if (metric === '' && subject.verbStart > subject.start) {
        // 固定资产投资完成194亿元: nothing after the figure, so the words before the verb name the measure
        // 职业技能培训3万余人次, 农村危房改造3000户: a verb that names the work is part of the measure
        const verb = text.slice(subject.verbStart, figure.start).trim();
        metric = tidyMetricName(text.slice(subject.start, NAMING_VERBS.has(verb) ? figure.start : subject.verbStart));
        if (metric.length < 2) metric = '';
      } else if (subject.verbStart >= 0) {
        start = subject.verbStart;
      }
      end = Math.max(object.end, suffixEnd);
      consumed = end;
    }
    // 地区生产总值增长8%，达到296亿元: a clause with no measure of its own continues the previous one's
    if (metric === '' && carried !== null && carried.sentence === sentenceStart(text, figure.start, SENTENCE_CAP)) {
      metric = subjectMetric(carried.metric, subject.trailWords, figure.unit);
      start = subject.textStart;
      end = suffixEnd;
      consumed = end;
    }
    // 拟连续几年发行超长期特别国债，…，今年先发行1万亿元: the verb names its object earlier in the sentence
    if (metric === '' && subject.leadVerbs.length > 0) {
      metric = earlierObject(text, subject.leadVerbs[subject.leadVerbs.length - 1], subject.start, nextStart);
      if (metric !== '') {
        start = subject.textStart;
        end = suffixEnd;
        consumed = end;
      }
    }
    if (metric === '') continue;
    const newStock = newStockName(metric, figure.unit);
    if (newStock !== null) metric = newStock;
    // 提出N项指标 / 预期性指标19项 / 包括13个预期性指标: the count of the plan's own indicators
    if (/^(?:预期性|约束性|主要|核心)?指标$/.test(metric) && (figure.unit === '项' || figure.unit === '个')) continue;
    if (start > figure.start) start = figure.start;
    carried = { metric: metric.replace(/增长$/, ''), sentence: sentenceStart(text, figure.start, SENTENCE_CAP) };
    if (carried.metric.length < 2) carried = null;

    const sentence = text.slice(sentenceStart(text, figure.start, SENTENCE_CAP), figure.start);
    const common = {
      aspirational: isAspirationalAt(text, figure.start, SENTENCE_CAP),
      direction: subject.direction ?? (metric.endsWith('增长') ? 'increase' as const : null),
      horizon: readHorizon(sentence, metric, planYear, heading),
      baseline,
    };
    if (baseline !== null && baseline.value !== null && figure.value !== null && common.direction === null) {
      common.direction = figure.value > baseline.value ? 'increase' : figure.value < baseline.value ? 'decrease' : null;
    }
    const basisWords = [...(newStock !== null ? ['新增'] : []), ...subject.leadVerbs, ...subject.trailWords, ...(subject.verbStart >= 0 ? [text.slice(subject.verbStart, figure.start)] : [])];
    const chain = chainedFigures(text, figures, k);
    const names = respectiveNames(metric.split(/和|、|及/).map(tidyMetricName), chain.length);
    if (chain.length > 1 && names.length === chain.length && names.every((n) => n.length >= 2)) {
      // 分别增长5%、6.5%左右: a modifier word after the last figure qualifies every figure of the chain
      const shared = readSuffixModifier(text, chain[chain.length - 1].end)?.modifier ?? null;
      chain.forEach((f, i) => {
        const fEnd = readSuffixModifier(text, f.end)?.end ?? f.end;
        const target = { ...figureTarget(text, f, i === 0 ? start : f.start, fEnd, names[i], subject.trailWords, common, planYear), ...flags };
        if (shared !== null && target.modifier === 'exact') target.modifier = shared;
        target.basis = readBasis(basisWords, names[i], f.unit);
        found.push(target);
        consumed = fEnd;
      });
      k += chain.length - 1;
      continue;
    }
    const target = { ...figureTarget(text, figure, start, end, metric, subject.trailWords, common, planYear), ...flags };
    target.basis = readBasis(basisWords, metric, figure.unit);
    found.push(target);
  }
  return found;
}

/** Units that count things of a stock (家, 所, 套 …): `新增N套X` adds to the stock of X. */
const THING_UNITS = /^(?:万|千|亿)?(?:家|个|所|座|套|辆|台|条|处|艘|架|栋|张|床|项|户|只|株)$/;

/**
 * The stock a `新增X N家` target adds to: 新增城镇保障性住房1.2万套 → 城镇保障性住房, 新增经营主体1000余家 → 经营主体.
 * Only for counts of things: 新增政府债务总规模 (万亿元), 新增城镇就业 (人) and 新增就业岗位 are flows named with 新增,
 * measured as such each year, and keep their names. Output: the stock's name, or null when the rule does not apply.
 */
function newStockName(metric: string, unit: string): string | null {
  // 计划新增投运新能源公交车500辆: a plan word before 新增 (计划/预计/拟) is no part of the name either (计划投资 stays:
  // there 计划 names the planned amount, and no 新增 follows)
  const stated = metric.replace(/^(?:计划|预计|拟)(?=新增)/, '');
  if (!stated.startsWith('新增') || !THING_UNITS.test(unit)) return null;
  // 新增投运新能源公交车500辆: what is done to the new ones (put into service, built …) is not the stock's name
  const rest = stated.slice(2).replace(NEW_STOCK_VERB, '');
  return rest.length >= 3 && !/就业|岗位/.test(rest) ? rest : null;
}

/** Verbs between 新增 and the stock (新增投运/建成/投产/开通… X N辆): dropped from the stock's name. */
const NEW_STOCK_VERB = /^(?:投入运营|投入使用|投运|投用|投产|建成|开通|上线|建设|认定|培育|引进)/;

/** Verbs before a figure that name the work counted (培训 N万人次 counts training), kept in the measure. */
const NAMING_VERBS = new Set(['培训', '改造']);

/** Words that open a change from a level (从4.2%…, 由60.2%…); 由于/自由/理由/经由 are other words. */
function isChangeWord(text: string, at: number): boolean {
  if (text[at] === '从') return true;
  return text[at] === '由' && text[at + 1] !== '于' && !'自理经缘'.includes(text[at - 1] ?? '');
}

/**
 * Where the 从/由 opening a change from this figure stands (`企业综合融资成本从4.2%降至3.9%`,
 * `基础养老金最低标准由每人每月180元提高到200元`), or -1. The word sits at most 8 characters before the figure
 * (每人每月, 2020年的) in its clause; a 由 needs a verb to a new level after the figure (提高到, 降至, 到).
 */
function changeStart(text: string, from: number, figure: Figure, suffixEnd: number): number {
  for (let at = figure.start - 1; at >= Math.max(from, figure.start - 9); at--) {
    if (!isChangeWord(text, at)) continue;
    const toNext = CHANGE_TO.test(text.slice(suffixEnd, suffixEnd + 8));
    return text[at] === '从' || toNext ? at : -1;
  }
  return -1;
}

/** Verbs from a held level to a new one (现行16%的税率降至13%). */
const LEVEL_VERBS = /^(?:降至|降到|降低至|降低到|下调至|下调到|下调为|调整为|调整到|调整至|提高到|提高至|上调至|上调到|上调为|提升至|提升到|增至|减至)$/;

/**
 * The measure a held level names when `现行16%的税率降至13%` says that the level is the old one: the figure is
 * followed by 的, a name of at most 8 characters, a verb to a new level and the next figure right after it.
 * Output: the normalised name (税率), or null when the pattern does not hold.
 */
function heldLevelName(text: string, figure: Figure, suffixEnd: number, nextStart: number, next: Figure | undefined): string | null {
  if (text[suffixEnd] !== '的' || next === undefined) return null;
  const between = text.slice(suffixEnd + 1, nextStart);
  if (between.length > 14 || /[，,；;。：:、]/.test(between)) return null;
  for (let cut = 1; cut < between.length; cut++) {
    if (LEVEL_VERBS.test(between.slice(cut))) {
      const name = tidyMetricName(between.slice(0, cut));
      return name.length >= 1 ? name : null;
    }
  }
  return null;
}

/**
 * Nouns after a count that make it a count of the document's own parts or a name (以下8个方面, 50人论坛,
 * `等5个方面细化提出22项主要指标` in a 2026 report's five-year chapter, 安徽 2026 `构建1小时通勤圈`).
 */
const PART_OR_NAME_AFTER = /^(?:个)?(?:方面|篇章|维度|任务举措|论坛|峰会|俱乐部|主要指标|件民生实事|民生实事|通勤圈|生活圈|经济圈|交通圈|服务圈)/;

/** `5%左右的预期目标与…衔接`: the figure restates a target as the name of that target, not a new one. */
const RESTATED_AFTER = /^的?(?:预期|增长|年度|发展)?目标/;

/**
 * Whether a figure is no target whatever its wording (forecasts and past results: {@link looksBack}): the unit size of a
 * project (2×35万千瓦), a rank written as a count (前3名, read by rank.ts), a total (共27项), the change of
 * the figure before it (`、比上年增加1.1万亿元`) or the population of the country as the owner of what follows
 * (`保障好14亿人的粮食安全`, 政府工作报告 2021: 亿人 + 的; a count of people a measure reaches, as in
 * 解决N万人的饮水问题 or 参保人数达到10亿人, stays a target).
 */
function isNoTarget(text: string, figure: Figure, cStart: number, subjectFrom: number): boolean {
  const clause = text.slice(cStart, figure.start);
  const before = text[figure.start - 1];
  const after = text.slice(figure.end, figure.end + 12);
  if (PART_OR_NAME_AFTER.test(after) || (figure.unit === '个' && /^方面/.test(after))) return true;
  // 提出6项指标, 围绕增速、结构、效率提出5项指标 (辽宁, 广西 2026): the count of the plan's own indicators
  if (figure.unit === '项' && /^(?:主要|预期性|约束性|核心)?指标(?!值)/.test(after)) return true;
  if (/以下$|下列$|如下$/.test(clause) && /^(?:个|项|大|方面)/.test(figure.unit + after)) return true;
  const suffixEnd = readSuffixModifier(text, figure.end)?.end ?? figure.end;
  if (RESTATED_AFTER.test(text.slice(suffixEnd, suffixEnd + 8))) return true;
  // 3岁以下婴幼儿照护费用… (2022): an age bracket naming whom a measure is for, not a target
  if (figure.unit === '岁' && suffixEnd !== figure.end && isChinese(text[suffixEnd])) return true;
  if (figure.unit === '亿人' && text[figure.end] === '的') return true;
  if (before === '×' || before === '*' || (before === '前' && figure.unit === '名')) return true;
  const segment = text.slice(subjectFrom, figure.start);
  if (/^[、，,]?共$/.test(segment)) return true;
  const part = segment.slice(Math.max(segment.lastIndexOf('、'), segment.lastIndexOf('，'), segment.lastIndexOf(',')) + 1);
  return DELTA_START.test(part);
}

/**
 * Whether a figure looks back or forecasts rather than sets a target: its clause says 预计 (forecast) or names a
 * past year (去年, 2024年 in a 2025 plan: {@link isPastResult}), or its sentence opens on a past period
 * (过去五年, 十四五时期 in a 2026 plan). Input: text, the figure, its clause start, the plan's year.
 */
function looksBack(text: string, figure: Figure, cStart: number, planYear: number | null): { lookingBack: boolean; forecast: boolean } {
  const clause = text.slice(cStart, figure.start);
  const sentence = text.slice(sentenceStart(text, figure.start, SENTENCE_CAP), figure.start);
  return {
    forecast: clause.includes('预计'),
    lookingBack: isPastResult(clause, planYear) || PAST_FRAME.test(sentence) || isPastPeriod(sentence, planYear),
  };
}

/** `比上年增长9.3%`, `较上年下降2.1%`: a change in percent against the year before, no measure of its own. */
const DELTA_GROWTH = /(?:^|[、，,])(?:按可比价格计算)?(?:比|较)(?:上年|去年|上年同期|上一年)(?:同期)?(?:分别)?(?:增长|下降|提高|降低|减少|增加|上升)$/;

/**
 * Whether a figure is a percent change against the previous year with no measure named in its clause
 * (`生产总值1102284万元，按可比价格计算，比上年增长9.3%`): in a report of results it is the growth of the
 * measure named before it in the sentence, which the carried-measure rule then names (生产总值增长).
 */
function isDeltaGrowth(text: string, subjectFrom: number, figure: Figure): boolean {
  return figure.unit === '%' && DELTA_GROWTH.test(text.slice(subjectFrom, figure.start));
}

/** A text that opens by looking back (过去五年，…; 这五年，…; 去年…) reports results even where its section plans. */
export const PAST_FRAME = /^\s*(?:过去(?:一|两|三|五|几|十)?年|(?:一|五|几)年来|这(?:一|五|几)年|去年|上年|20\d\d年以来)/;

/**
 * Whether a sentence opens on a five-year period that ended before the plan's year (`“十四五”时期，…` or
 * `十四五以来` in a 2026 report): what follows are that period's results.
 */
export function isPastPeriod(sentence: string, planYear: number | null): boolean {
  if (planYear === null) return false;
  const opening = /^\s*[“"]?十[一二三四五六]五[”"]?(?:时期|期间|以来|期)/.exec(sentence);
  if (opening === null) return false;
  const end = namedPeriodEnd(opening[0]);
  return end !== null && end < planYear;
}

/** 去年 / 上年 / 过去一年 not after 比/较 (比上年 is a base, not a past result) nor inside 以上年… */
const PAST_WORD = /(?:^|[^比较以])(?:去年|上年|过去一年|前年)/;
const YEAR = /(?:^|[^比较到至\d])(\d{4})年(?![底末前内\d])/g;

/**
 * Whether a clause (up to the figure) reports a past result inside a plan section: it names 去年/上年 or a
 * year before the plan's year (2023年全国粮食产量达到1.39万亿斤 in a 2024 plan), other than as a base
 * of comparison (比上年, 比2020年) or an end point (到2025年).
 */
export function isPastResult(clausePrefix: string, planYear: number | null): boolean {
  if (PAST_WORD.test(clausePrefix)) return true;
  if (planYear === null) return false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(clausePrefix); m !== null; m = YEAR.exec(clausePrefix)) {
    if (Number(m[1]) < planYear) return true;
  }
  return false;
}

/**
 * Words that may follow a figure named before it without naming a measure: a predicate (赤字率拟按3%安排,
 * 超长期特别国债3000亿元支持消费品以旧换新) rather than the noun the figure sizes.
 */
const AFTER_FIGURE_PREDICATES = [
  '安排', '用于', '专项用于', '重点用于', '主要用于', '支持', '完成', '进行', '投入', '建成', '投产', '开工', '加强',
  '推动', '推进', '实施', '促进', '保障', '补充', '带动', '撬动', '以上', '左右',
];

/** Nouns after a figure that name no measure (加计扣除75%政策, 应纳税所得额100万元至300万元部分). */
const GENERIC_NOUNS = new Set(['部分', '政策', '水平', '标准', '范围', '之间', '规模', '目标', '任务', '左右', '台阶', '新台阶', '大关']);

/**
 * Whether the figure's measure is named after it rather than before: the subject ends with 等 or 的, or
 * (no verb or modifier word between subject and figure) a noun follows the figure directly.
 */
function namedAfter(text: string, figure: Figure, suffixEnd: number, hasTrailWords: boolean): boolean {
  const before = text[figure.start - 1];
  if (before === '等' || before === '的') return true;
  // a ratio is read off its subject (森林覆盖率24.1%): a noun after it is what the ratio applies to
  if (hasTrailWords || suffixEnd !== figure.end || figure.unit === '%') return false;
  const next = text[suffixEnd];
  if (next === undefined || next < '\u4e00' || next > '\u9fff' || '的和及与等'.includes(next)) return false;
  return !AFTER_FIGURE_PREDICATES.some((w) => text.startsWith(w, suffixEnd));
}

/**
 * The last start of `word` inside `text.slice(from, to)` (the whole word inside), or -1. Bounded to the
 * range, unlike `lastIndexOf`, so a search per figure stays linear in the text overall.
 */
function lastIndexIn(text: string, word: string, from: number, to: number): number {
  for (let k = to - word.length; k >= from; k--) if (text.startsWith(word, k)) return k;
  return -1;
}

/**
 * The object of `verb` where the sentence used it before `pos` (…发行超长期特别国债，… → 超长期特别国债), or ''.
 * Input: text, the verb, the position to look back from, the next figure's start (objects stop there).
 */
function earlierObject(text: string, verb: string, pos: number, limit: number): string {
  const from = sentenceStart(text, pos, SENTENCE_CAP);
  const at = lastIndexIn(text, verb, from, pos - verb.length);
  if (at < 0) return '';
  const object = readObject(text, at + verb.length, Math.min(limit, pos));
  const name = tidyMetricName(text.slice(object.start, object.end));
  return name.length >= 2 ? name : '';
}

/** A rate at the end of a name (参保率, 覆盖率, 利用率): the head noun shared by the measures before it. */
const SHARED_RATE = /[^和、及]{2}率$/;

/**
 * The names of chained measures, with a rate named once at the end given to each:
 * `城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上` (海拉尔 2013) names 城乡居民参加养老保险参保率
 * and 基本医疗保险参保率. Only a rate is shared this way; another head stays with the last name (居民医保 30元,
 * see {@link findFigureTargets}). Input: the names split at 和/、/及. Output: the names, same length.
 */
function respectiveNames(names: string[], figures: number): string[] {
  // 城乡居民人均可支配收入分别增长6%左右和7%左右: 城乡 pairs 城镇 and 农村
  if (names.length === 1 && figures === 2 && names[0].includes('城乡')) {
    return [names[0].replace('城乡', '城镇'), names[0].replace('城乡', '农村')];
  }
  // 一二三产增加值分别增长3.5%左右、6%左右、5%左右 (贵州 2026): one numeral per figure before 产
  const compact = /^([一二三])([一二三]{1,2})产/.exec(names[0]);
  if (names.length === 1 && compact !== null && compact[1].length + compact[2].length === figures) {
    const rest = names[0].slice(compact[0].length);
    return [...compact[1], ...compact[2]].map((n) => `${n}产${rest}`);
  }
  // 城镇、农村居民人均可支配收入分别增长…, 一产、二产、三产增加值分别增长…: short heads share the last name's tail
  // (two-character heads only: 制造业、数字经济核心产业增加值 shares no head of the same length)
  if (names.length >= 2 && names.slice(0, -1).every((n) => n.length === 2)) {
    const last = names[names.length - 1];
    const head = names[0].length;
    if (last.length > head + 1 && names.slice(0, -1).every((n) => n.length === head)) {
      const tail = last.slice(head);
      return names.map((n, i) => (i === names.length - 1 ? last : `${n}${tail}`));
    }
  }
  // 单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18% (2021): the 单位…生产总值 of the first is every one's
  const per = /^单位(?:国内|地区)?生产总值/.exec(names[0])?.[0];
  if (per !== undefined && names.length >= 2 && names.slice(1).every((n) => n.length >= 2 && !n.startsWith('单位'))) {
    return names.map((n, i) => (i === 0 ? n : `${per}${n}`));
  }
  // 省外游客、入境过夜游客分别增长10%、35%以上: the growth named once at the end is every measure's
  const last = names[names.length - 1];
  if (names.length >= 2 && last.endsWith('增长') && names.slice(0, -1).every((n) => n.length >= 2 && !n.endsWith('增长'))) {
    return names.map((n, i) => (i === names.length - 1 ? n : `${n}增长`));
  }
  const head = SHARED_RATE.exec(last)?.[0];
  if (head === undefined || names.length < 2) return names;
  return names.map((n, i) => (i === names.length - 1 || n.endsWith('率') || n.length < 2 ? n : `${n}${head}`));
}

/** The figures chained to figures[k] by `、` or `和` (13.5%、18%; 30元和5元), figures[k] first; [] when none follows. */
function chainedFigures(text: string, figures: Figure[], k: number): Figure[] {
  const chain = [figures[k]];
  let end = readSuffixModifier(text, figures[k].end)?.end ?? figures[k].end;
  for (let j = k + 1; j < figures.length && '、和及'.includes(text[end]) && figures[j].start === end + 1; j++) {
    chain.push(figures[j]);
    end = readSuffixModifier(text, figures[j].end)?.end ?? figures[j].end;
  }
  return chain.length > 1 ? chain : [];
}

function figureTarget(
  text: string, figure: Figure, start: number, end: number, metric: string, trailWords: readonly string[],
  common: { aspirational: boolean; direction: 'increase' | 'decrease' | null; horizon: TargetHorizon; baseline: TargetBaseline | null },
  planYear: number | null,
): FoundTarget {
  const suffix = readSuffixModifier(text, figure.end);
  const modifier: Modifier = figure.range
    ? 'range'
    : suffix?.modifier ?? prefixModifier(trailWords) ?? (figure.more ? 'at_least' : 'exact');
  const deadline = governingDeadline(text, figure.start, end, planYear);
  return {
    start, end, metric,
    value: figure.damaged ? null : figure.value,
    low: figure.damaged ? null : figure.low,
    high: figure.damaged ? null : figure.high,
    unit: figure.unit,
    modifier,
    ...common,
    deadline: deadline?.text ?? null,
    deadlineDate: deadline?.date ?? null,
    damaged: figure.damaged,
    basis: 'level',
  };
}

/** Whether `c` is a CJK unified ideograph (U+4E00–U+9FFF). */
function isChinese(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

/** Whether the `、` at `pos` sits inside a parenthesis (`县(市、区)`, also when its opening was lost). */
function insideParenthesis(text: string, pos: number, limit: number): boolean {
  for (let k = pos + 1; k < limit; k++) {
    const c = text[k];
    if (c === ')' || c === '）') return true;
    if (c === '(' || c === '（' || isClauseBreak(c)) return false;
  }
  return false;
}

/**
 * The object a count is about when the figure follows its verb (完成1571个行政村环境整治): from `from`
 * to the clause end, the next figure, a `(牵头单位` note or a `、` outside parentheses.
 */
function readObject(text: string, from: number, limit: number): { start: number; end: number } {
  const start = text[from] === '的' ? from + 1 : from;
  const cap = Math.min(limit, start + OBJECT_CAP);
  let end = start;
  while (end < cap) {
    const c = text[end];
    if (c === LOST && end > start) {
      if (cutAtLost(text, end)) end++;
      break;
    }
    if (isClauseBreak(c)) break;
    if ((c === '(' || c === '（') && (text.startsWith('牵头', end + 1) || text.startsWith('责任', end + 1))) break;
    if (c === '、' && !insideParenthesis(text, end, cap)) break;
    if (end > start && OBJECT_PREDICATES.some((w) => text.startsWith(w, end))) break;
    end++;
  }
  while (end > start && '和及与、等'.includes(text[end - 1])) end--;
  for (const tail of OBJECT_FILLER_TAILS) {
    if (end - start > tail.length + 1 && text.startsWith(tail, end - tail.length)) {
      end -= tail.length;
      break;
    }
  }
  return { start, end };
}

/**
 * Words that end the object of a figure: what is done with it, how or when (大唐700万吨露天矿完成核准 → 露天矿,
 * 68公里二级和三级管网改造等工程按时完工 → 二级和三级管网改造等工程,
 * 400万吨褐煤提质建成投产 → 褐煤提质, 7个耕地土壤污染成因排查项目实施 → 耕地土壤污染成因排查项目,
 * 6万平方米主力店年内完工 → 主力店). Read in 海拉尔 2013–2015 and 湖北 2024.
 */
const OBJECT_PREDICATES = [
  '按时', '按期', '如期', '完成', '建成', '投产', '开工', '完工', '竣工', '实施', '投入使用', '投入运营', '正式运营', '年内', '年底',
  '一季度', '二季度', '三季度', '四季度', '上半年', '下半年',
];

/**
 * Filler nouns at the end of an object, longest first (22个国家级自然保护区成效自评估工作 → …成效自评估,
 * 大唐700万吨露天矿前期工作 → 露天矿).
 */
const OBJECT_FILLER_TAILS = ['前期工作', '工作'];

/**
 * Whether the □ at `pos` cut a name (`完□5%的整治任□验收销号比例…` in 湖北 2024: the lost character ended
 * 整治任务): the character before it is Chinese and the one after it is neither a digit nor □. The scrape
 * lost a character with the ASCII character after it, so a □ before a digit more likely stood for a
 * separator plus a figure's first digit (环境整治□23条): there the name ends before the □.
 */
function cutAtLost(text: string, pos: number): boolean {
  const before = text[pos - 1];
  const after = text[pos + 1];
  return isChinese(before) && after !== undefined && !(after >= '0' && after <= '9') && after !== LOST;
}

/**
 * Reads every target of one text: figures with their subject or object, modifier, direction, deadline,
 * plus ranks (列…第一位), the qualitative (达到国家考核目标要求) and no-target (不设…目标) statements.
 * Input: the task's normalised text and the plan's year. Output: targets in text order, local offsets.
 * A text that opens by looking back (过去五年，… / 去年…) gives [] even in a plan section: it reports results.
 * With `reading = 'results'` it reads figures only (no ranks or worded statements) and keeps past and forecast
 * figures, flagged `lookingBack` / `forecast`: the results reader (results/*.ts) reads the same figures the same way.
 * Never throws; linear in the text's length (every look-around is capped).
 */
export function findTargets(text: string, planYear: number | null, heading = '', reading: Reading = 'targets'): FoundTarget[] {
  if (reading === 'results') return findFigureTargets(text, planYear, heading, 'results');
  if (PAST_FRAME.test(text)) return [];
  const found: FoundTarget[] = [...findFigureTargets(text, planYear, heading)];
  const horizonAt = (pos: number, metric: string): TargetHorizon =>
    readHorizon(text.slice(sentenceStart(text, pos, SENTENCE_CAP), pos), metric, planYear, heading);
  for (const rank of findRanks(text)) {
    const deadline = governingDeadline(text, rank.start, rank.end, planYear);
    found.push({
      start: rank.start, end: rank.end, metric: rank.metric,
      value: rank.value, low: null, high: null, unit: null,
      modifier: rank.modifier,
      aspirational: isAspirationalAt(text, rank.end, SENTENCE_CAP),
      direction: null,
      deadline: deadline?.text ?? null,
      deadlineDate: deadline?.date ?? null,
      damaged: false,
      basis: 'level', horizon: horizonAt(rank.start, rank.metric), baseline: null,
    });
  }
  // the main-target paragraph's own reading wins over the generic one where both read a clause
  const main = findMainTargetStatements(text);
  const statements = [...main, ...findStatements(text).filter((g) => !main.some((s) => s.start < g.end && g.start < s.end))];
  for (const statement of statements) {
    const deadline = governingDeadline(text, statement.start, statement.end, planYear);
    found.push({
      start: statement.start, end: statement.end, metric: statement.metric,
      value: null, low: null, high: null, unit: null,
      modifier: statement.modifier,
      aspirational: statement.aspirational ?? isAspirationalAt(text, statement.start, SENTENCE_CAP),
      direction: statement.direction ?? null,
      deadline: deadline?.text ?? null,
      deadlineDate: deadline?.date ?? null,
      damaged: false,
      basis: 'level', horizon: horizonAt(statement.start, statement.metric), baseline: null,
    });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
