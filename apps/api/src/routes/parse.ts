import { createRoute, z } from '@hono/zod-openapi';
import { PlanSchema as Plan } from '../contract-schemas.js';
import type { StoredAnswers } from '../stored-answers.js';
import { readNoticeRequest } from '../body.js';
import { ProblemError } from '../problem.js';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, problemContent, validInput, type ApiApp } from '../openapi.js';
import { CoverageInput, planOf } from '../notice-source.js';
import type { NoticeCache } from '../notice-cache.js';

const ParseQuery = z.object({
  coverage: CoverageInput.openapi({ param: { name: 'coverage', in: 'query' } }),
});

const ParseForm = z.object({
  file: z.string().openapi({ format: 'binary', description: 'the notice: HTML or text in any encoding' }),
  coverage: CoverageInput,
});

const NoticeBody = z.string().openapi({ format: 'binary', description: 'the notice as published: HTML or text in any encoding (UTF-8, GBK, GB18030 …), PDF, DOCX, DOC/WPS, XLSX/XLS/ET or a ZIP bundle (the format is sniffed from the bytes)' });

const parseRoute = createRoute({
  method: 'post',
  path: '/api/parse',
  summary: 'Parse a notice into a Plan (nothing is stored)',
  description:
    'Send the notice as the raw request body (its own media type, or application/octet-stream; any format — HTML, ' +
    'text, PDF, DOCX, DOC/WPS, XLSX/XLS/ET, ZIP — sniffed from the bytes, any encoding) or as a multipart/form-data ' +
    'file in field `file` (its file name and type are hints only). `coverage=excerpt` (query or field) ' +
    'says that the notice is only part of the plan. Bodies over the size limit (default 5 MiB) are refused with 413 ' +
    'before they are read in full; a file that cannot be read gives 422 with the reading code (OWNER_FILE, ' +
    'EMPTY_FILE, TRUNCATED, ENCRYPTED …), a format no reader exists for 415, text that is not a plan 422, with the ' +
    "reason in `detail` and `code`.",
  request: {
    query: ParseQuery,
    body: {
      required: true,
      content: {
        'text/plain': { schema: NoticeBody },
        'text/html': { schema: NoticeBody },
        'application/octet-stream': { schema: NoticeBody },
        'application/pdf': { schema: NoticeBody },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: NoticeBody },
        'application/msword': { schema: NoticeBody },
        'multipart/form-data': { schema: ParseForm },
      },
    },
  },
  responses: {
    200: jsonContent(Plan, 'the Plan (Cache-Control: no-store)'),
    ...problemContent(['bad-request', 'body-too-large', 'unsupported-media-type', 'not-a-plan', 'output-too-large', 'busy', 'over-time-budget']),
  },
});

/**
 * Mounts POST /api/parse: a notice (raw body or multipart field `file`, optional `coverage`) → Plan.
 * Parsed once per content hash in the bounded notice cache; the answer is no-store.
 */
export function mountParseRoute(app: ApiApp, stored: StoredAnswers, notices: NoticeCache, maxBodyBytes: number): void {
  mount(app, parseRoute, async (c) => {
    const query = validInput(ParseQuery, c.req.query(), 'query');
    const request = await readNoticeRequest(c.req.raw, maxBodyBytes);
    let upload = request.raw;
    let coverage = query.coverage;
    if (!upload) {
      const form = validInput(z.object({ coverage: CoverageInput }), Object.fromEntries(request.fields), 'form');
      coverage = form.coverage ?? coverage;
      upload = request.files.get('file') ?? (request.files.size === 1 ? [...request.files.values()][0] : null);
      if (!upload) throw new ProblemError('bad-request', 'send the notice as multipart file field `file` or as the raw body');
    }
    const plan = await planOf({ kind: 'upload', upload, coverage }, stored, notices, c.req.raw.signal);
    return jsonAnswer(c.req.raw, plan, 'no-store');
  });
}
