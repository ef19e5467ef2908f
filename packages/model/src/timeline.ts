import { z } from 'zod';
import { Target } from './target.js';

/** Timeline JSON (contract): metric × year; null = no target for that metric that year. */
export const Timeline = z.object({
  series: z.string(),
  years: z.array(z.number().int()),
  metrics: z.array(
    z.object({
      metric: z.string(),
      metricKey: z.string().nullable().optional(),
      basis: z.enum(['level', 'increment']).optional(),
      horizon: z.enum(['annual', 'multi_year']).optional(),
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

/** CrossSection (contract): metric × series of one collection for one year, keyed by metricKey. */
export const CrossSection = z.object({
  collection: z.string(),
  year: z.number().int(),
  reference: z
    .object({ series: z.string(), year: z.number().int(), values: z.record(z.string(), Target.nullable()) })
    .nullable()
    .describe('the reference series (national report) of the same year, values keyed by metricKey'),
  series: z
    .array(
      z.object({
        id: z.string(),
        name: z.string().nullable(),
        nameEn: z.string().nullable().optional(),
        status: z.enum(['ok', 'missing_series', 'missing_year', 'broken']),
        quality: z.enum(['ok', 'doubtful', 'unusable']).nullable(),
        coverage: z.enum(['full', 'excerpt']).nullable(),
      }),
    )
    .optional(),
  metrics: z.array(
    z.object({
      metricKey: z.string(),
      metric: z.string(),
      unit: z.string().nullable().optional().describe('the unit most members state this metric in'),
      values: z.record(z.string(), Target.nullable()),
    }),
  ),
});
export type CrossSection = z.infer<typeof CrossSection>;
