import { z } from 'zod';

/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into `plan.text`
 * (the normalised plan text). `start <= end`; both are integers ≥ 0.
 */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) UTF-16 offsets into plan.text');
export type Span = z.infer<typeof Span>;

/** A problem in the input, recorded as data: stages append warnings and go on. */
export const Warning = z.object({
  code: z.string().describe('stable machine-readable code, e.g. DOC_NUMBER_UNREADABLE'),
  message: z.string(),
  span: Span.nullable().optional(),
});
export type Warning = z.infer<typeof Warning>;
