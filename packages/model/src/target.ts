import { z } from 'zod';
import { Span } from './span.js';

/**
 * How a target's figure is qualified:
 * about (左右) | at_least (以上/不低于/至少/超过) | at_most (以内/以下/不超过) | exact | range (low–high)
 * | qualitative (达到国家考核目标要求 …) | none (the plan says explicitly that no target is set).
 */
export const Modifier = z.enum(['about', 'at_least', 'at_most', 'exact', 'range', 'qualitative', 'none']);
export type Modifier = z.infer<typeof Modifier>;

/** level: the quantity itself (or a rate such as 增长5%); increment: 比上年增加/扩大/新增 N of a quantity. */
export const TargetBasis = z.enum(['level', 'increment']);
export type TargetBasis = z.infer<typeof TargetBasis>;

/** annual: this year's target; multi_year: 十五五 / 到2030年 / 年均 targets, endYear the last year they cover. */
export const TargetHorizon = z.object({
  kind: z.enum(['annual', 'multi_year']),
  endYear: z.number().int().nullable(),
});
export type TargetHorizon = z.infer<typeof TargetHorizon>;

/** Where a 从/由 A 提高到 B target starts: A (never a target of its own). */
export const TargetBaseline = z.object({
  value: z.number().nullable(),
  unit: z.string().nullable(),
  text: z.string(),
});
export type TargetBaseline = z.infer<typeof TargetBaseline>;

/** Target (contract, DESIGN.md). Percentages are in percent (92 for 92%), never fractions. */
export const Target = z.object({
  id: z.string(),
  taskId: z.string(),
  metric: z.string().describe('what is measured, normalised (no verbs such as 达到/保持在)'),
  value: z.number().nullable().describe('null for ranges, qualitative targets and damaged figures'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable().describe('%, 万人, 万亿斤, 个, 家, 条, 亿元 …; null for a count-free rank'),
  modifier: Modifier,
  aspirational: z.boolean().describe('力争 / 争取'),
  direction: z.enum(['increase', 'decrease']).nullable(),
  deadline: z.string().nullable().optional().describe('as written, e.g. 2024年底前'),
  deadlineDate: z.string().nullable().optional().describe('ISO date when the deadline resolves'),
  text: z.string(),
  span: Span,
  damaged: z.boolean().describe('true when any character of the figure is lost: then value is null'),
  metricKey: z
    .string()
    .nullable()
    .optional()
    .describe('the field indicator this metric names, from the shipped dictionary (e.g. gdp_growth); null if none'),
  basis: TargetBasis.optional().describe('level unless the text states an increment'),
  horizon: TargetHorizon.optional().describe('annual unless 到2030年 / 十五五 / 年均'),
  baseline: TargetBaseline.nullable().optional(),
});
export type Target = z.infer<typeof Target>;
