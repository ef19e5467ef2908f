import { createRoute, z } from '@hono/zod-openapi';
import type { Coverage } from '@plandiff/model';
import { ComparisonSchema as Comparison } from '../contract-schemas.js';
import type { StoredAnswers } from '../stored-answers.js';
import { readNoticeRequest, type NoticeRequest } from '../body.js';
import { ProblemError } from '../problem.js';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, problemContent, validInput, type ApiApp } from '../openapi.js';
import { comparisonSide, CoverageInput, StoredPlanRef, storedRef, type NoticeSource } from '../notice-source.js';
import type { NoticeCache } from '../notice-cache.js';

const CompareQuery = z.object({
  from: StoredPlanRef.optional().openapi({ param: { name: 'from', in: 'query' }, description: 'stored notice for the from side' }),
  to: StoredPlanRef.optional().openapi({ param: { name: 'to', in: 'query' }, description: 'stored notice for the to side' }),
  coverage: CoverageInput.openapi({ param: { name: 'coverage', in: 'query' }, description: 'coverage of every uploaded notice' }),
  fromCoverage: CoverageInput.openapi({ param: { name: 'fromCoverage', in: 'query' } }),
  toCoverage: CoverageInput.openapi({ param: { name: 'toCoverage', in: 'query' } }),
});
type CompareQuery = z.infer<typeof CompareQuery>;

const FormFields = z.object({
  from: StoredPlanRef.optional(),
  to: StoredPlanRef.optional(),
  coverage: CoverageInput,
  fromCoverage: CoverageInput,
  toCoverage: CoverageInput,
});

const NoticeOrRef = z.string().openapi({
  description: 'a notice file (HTML, text, PDF, DOCX, DOC/WPS, XLSX/XLS/ET or ZIP; any encoding) or the text series/year of a stored notice',
  example: 'gov-work-report/2025',
});
const CompareForm = z.object({
  from: NoticeOrRef,
  to: NoticeOrRef,
  coverage: CoverageInput.describe('coverage of every uploaded notice'),
  fromCoverage: CoverageInput.describe('coverage of the uploaded from notice'),
  toCoverage: CoverageInput.describe('coverage of the uploaded to notice'),
});
const NoticeBody = z.string().openapi({ format: 'binary', description: 'one notice; the query names the stored other side' });

const compareRoute = createRoute({
  method: 'post',
  path: '/api/compare',
  summary: 'Compare two notices, or a notice with a stored series/year (nothing is stored)',
  description:
    'Either multipart/form-data with fields `from` and `to`, each a notice file or the text `series/year` of a ' +
    'stored notice (e.g. `from`=file and `to=gov-work-report/2025`); the `from`/`to` reference may also be given ' +
    'in the query. Or one notice as the raw body (text/plain, text/html, application/octet-stream) with exactly ' +
    'one of the query parameters `from`/`to` naming the stored side: the body is the other side. ' +
    '`coverage`, `fromCoverage`, `toCoverage` (full | excerpt) describe uploaded notices. Size limit as for /api/parse.',
  request: {
    query: CompareQuery,
    body: {
      required: true,
      content: {
        'multipart/form-data': { schema: CompareForm },
        'text/plain': { schema: NoticeBody },
        'text/html': { schema: NoticeBody },
        'application/octet-stream': { schema: NoticeBody },
      },
    },
  },
  responses: {
    200: jsonContent(Comparison, 'the Comparison from → to (Cache-Control: no-store)'),
    ...problemContent(['bad-request', 'not-found', 'body-too-large', 'unsupported-media-type', 'not-a-plan', 'output-too-large', 'busy', 'over-time-budget']),
  },
});

type Side = 'from' | 'to';

/** Works out both sides of a POST /api/compare from the body, the form fields and the query (see the route). */
function compareSources(request: NoticeRequest, query: CompareQuery): Record<Side, NoticeSource> {
  const form = validInput(FormFields, Object.fromEntries(request.fields), 'form');
  const coverageOf = (side: Side): Coverage | undefined =>
    (side === 'from' ? form.fromCoverage ?? query.fromCoverage : form.toCoverage ?? query.toCoverage) ??
    form.coverage ?? query.coverage;
  const refs: Record<Side, string | undefined> = { from: form.from ?? query.from, to: form.to ?? query.to };
  for (const side of ['from', 'to'] as const) {
    if (form[side] !== undefined && query[side] !== undefined) {
      throw new ProblemError('bad-request', `\`${side}\` is given both as a field and in the query; give it once`);
    }
    if (request.files.has(side) && refs[side] !== undefined) {
      throw new ProblemError('bad-request', `\`${side}\` is both an uploaded file and a stored series/year; give one`);
    }
  }
  const sources = {} as Record<Side, NoticeSource>;
  let rawTaken = false;
  for (const side of ['from', 'to'] as const) {
    const file = request.files.get(side);
    const ref = refs[side];
    if (file) sources[side] = { kind: 'upload', upload: file, coverage: coverageOf(side) };
    else if (ref !== undefined) sources[side] = { kind: 'stored', ...storedRef(ref) };
    else if (request.raw && !rawTaken) {
      sources[side] = { kind: 'upload', upload: request.raw, coverage: coverageOf(side) };
      rawTaken = true;
    } else {
      throw new ProblemError(
        'bad-request',
        `nothing to compare on the \`${side}\` side: send multipart fields \`from\` and \`to\` (files or series/year), ` +
          'or one notice as the body with `from` or `to` in the query',
      );
    }
  }
  if (request.raw && !rawTaken) {
    throw new ProblemError('bad-request', 'both sides are stored notices, so the request body has no place; leave it empty');
  }
  return sources;
}

/**
 * Mounts POST /api/compare: two notices, or one notice and a stored `series/year` → Comparison (no-store).
 * Two stored years of one series are a stored answer (link decisions honoured; computed in the worker pool); anything with an upload goes through
 * the bounded notice cache, computed once per pair of contents.
 */
export function mountCompareRoute(app: ApiApp, stored: StoredAnswers, notices: NoticeCache, maxBodyBytes: number): void {
  mount(app, compareRoute, async (c) => {
    const query = validInput(CompareQuery, c.req.query(), 'query');
    const request = await readNoticeRequest(c.req.raw, maxBodyBytes);
    if (request.raw && request.raw.bytes.byteLength === 0) request.raw = null;
    const { from, to } = compareSources(request, query);
    if (from.kind === 'stored' && to.kind === 'stored' && from.series === to.series) {
      return jsonAnswer(c.req.raw, await stored.answer({ kind: 'compare', series: from.series, from: from.year, to: to.year }), 'no-store');
    }
    const [fromSide, toSide] = await Promise.all([comparisonSide(from, stored), comparisonSide(to, stored)]);
    const comparison = await notices.comparison(fromSide, toSide, c.req.raw.signal);
    return jsonAnswer(c.req.raw, comparison, 'no-store');
  });
}
