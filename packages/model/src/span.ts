import { z } from 'zod';

/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into `plan.text`
 * (the normalised plan text). `start <= end`; both are integers ≥ 0.
 */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) UTF-16 offsets into plan.text');
export type Span = z.infer<typeof Span>;

/**
 * How much a warning matters: `error` makes the plan unusable or doubtful, `warning` is worth a reader's attention,
 * `info` is routine (the `*_ABSENT` ones: a notice without a document number is normal).
 */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A problem in the input, recorded as data: stages append warnings and go on. */
export const Warning = z.object({
  code: z.string().describe('stable machine-readable code, e.g. DOC_NUMBER_UNREADABLE'),
  severity: Severity.optional().describe('error | warning | info; absent in plans parsed before severities existed'),
  message: z.string(),
  span: Span.nullable().optional(),
});
export type Warning = z.infer<typeof Warning>;
