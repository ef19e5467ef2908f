import { createRoute, z } from '@hono/zod-openapi';
import { collectionOutcomesOf, outcomes, type Corpus } from '@plandiff/corpus';
import { CollectionOutcomesSchema as CollectionOutcomes, OutcomesSchema as Outcomes } from '../contract-schemas.js';
import type { StoredAnswers } from '../stored-answers.js';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, problemContent, validInput, type ApiApp } from '../openapi.js';
import { SeriesId, YearText } from './series.js';

const SeriesParams = z.object({ series: SeriesId.openapi({ param: { name: 'series', in: 'path' } }) });
const OptionalYear = z.object({ year: YearText.optional().openapi({ param: { name: 'year', in: 'query' }, example: '2024' }) });
const CollectionParams = z.object({ id: SeriesId.openapi({ param: { name: 'id', in: 'path' }, example: 'provincial-gwr' }) });
const YearQuery = z.object({ year: YearText.openapi({ param: { name: 'year', in: 'query' }, example: '2025' }) });

const seriesRoute = createRoute({
  method: 'get',
  path: '/api/series/{series}/outcomes',
  summary:
    'Did they meet it? Each target of year N (metricKey targets of the plan) against the result for year N in the review ' +
    'of plan N+1 of the series or a bulletin of the same region: verdict met | missed | unclear | not_reported | ' +
    'provisional, the rule (id and words), the gap, both sentences and the report\'s own claim beside them. ' +
    'Years whose review is not stored give no rows; ?year= keeps one year',
  request: { params: SeriesParams, query: OptionalYear },
  responses: { 200: jsonContent(Outcomes, 'the Outcomes'), ...problemContent(['bad-request', 'not-found']) },
});

const collectionRoute = createRoute({
  method: 'get',
  path: '/api/collections/{id}/outcomes',
  summary:
    'The outcomes of every member series of a collection for one year: series[id] lists its rows; an empty list when ' +
    'the member, its plan of that year or the review of it is not stored (never an error)',
  request: { params: CollectionParams, query: YearQuery },
  responses: { 200: jsonContent(CollectionOutcomes, 'the CollectionOutcomes'), ...problemContent(['bad-request', 'not-found']) },
});

/**
 * Mounts GET /api/series/{series}/outcomes[?year=] and GET /api/collections/{id}/outcomes?year= (issue 19), like the
 * targets routes: answers from the Corpus, reused for a second through `stored`, cacheable (ETag, public,
 * max-age=300); malformed id or year → 400, unknown series or collection → 404, as problem+json.
 */
export function mountOutcomeRoutes(app: ApiApp, corpus: Corpus, stored: StoredAnswers): void {
  mount(app, seriesRoute, (c) => {
    const { series } = validInput(SeriesParams, c.req.param(), 'path');
    const { year } = validInput(OptionalYear, c.req.query(), 'query');
    return jsonAnswer(c.req.raw, stored.get(`outcomes:${series}:${year ?? ''}`, () => outcomes(corpus, series, year)), 'public');
  });

  mount(app, collectionRoute, (c) => {
    const { id } = validInput(CollectionParams, c.req.param(), 'path');
    const { year } = validInput(YearQuery, c.req.query(), 'query');
    return jsonAnswer(c.req.raw, stored.get(`collection-outcomes:${id}:${year}`, () => collectionOutcomesOf(corpus, id, year)), 'public');
  });
}
