import type { Modifier } from '@plandiff/model';
import { clauseStart } from './clause.js';
import { tidyMetricName, readSubject } from './metric.js';

/**
 * Targets stated without a figure:
 * - qualitative: the subject must reach an externally set target, e.g. 国控断面达到国家考核目标要求,
 *   …完成国家下达的目标任务, 主要约束性指标达到上级要求. A bare 完成…目标 (a task's title such as
 *   坚决完成环境质量改善目标) is not one: the phrase must name who sets the target (国家, 省, 上级) or that
 *   it is assessed (考核, 下达, 约束性).
 * - none: the plan says explicitly that it sets no target, e.g. 我们没有提出全年经济增速具体目标 (2020
 *   政府工作报告), 不设GDP增长目标. The measure named between the verb and 目标 becomes the metric. Also
 *   none: 能耗强度目标在“十四五”规划期内统筹考核 (2022 政府工作报告): no target for the year, only the
 *   plan period's, assessed as a whole.
 */

/** A figure-less target, offsets local to the text. */
export interface Statement {
  start: number;
  end: number;
  metric: string;
  modifier: Modifier;
  /** 进一步下降 → decrease, 稳中有升 → increase; absent when the words give none */
  direction?: 'increase' | 'decrease' | null;
  /** set when the statement's own words say 争取/力争 (进出口总额争取实现正增长); absent: read from the sentence */
  aspirational?: boolean;
}

// Bounded alternatives only (no nested unbounded quantifiers): linear on any input.
const QUALITATIVE = /(?:达到|完成|实现|满足)(?:国家和省|国家|省级|省定|省|上级)?(?:下达的?)?(?:考核|年度|约束性)?(?:目标要求|目标任务|指标要求|目标|指标|要求|任务)/g;
const NO_TARGET = /(?:没有提出|不再提出|未提出|不提出|没有设定|不再设定|未设定|不设定|未设置|不设置|不设)([^，,；;。：:、]{0,16}?)目标/g;
/** `能耗强度目标在“十四五”规划期内统筹考核` (2022): no target for this year, the plan period's is assessed instead. */
const PERIOD_ONLY = /([^，,；;。：:、“”]{2,10}?)目标在[^，,；;。]{0,12}?期内统筹考核/g;
const SETTER = /国家|省|上级|考核|下达|约束性/;
const NO_TARGET_TRAIL = /(?:具体|量化|年度|的)+$/;
const SUBJECT_CAP = 100;

/**
 * Finds qualitative and no-target statements in `text`.
 * Input: a task's normalised text. Output: statements in text order; one without a readable subject is dropped.
 */
export function findStatements(text: string): Statement[] {
  const found: Statement[] = [];
  QUALITATIVE.lastIndex = 0;
  for (let m = QUALITATIVE.exec(text); m !== null; m = QUALITATIVE.exec(text)) {
    if (!SETTER.test(m[0])) continue;
    const subject = readSubject(text, clauseStart(text, m.index, SUBJECT_CAP), m.index);
    const metric = tidyMetricName(text.slice(subject.start, subject.end));
    if (metric === '') continue;
    found.push({ start: subject.textStart, end: m.index + m[0].length, metric, modifier: 'qualitative' });
  }
  NO_TARGET.lastIndex = 0;
  for (let m = NO_TARGET.exec(text); m !== null; m = NO_TARGET.exec(text)) {
    const innerStart = m.index + m[0].length - 2 - m[1].length;
    const innerEnd = innerStart + m[1].length;
    // only the fillers before the measure go (全年); its own words stay (GDP增长, 经济增速)
    const subject = readSubject(text, innerStart, innerEnd);
    const metric = tidyMetricName(text.slice(subject.start, innerEnd).replace(NO_TARGET_TRAIL, ''));
    if (metric === '') continue;
    found.push({ start: m.index, end: m.index + m[0].length, metric, modifier: 'none' });
  }
  PERIOD_ONLY.lastIndex = 0;
  for (let m = PERIOD_ONLY.exec(text); m !== null; m = PERIOD_ONLY.exec(text)) {
    const subject = readSubject(text, m.index, m.index + m[1].length);
    const metric = tidyMetricName(text.slice(subject.start, subject.end));
    if (metric === '') continue;
    found.push({ start: subject.textStart, end: m.index + m[0].length, metric, modifier: 'none' });
  }
  return found.sort((a, b) => a.start - b.start);
}
