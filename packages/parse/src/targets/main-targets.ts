import { tidyMetricName, readSubject } from './metric.js';
import type { Statement } from './statements.js';

/**
 * Targets stated in words inside the paragraph of the year's main targets (`主要预期目标是：…`), read the
 * way the 2026 provincial reports write them: `居民收入增长和经济增长同步`, `单位地区生产总值能耗进一步下降`,
 * `固定资产投资实现正增长`, `粮食产量保持稳定`, `碳排放双控完成国家下达任务`, `完成国家下达的节能降碳任务`.
 * Only there: the same words elsewhere in a task (进一步提高服务水平) are work, not targets. A clause with a
 * figure is left to the figure reader; the clauses that only urge (在实际工作中努力争取更好结果, 努力跑赢全国)
 * give nothing.
 */

/** Opens the main-target paragraph: 主要预期目标是： / 预期目标为： / 主要目标是：. */
const OPENING = /(?:主要)?(?:预期)?目标(?:是|为)?[：:]/g;
/** A sentence that comments on the targets rather than setting one ends the paragraph. */
const AFTERWORD = /^(?:这些|上述|以上|实现这些|确定这些|这一|主要考虑|综合考虑|重点|具体|为此|围绕|做好|今年|各位代表)/;
const CLAUSE = /[^，,；;。！？\n]+/g;
const HAS_FIGURE = /[0-9]|百分之|千分之|[一二两三四五六七八九十]个百分点/;
/** Clauses that urge, compare or explain without setting a target. */
const NO_TARGET = /更好结果|更好成绩|跑赢|差距|优势|位次|更优|考虑|努力|统筹兼顾/;

interface WordRule {
  /** matched against the clause; the measure is the text before the match unless `inner` names it */
  pattern: RegExp;
  direction: 'increase' | 'decrease' | null;
}

/** The rules, each with the sentence it was read from. */
const RULES: WordRule[] = [
  // 居民收入增长和经济增长同步 (北京, 福建…), 居民人均可支配收入增长与经济增长基本同步 (辽宁)
  { pattern: /(?:和|与|同)经济(?:增长|发展)(?:保持)?(?:基本)?同步$/, direction: null },
  // 全员劳动生产率增速高于地区生产总值增速 (安徽), 居民收入增速高于经济增速 (湖南)
  { pattern: /(?:高于|快于)(?:全国平均水平|全国|经济增速|经济增长|地区生产总值增速|生产总值增速|全部投资增速|城镇居民收入增速)$/, direction: 'increase' },
  // 固定资产投资增速保持在全国平均水平以上 (陕西)
  { pattern: /保持在全国平均水平以上$/, direction: null },
  // 单位地区生产总值能耗进一步下降
  // 主要污染物排放量继续下降 (2022 政府工作报告)
  { pattern: /(?:进一步|持续|继续|稳步|有所)(?:下降|降低|减少)$/, direction: 'decrease' },
  // 合理回升, 稳中有升, 实现正增长 (湖南), 粮食产量只增不减 (广西), 稳步提升 (安徽)
  { pattern: /(?:合理回升|稳中有升|稳中有进|稳步提升|持续提升|稳步提高|稳步增长|实现正增长|只增不减)$/, direction: 'increase' },
  // 粮食产量保持稳定 (江苏), 居民消费价格保持合理水平 (山东), 生态环境质量保持优良 (海南), 进出口稳量提质 (河南)
  {
    // 进出口保稳提质, 国际收支基本平衡, 生态环境质量稳定改善 (政府工作报告 2022–2025)
    pattern: /(?:保持(?:总体)?稳定|基本稳定|保持合理水平|保持在合理水平|提质增效|稳量提质|量稳质升|保稳提质|促稳提质|稳中提质|持续改善|稳定改善|进一步改善|总体改善|持续好转|稳中向好|保持优良|保持优秀水平|保持全国前列|总体平稳|(?:保持)?基本平衡)$/,
    direction: null,
  },
  // 碳排放双控完成国家下达任务 (海南), 减排降碳控制在国家下达目标内 (广西), 能源、水资源、碳排放等指标达到国家要求 (北京)
  {
    pattern: /(?:全面)?(?:完成|达到|控制在|实现)(?:经)?(?:国家|省|上级)[^，,；;。]{0,32}?(?:目标任务|约束性指标|任务|目标|指标|要求|目标内|进度)$/,
    direction: null,
  },
  // 单位生产总值二氧化碳排放降低目标与国家“十五五”考核目标统筹衔接 (河南)
  { pattern: /与[^，,；;。]{0,20}目标(?:统筹)?衔接$/, direction: null },
  // 长江、黄河、澜沧江省境内干流全线水质稳定保持在Ⅱ类及以上 (青海): a water-quality class to hold
  { pattern: /(?:稳定)?(?:保持|达到)(?:在)?(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|I|II|III|IV|V)类(?:及以上|以上|水质)?$/, direction: null },
  // …二氧化碳排放完成目标任务 (新疆), 节能降碳等指标全面完成任务 (宁夏)
  { pattern: /(?:全面)?完成(?:年度)?(?:目标)?任务$/, direction: null },
];

/** `完成国家下达的X任务` with nothing before it: the measure is X + its noun (节能降碳任务). */
const INNER = /^(?:全面)?(?:完成|达到|实现)(?:国家|省|上级)(?:下达)?(?:的|我省)?([^，,；;。]{2,40}?(?:目标任务|约束性指标|任务|目标|指标))$/;

/** `提高居民基础养老金` (吉林 2026): a change verb first, the measure after it, nothing else in the clause. */
const VERB_FIRST = /^(提高|提升|增加|降低|减少|压减)([^，,；;。、]{2,12})$/;

/** A heading line (一、 / （一） / 1. / 第…) ends a list of targets written one a line. */
const HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+)/;

/**
 * The end of a list of targets written one a line after an opening that ends its own line: the lines that
 * follow while they end with ；/，/、 (the list goes on), up to and with the first that ends with 。, before a
 * heading, or after 20 lines. Input: text and the opening line's end. Output: the list's end offset.
 */
function listEnd(text: string, from: number): number {
  let end = from;
  for (let n = 0; n < 20 && end < text.length; n++) {
    const lineStart = end + 1;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const body = text.slice(lineStart, lineEnd).trim();
    if (body === '' || HEADING_LINE.test(body)) break;
    end = lineEnd;
    if (!/[；;，,、]$/.test(body)) break;
  }
  return end;
}

/** The ranges `[start, end)` of the main-target paragraphs in `text`. */
function paragraphs(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m !== null; m = OPENING.exec(text)) {
    const start = m.index + m[0].length;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // 主要预期目标是：⏎地区生产总值增长5%左右；⏎…: one target a line, up to the line that ends with 。
    if (text.slice(start, end).trim() === '') end = listEnd(text, end);
    // a sentence that comments on the targets ends the paragraph early
    for (let k = text.indexOf('。', start); k >= 0 && k < end; k = text.indexOf('。', k + 1)) {
      if (AFTERWORD.test(text.slice(k + 1, k + 8))) {
        end = k + 1;
        break;
      }
    }
    found.push([start, end]);
    OPENING.lastIndex = end;
  }
  return found;
}

/**
 * Finds the qualitative targets of the main-target paragraphs of `text`.
 * Input: a task's normalised text. Output: statements (modifier qualitative) in text order, local offsets.
 */
export function findMainTargetStatements(text: string): Statement[] {
  const found: Statement[] = [];
  for (const [from, to] of paragraphs(text)) {
    const part = text.slice(from, to);
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(part); m !== null; m = CLAUSE.exec(part)) {
      const clause = m[0];
      if (HAS_FIGURE.test(clause) || NO_TARGET.test(clause)) continue;
      const start = from + m.index;
      const verbFirst = VERB_FIRST.exec(clause);
      if (verbFirst !== null) {
        const metric = tidyMetricName(verbFirst[2]);
        const direction = /提高|提升|增加/.test(verbFirst[1]) ? 'increase' as const : 'decrease' as const;
        if (metric.length >= 2) found.push({ start, end: start + clause.length, metric, modifier: 'qualitative', direction });
        continue;
      }
      for (const rule of RULES) {
        const hit = rule.pattern.exec(clause);
        if (hit === null) continue;
        let metric: string;
        let metricStart: number;
        let aspirational: boolean | undefined;
        const inner = hit.index === 0 || clause.slice(0, hit.index).trim() === '' ? INNER.exec(clause) : null;
        if (inner !== null) {
          metric = tidyMetricName(inner[1]);
          metricStart = start;
        } else {
          const subject = readSubject(text, start, start + hit.index);
          // the words before the rule's own are the measure as written (居民收入增长 和经济增长同步)
          metric = tidyMetricName(text.slice(subject.start, start + hit.index));
          // 进出口总额争取实现正增长 (山西 2026): 争取 makes the target aspirational, it is no part of the measure
          const striving = /(?:力争|争取|努力)$/.exec(metric);
          if (striving !== null) {
            metric = metric.slice(0, -striving[0].length);
            aspirational = true;
          }
          metricStart = subject.textStart;
        }
        // 居民收入稳步增长 (2021) names the growth indicator, as 居民收入增长5% would
        if (/增长$/.test(hit[0]) && !/增长$/.test(metric)) metric = `${metric}增长`;
        // 单位国内生产总值能耗和主要污染物排放量继续下降 (2023): two measures, one wording each
        const names = rule.direction !== null && inner === null ? metric.split(/和|、/) : [metric];
        const parts = names.every((n) => n.length >= 2) ? names : [metric];
        for (const name of parts) {
          if (name.length >= 2) {
            found.push({ start: metricStart, end: start + clause.length, metric: name, modifier: 'qualitative', direction: rule.direction, aspirational });
          }
        }
        break;
      }
    }
  }
  return found;
}
