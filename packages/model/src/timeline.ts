import { z } from 'zod';
import { Target } from './target.js';

/** Timeline JSON (contract): metric × year; null = no target for that metric that year. */
export const Timeline = z.object({
  series: z.string(),
  years: z.array(z.number().int()),
  metrics: z.array(
    z.object({
      metric: z.string(),
      values: z.record(z.string(), Target.nullable()),
    }),
  ),
});
export type Timeline = z.infer<typeof Timeline>;

/** One task followed through the years of a series (each step is a link kind). */
export const Lineage = z.object({
  series: z.string(),
  steps: z.array(
    z.object({ year: z.number().int(), taskIds: z.array(z.string()), kind: z.string(), score: z.number().nullable() }),
  ),
});
export type Lineage = z.infer<typeof Lineage>;
