import { createRoute, z } from '@hono/zod-openapi';
import { ComparisonSchema as Comparison, PlanSchema as Plan, SeriesSummarySchema as SeriesSummary, TimelineSchema as Timeline } from '../contract-schemas.js';
import type { StoredAnswers } from '../stored-answers.js';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, problemContent, validInput, type ApiApp } from '../openapi.js';

/** A series id as a path parameter: lower-case letters, digits, hyphens (so it can never name a path). */
export const SeriesId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a series id is lower-case letters, digits and hyphens')
  .openapi({ example: 'gov-work-report' });

/** A year as a path or query parameter: four digits. */
export const YearText = z.string().regex(/^\d{4}$/, 'a year is four digits').openapi({ example: '2025' });

const SeriesParams = z.object({ series: SeriesId.openapi({ param: { name: 'series', in: 'path' } }) });
const PlanParams = SeriesParams.extend({ year: YearText.openapi({ param: { name: 'year', in: 'path' } }) });
const CompareQuery = z
  .object({
    from: YearText.openapi({ param: { name: 'from', in: 'query' }, example: '2024' }),
    to: YearText.openapi({ param: { name: 'to', in: 'query' }, example: '2025' }),
  })
  .refine((q) => q.from !== q.to, { message: 'from and to must be two different years', path: ['to'] });

const listSeries = createRoute({
  method: 'get',
  path: '/api/series',
  summary: 'Every stored series with the coverage and title of each year',
  responses: { 200: jsonContent(z.array(SeriesSummary), 'the series, sorted by id') },
});

const oneSeries = createRoute({
  method: 'get',
  path: '/api/series/{series}',
  summary: 'One series with its years',
  request: { params: SeriesParams },
  responses: { 200: jsonContent(SeriesSummary, 'the series'), ...problemContent(['bad-request', 'not-found']) },
});

const onePlan = createRoute({
  method: 'get',
  path: '/api/series/{series}/plans/{year}',
  summary: 'The parsed Plan of a stored notice',
  request: { params: PlanParams },
  responses: { 200: jsonContent(Plan, 'the Plan'), ...problemContent(['bad-request', 'not-found']) },
});

const compareYears = createRoute({
  method: 'get',
  path: '/api/series/{series}/compare',
  summary: 'The Comparison of two different stored years of a series (either order)',
  request: { params: SeriesParams, query: CompareQuery },
  responses: {
    200: jsonContent(Comparison, 'the Comparison from → to'),
    ...problemContent(['bad-request', 'not-found', 'output-too-large', 'busy', 'over-time-budget']),
  },
});

const targets = createRoute({
  method: 'get',
  path: '/api/series/{series}/targets',
  summary: 'The metric × year Timeline of a series',
  request: { params: SeriesParams },
  responses: { 200: jsonContent(Timeline, 'the Timeline'), ...problemContent(['bad-request', 'not-found']) },
});

/**
 * Mounts the read-only routes over stored fixtures: GET /api/series, /api/series/{series},
 * /api/series/{series}/plans/{year}, /api/series/{series}/compare?from=&to=, /api/series/{series}/targets.
 * Every answer is computed off the event loop in the worker pool and served from the loop once cached (see
 * StoredAnswers), and is cacheable (ETag, public, max-age=300). Malformed ids → 400, unknown series or year → 404
 * (CorpusNotFoundError), a stored plan over the plan bounds → 422 naming it, over the time budget → 503 with
 * Retry-After, as problem+json.
 */
export function mountSeriesRoutes(app: ApiApp, stored: StoredAnswers): void {
  mount(app, listSeries, async (c) => jsonAnswer(c.req.raw, await stored.answer({ kind: 'series-list' }), 'public'));

  mount(app, oneSeries, async (c) => {
    const { series } = validInput(SeriesParams, c.req.param(), 'path');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'series', series }), 'public');
  });

  mount(app, onePlan, async (c) => {
    const { series, year } = validInput(PlanParams, c.req.param(), 'path');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'plan', series, year: Number(year) }), 'public');
  });

  mount(app, compareYears, async (c) => {
    const { series } = validInput(SeriesParams, c.req.param(), 'path');
    const { from, to } = validInput(CompareQuery, c.req.query(), 'query');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'compare', series, from: Number(from), to: Number(to) }), 'public');
  });

  mount(app, targets, async (c) => {
    const { series } = validInput(SeriesParams, c.req.param(), 'path');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'timeline', series }), 'public');
  });
}
