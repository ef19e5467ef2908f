import { z } from 'zod';
import { Coverage } from './plan.js';

/** fixtures/<series>/series.json */
export const SeriesInfo = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  issuer: z.string(),
  documentKind: z.string().describe('工作要点, 政府工作报告, 决议 …'),
  titlePattern: z.string().optional(),
  name: z.object({ zh: z.string(), en: z.string() }),
});
export type SeriesInfo = z.infer<typeof SeriesInfo>;

/** fixtures/<series>/<year>/meta.json */
export const FixtureMeta = z.object({
  sourceUrl: z.string().nullable(),
  retrievedOn: z.string().nullable(),
  coverage: Coverage,
  encoding: z.string(),
  sourceFile: z.string().describe('source.<ext>'),
  notes: z.string().optional(),
});
export type FixtureMeta = z.infer<typeof FixtureMeta>;

/** A series with its years as listed by the API. */
export const SeriesSummary = SeriesInfo.extend({
  years: z.array(z.object({ year: z.number().int(), coverage: Coverage, title: z.string().nullable() })),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;
