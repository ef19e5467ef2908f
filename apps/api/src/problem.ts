import { z } from '@hono/zod-openapi';
import { ZodError } from 'zod';
import { CorpusBrokenFixtureError, CorpusNotFoundError, CorpusPlanOverBoundsError, CorpusUsageError } from '@plandiff/corpus';
import { IngestError, PlanParseError, type IngestErrorCode, type PlanParseErrorCode } from '@plandiff/parse';

/**
 * Problem Details for HTTP APIs (RFC 9457, https://www.rfc-editor.org/rfc/rfc9457): every error answer of the
 * API has media type `application/problem+json` and this shape. `type` is a non-dereferenceable `tag:` URI
 * (RFC 4151, as RFC 9457 §3.1.1 suggests for types that have no documentation page); `code` is an extension
 * member, always present, that names the reason in a stable word a client can translate: the parser's or reader's
 * reason when there is one (EMPTY, BINARY, NOT_A_PLAN, TOO_LARGE, UNDECODABLE, TIME_BUDGET, BUSY …), else the
 * kind's own code ({@link PROBLEM_KINDS}: NOT_FOUND, BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_A_PLAN_TEXT …).
 * `title` and `detail` stay English for API clients; the viewer words each code in the reader's language.
 */
export const Problem = z
  .object({
    type: z.string().describe('URI that names the kind of problem, e.g. tag:plandiff,2026:problems/not-found'),
    title: z.string().describe('short summary of the kind of problem'),
    status: z.number().int().describe('the HTTP status code'),
    detail: z.string().describe('what went wrong with this request, in words a user can act on'),
    instance: z.string().optional().describe('the request path'),
    code: z
      .string()
      .optional()
      .describe('stable reason code to translate: the parser\'s reason (BINARY, NOT_A_PLAN …) or the kind\'s (NOT_FOUND, BODY_TOO_LARGE …)'),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The kinds of problem the API reports, with their status, title and the stable `code` a problem of the kind carries
 * when no more specific reason (the parser's) is known.
 */
export const PROBLEM_KINDS = {
  'bad-request': { status: 400, title: 'Bad request', code: 'BAD_REQUEST' },
  'not-found': { status: 404, title: 'Not found', code: 'NOT_FOUND' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', code: 'METHOD_NOT_ALLOWED' },
  'body-too-large': { status: 413, title: 'Request body too large', code: 'BODY_TOO_LARGE' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type', code: 'UNSUPPORTED_MEDIA_TYPE' },
  'forbidden-origin': { status: 403, title: 'Cross-origin request refused', code: 'FORBIDDEN_ORIGIN' },
  'headers-too-large': { status: 431, title: 'Request header fields too large', code: 'HEADERS_TOO_LARGE' },
  'not-a-plan': { status: 422, title: 'Not a readable plan', code: 'NOT_A_PLAN_TEXT' },
  'output-too-large': { status: 422, title: 'Answer would be too large', code: 'OUTPUT_TOO_LARGE' },
  'busy': { status: 503, title: 'Server busy', code: 'BUSY' },
  'over-time-budget': { status: 503, title: 'Time budget exceeded', code: 'TIME_BUDGET' },
  'internal-error': { status: 500, title: 'Internal server error', code: 'INTERNAL_ERROR' },
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** URI of a problem kind (RFC 9457 §3.1.1 `type`). */
export function problemType(kind: ProblemKind): string {
  return `tag:plandiff,2026:problems/${kind}`;
}

/** An error that the API answers as a problem of the given kind (thrown by routes, body reading, validation). */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly code: string | undefined;
  constructor(kind: ProblemKind, detail: string, code?: string) {
    super(detail);
    this.name = 'ProblemError';
    this.kind = kind;
    this.code = code;
  }
}

/**
 * Builds a Problem (RFC 9457) for a kind. Input: kind, detail sentence, optional request path and a more specific
 * reason code (the parser's). Output: the Problem object (status, title and — without a reason — code come from
 * {@link PROBLEM_KINDS}).
 */
export function problem(kind: ProblemKind, detail: string, instance?: string, code?: string): Problem {
  const { status, title, code: kindCode } = PROBLEM_KINDS[kind];
  return {
    type: problemType(kind), title, status, detail,
    ...(instance === undefined ? {} : { instance }),
    code: code ?? kindCode,
  };
}

/** Parser reason → HTTP status: not text at all is 415, text that is not a plan is 422, too large is 413. */
const PARSE_ERROR_KIND: Record<PlanParseErrorCode, ProblemKind> = {
  BINARY: 'unsupported-media-type',
  UNDECODABLE: 'unsupported-media-type',
  EMPTY: 'not-a-plan',
  NOT_A_PLAN: 'not-a-plan',
  TOO_LARGE: 'body-too-large',
};

/**
 * Ingest reason → HTTP status: a file that cannot be read (owner file, empty, truncated, encrypted, malformed, a
 * bundle without a notice, a scan) is 422 with the ingest code; a format no reader exists for is 415; a bound hit is 413.
 */
const INGEST_ERROR_KIND: Partial<Record<IngestErrorCode, ProblemKind>> = {
  UNSUPPORTED_FORMAT: 'unsupported-media-type',
  TOO_LARGE: 'body-too-large',
};

/**
 * Maps anything a route may throw to a Problem: ProblemError as given, CorpusNotFoundError → 404,
 * CorpusBrokenFixtureError → 500 naming the file inside fixtures/,
 * CorpusUsageError and ZodError → 400, CorpusPlanOverBoundsError → 422 with the bound's code, PlanParseError → 415/422/413 with the parser's code and message,
 * IngestError → 422 (415 for a format no reader exists for, 413 for a bound) with the ingest code and message,
 * anything else → 500 (its message is not shown: it may name server paths).
 */
export function problemFromError(error: unknown, instance?: string): Problem {
  if (error instanceof ProblemError) return problem(error.kind, error.message, instance, error.code);
  if (error instanceof CorpusNotFoundError) return problem('not-found', error.message, instance);
  // a stored file that cannot be read: the server's fault, named by its path inside fixtures/ (no server path)
  if (error instanceof CorpusBrokenFixtureError) return problem('internal-error', error.message, instance, 'BROKEN_FIXTURE');
  if (error instanceof CorpusUsageError) return problem('bad-request', error.message, instance);
  // a stored plan over the plan bounds (issue 22): named, and never computed
  if (error instanceof CorpusPlanOverBoundsError) return problem('output-too-large', error.message, instance, error.code);
  if (error instanceof PlanParseError) return problem(PARSE_ERROR_KIND[error.code] ?? 'not-a-plan', error.message, instance, error.code);
  if (error instanceof IngestError) return problem(INGEST_ERROR_KIND[error.code] ?? 'not-a-plan', error.message, instance, error.code);
  if (error instanceof ZodError) return problem('bad-request', describeZodError(error), instance);
  return problem('internal-error', 'the server failed to answer this request; the error was logged', instance);
}

/** One line per zod issue: `path: message`, joined by `; `. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`).join('; ');
}

/** Seconds a client is asked to wait (Retry-After, RFC 9110 §10.2.3) before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A Response carrying a Problem: status from the problem, `application/problem+json`, never cached; a 503 also
 * carries `Retry-After` ({@link RETRY_AFTER_SECONDS}).
 */
export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  const retry: Record<string, string> = p.status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {};
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, 'Cache-Control': 'no-store', ...retry, ...headers },
  });
}
