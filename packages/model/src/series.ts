import { z } from 'zod';
import { Coverage } from './plan.js';

/** fixtures/<series>/series.json */
export const SeriesInfo = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  issuer: z.string(),
  documentKind: z.string().describe('工作要点, 政府工作报告, 决议 …'),
  titlePattern: z.string().optional(),
  name: z.object({ zh: z.string(), en: z.string() }),
  kind: z.enum(['plan', 'bulletin']).optional().describe('plan (default): plans with targets; bulletin: reports of results (统计公报)'),
  region: z.string().optional().describe('the region the series speaks for (北京市): a bulletin series gives results to the plan series of the same region'),
});
export type SeriesInfo = z.infer<typeof SeriesInfo>;

/**
 * Where a notice was published: an absolute http:// or https:// URL (WHATWG URL parser). Other schemes
 * (javascript:, data:, file:) are refused so that a stored link can never run script in a viewer.
 */
export const SourceUrl = z.string().refine((url) => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}, 'sourceUrl must be an absolute http:// or https:// URL');

/** fixtures/<series>/<year>/meta.json */
export const FixtureMeta = z.object({
  sourceUrl: SourceUrl.nullable(),
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

/** A stored file that cannot be read (invalid JSON or shape, unreadable source, leftover of a killed write). */
export const BrokenFixtureFile = z.object({
  path: z.string().describe('path inside fixtures/, e.g. gov-work-report/2024/meta.json'),
  reason: z.string().describe('why it cannot be read'),
});
export type BrokenFixtureFile = z.infer<typeof BrokenFixtureFile>;

/** A series with its years as listed by the API. */
export const SeriesSummary = SeriesInfo.extend({
  years: z.array(z.object({ year: z.number().int(), coverage: Coverage, title: z.string().nullable() })),
  broken: z
    .array(BrokenFixtureFile)
    .optional()
    .describe('files of this series that cannot be read: their years are left out of `years` (a broken series.json leaves names and issuer unknown)'),
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
