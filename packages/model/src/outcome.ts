import { z } from 'zod';
import { Result } from './result.js';
import { Target } from './target.js';

/** How a target fared: met | missed | unclear (worded result, other basis/unit) | not_reported | provisional (预计). */
export const Verdict = z.enum(['met', 'missed', 'unclear', 'not_reported', 'provisional']);
export type Verdict = z.infer<typeof Verdict>;

/** A report's own claim about its targets ("全年经济社会发展主要目标任务顺利完成"), with its sentence. */
export const OutcomeClaim = z.object({
  text: z.string(),
  plan: z.string().describe('the plan id whose review makes the claim'),
});
export type OutcomeClaim = z.infer<typeof OutcomeClaim>;

/**
 * One row of the Outcomes contract (DESIGN.md): a target of plan `year`, the result for that year found in the
 * review of the next plan (or a bulletin), the verdict and the rule that gave it. Both sentences are cited
 * (target.text, result.text); `claim` is the report's own claim, shown beside the figures, never instead of them.
 */
export const OutcomeRow = z.object({
  year: z.number().int(),
  metricKey: z.string().nullable(),
  metric: z.string(),
  target: Target,
  targetFrom: z.object({ plan: z.string() }).optional(),
  result: Result.nullable(),
  resultFrom: z.object({ plan: z.string() }).nullable(),
  verdict: Verdict,
  provisionalVerdict: Verdict.optional().describe('for a provisional verdict: what it would be on the estimate'),
  rule: z.string().describe('the id of the verdict rule applied, with its tolerance (rules.ts)'),
  ruleText: z.string().optional().describe('the rule in words'),
  gap: z.number().nullable().optional().describe('result − target (points for %, else in the target unit), null when not comparable'),
  note: z.string().nullable().optional(),
  claim: OutcomeClaim.nullable().optional(),
  targetSentence: z.string().optional().describe('the whole sentence of the target, cited'),
  resultSentence: z.string().nullable().optional().describe('the whole sentence of the result, cited'),
});
export type OutcomeRow = z.infer<typeof OutcomeRow>;

/** A verdict rule as data (compare's rules.ts): what the viewer shows as the legend of `rule`. */
export const OutcomeRule = z.object({
  id: z.string(),
  modifier: z.string(),
  figure: z.enum(['rate', 'amount']).optional(),
  text: z.string(),
  tolerance: z.number().nullable(),
  source: z.string(),
});
export type OutcomeRule = z.infer<typeof OutcomeRule>;

/** Outcomes of one series: `{ series, rows }` (DESIGN.md). */
export const Outcomes = z.object({
  series: z.string(),
  rows: z.array(OutcomeRow),
  claims: z.array(z.object({ year: z.number().int(), claim: OutcomeClaim })).optional(),
  rules: z.array(OutcomeRule).optional().describe('the verdict rules the rows cite, with tolerance and source'),
});
export type Outcomes = z.infer<typeof Outcomes>;

/** Outcomes of a collection for one year: `{ collection, year, series: { id: rows[] } }`. */
export const CollectionOutcomes = z.object({
  collection: z.string(),
  year: z.number().int(),
  series: z.record(z.string(), z.array(OutcomeRow)),
  rules: z.array(OutcomeRule).optional().describe('the verdict rules the rows cite, with tolerance and source'),
});
export type CollectionOutcomes = z.infer<typeof CollectionOutcomes>;
