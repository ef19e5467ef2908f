import { createRoute, z } from '@hono/zod-openapi';
import { CollectionSummarySchema as CollectionSummary, CrossSectionSchema as CrossSection } from '../contract-schemas.js';
import type { StoredAnswers } from '../stored-answers.js';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, problemContent, validInput, type ApiApp } from '../openapi.js';
import { SeriesId, YearText } from './series.js';

const CollectionParams = z.object({
  id: SeriesId.openapi({ param: { name: 'id', in: 'path' }, example: 'provincial-gwr' }),
});
const YearQuery = z.object({ year: YearText.openapi({ param: { name: 'year', in: 'query' }, example: '2026' }) });

const listRoute = createRoute({
  method: 'get',
  path: '/api/collections',
  summary: 'Every collection (fixtures/collections/<id>.json): its member series, which are stored, and their years',
  responses: { 200: jsonContent(z.array(CollectionSummary), 'the collections, sorted by id') },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/api/collections/{id}',
  summary: 'One collection with what is stored of each member series',
  request: { params: CollectionParams },
  responses: { 200: jsonContent(CollectionSummary, 'the collection'), ...problemContent(['bad-request', 'not-found']) },
});

const targetsRoute = createRoute({
  method: 'get',
  path: '/api/collections/{id}/targets',
  summary:
    'The metric × series CrossSection of a collection for one year, keyed by metricKey; the reference series (national ' +
    'report) of the same year where stored, else reference null. values[series] null = that plan sets no such target ' +
    '("not set"); a member whose series or year is not stored has no value and says why in series[].status ("not found")',
  request: { params: CollectionParams, query: YearQuery },
  responses: { 200: jsonContent(CrossSection, 'the CrossSection'), ...problemContent(['bad-request', 'not-found']) },
});

/**
 * Mounts GET /api/collections, /api/collections/{id} and /api/collections/{id}/targets?year=. Answers are computed
 * in the worker pool and served from the loop once cached (see StoredAnswers), and are cacheable (ETag,
 * public, max-age=300), like the series routes. Malformed id or year → 400, unknown collection → 404, as
 * problem+json; a member series that is not stored is part of the answer, never an error.
 */
export function mountCollectionRoutes(app: ApiApp, stored: StoredAnswers): void {
  mount(app, listRoute, async (c) => jsonAnswer(c.req.raw, await stored.answer({ kind: 'collections' }), 'public'));

  mount(app, oneRoute, async (c) => {
    const { id } = validInput(CollectionParams, c.req.param(), 'path');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'collection', id }), 'public');
  });

  mount(app, targetsRoute, async (c) => {
    const { id } = validInput(CollectionParams, c.req.param(), 'path');
    const { year } = validInput(YearQuery, c.req.query(), 'query');
    return jsonAnswer(c.req.raw, await stored.answer({ kind: 'cross-section', id, year: Number(year) }), 'public');
  });
}
