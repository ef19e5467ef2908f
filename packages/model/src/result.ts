import { z } from 'zod';
import { Modifier, TargetBasis } from './target.js';
import { Span } from './span.js';

/** The period a result is stated for: one year, or from–to for five-year totals and averages (过去五年, 十四五时期). */
export const ResultPeriod = z.union([
  z.object({ year: z.number().int() }),
  z.object({ from: z.number().int(), to: z.number().int() }),
]);
export type ResultPeriod = z.infer<typeof ResultPeriod>;

/**
 * Result (contract, DESIGN.md "Added this round"): a value stated for a past period — 去年, 2024年 in a 2025
 * plan, 过去五年, a review chapter, every figure of a report of results (统计公报). Never a target. Metric naming,
 * metricKey, units and basis are read by the same reader as targets'. Percentages are in percent.
 */
export const Result = z.object({
  id: z.string().describe('`${taskId}.r${n}`, or `p${n}.r${k}` outside tasks'),
  taskId: z.string().nullable().describe('null outside tasks (a bulletin paragraph with no task)'),
  metric: z.string(),
  metricKey: z.string().nullable().describe('the field indicator from the shipped dictionary, null if none'),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  modifier: Modifier.describe('as written: 约/左右 give about, 超过 at_least …'),
  direction: z.enum(['increase', 'decrease']).nullable().optional().describe('decrease when the words state a fall (下降2.7%, 降幅)'),
  period: ResultPeriod,
  basis: TargetBasis.describe('level | increment (比上年增加 N)'),
  estimate: z.boolean().describe('预计 / 初步核算 / 约: an estimate, not the final figure'),
  text: z.string().describe('the figure with its measure, = plan.text.slice(span)'),
  span: Span,
});
export type Result = z.infer<typeof Result>;

/**
 * What a document is (read from its title and body): `plan` (工作要点, 工作计划, 实施方案, 政府工作报告);
 * `results` (统计公报, 生态环境状况公报, 工作总结, 执行情况的报告: every figure is a result, no target);
 * `mixed` (XX年工作总结和XX年工作计划: only the plan part gives targets); `notice` (a news item or notice, not a plan).
 */
export const DocumentKind = z.enum(['plan', 'results', 'mixed', 'notice']);
export type DocumentKind = z.infer<typeof DocumentKind>;
