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
  quality: z
    .object({ verdict: z.enum(['ok', 'doubtful', 'unusable']), reasons: z.array(z.string()), forced: z.boolean() })
    .optional()
    .describe('the verdict when the notice was added; forced when --force stored a doubtful notice'),
});
export type FixtureMeta = z.infer<typeof FixtureMeta>;

/** A series with its years as listed by the API. */
export const SeriesSummary = SeriesInfo.extend({
  years: z.array(z.object({ year: z.number().int(), coverage: Coverage, title: z.string().nullable() })),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

/** fixtures/collections/<id>.json: series compared across one year. */
export const Collection = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.object({ zh: z.string(), en: z.string() }),
  series: z.array(z.string()),
  reference: z.string().nullable().optional().describe('the national series of the same year, e.g. gov-work-report'),
  labels: z
    .record(z.string(), z.object({ zh: z.string(), en: z.string() }))
    .optional()
    .describe('short display name of each member (北京 / Beijing), also for a member not stored yet'),
});
export type Collection = z.infer<typeof Collection>;

/** A collection as listed by the API: its file plus what is stored of each member series. */
export const CollectionSummary = Collection.extend({
  members: z.array(
    z.object({
      id: z.string(),
      stored: z.boolean().describe('false: listed in the collection but no such series in fixtures/ (reported, not an error)'),
      years: z.array(z.number().int()),
    }),
  ),
  years: z.array(z.number().int()).describe('years for which at least one member has a stored plan, ascending'),
});
export type CollectionSummary = z.infer<typeof CollectionSummary>;
