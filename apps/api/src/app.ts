import { OpenAPIHono, z } from '@hono/zod-openapi';
import { cors as corsMiddleware } from 'hono/cors';
import { Corpus } from '@plandiff/corpus';
import { DEFAULT_MAX_BODY_BYTES } from './body.js';
import { requestLog, type LogLine } from './log.js';
import { NoticeCache } from './notice-cache.js';
import { PlanPool, poolLimitsFromEnv } from './plan-pool.js';
import { refuseCrossOriginWrites, refuseEncodedBodies, securityHeaders } from './security.js';
import { StoredAnswers } from './stored-answers.js';
import { mountOpenApiDocument, type ApiApp } from './openapi.js';
import { problem, problemFromError, problemResponse, ProblemError } from './problem.js';
import { mountSeriesRoutes } from './routes/series.js';
import { mountCollectionRoutes } from './routes/collections.js';
import { mountOutcomeRoutes } from './routes/outcomes.js';
import { mountParseRoute } from './routes/parse.js';
import { mountCompareRoute } from './routes/compare.js';
import { mountHealthRoute } from './routes/health.js';
import { allowedMethods } from './method-not-allowed.js';
import { defaultWebRoot, viewer } from './web.js';

/**
 * Whether a request failed because its client went away: the request's AbortSignal fired (the node adapter
 * aborts it when the socket closes), or reading the body failed with an abort / connection-reset error.
 */
export function clientAborted(request: Request, error: unknown): boolean {
  if (request.signal.aborted) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'AbortError' || code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || /\baborted\b/i.test(error.message);
}

/** Version of the HTTP API as given in the OpenAPI document. */
export const API_VERSION = '0.1.0';

export interface AppOptions {
  /** the stored fixtures (default: a Corpus over this checkout's fixtures/ or $PLANDIFF_FIXTURES) */
  corpus?: Corpus;
  /** largest request body read, in bytes (default $PLANDIFF_MAX_BODY, else 5 MiB) */
  maxBodyBytes?: number;
  /** CORS on /api: false (default) = off; true = any origin; a list = those origins only */
  cors?: boolean | string[];
  /** folder of the built viewer (default apps/web/dist); null = serve no viewer */
  webRoot?: string | null;
  /** where the request log lines go (default: none; server errors then go to console.error) */
  log?: LogLine;
  /** the worker pool that parses and compares uploads (default: a new one with limits from the environment) */
  planPool?: PlanPool;
}

const MaxBodyEnv = z
  .string()
  .regex(/^\d+$/, 'a whole number of bytes')
  .transform(Number)
  .pipe(z.number().int().min(1, 'at least 1 byte').max(Number.MAX_SAFE_INTEGER));

/**
 * The largest body from $PLANDIFF_MAX_BODY (a whole number of bytes ≥ 1), or undefined when unset or empty.
 * Throws Error with a readable message when it is set to anything else.
 */
export function maxBodyFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.PLANDIFF_MAX_BODY;
  if (value === undefined || value === '') return undefined;
  const parsed = MaxBodyEnv.safeParse(value);
  if (!parsed.success) {
    throw new Error(`PLANDIFF_MAX_BODY must be a whole number of bytes ≥ 1, got ${JSON.stringify(value)}`);
  }
  return parsed.data;
}

/**
 * Builds the plandiff HTTP API (Hono): the /api routes of DESIGN.md, the OpenAPI document generated from the zod
 * schemas of @plandiff/model, problem+json errors (RFC 9457), request logging, optional CORS and the built viewer
 * for every other path. Input: {@link AppOptions}. Output: the app; call `app.request()` in tests or serve
 * `app.fetch` with @hono/node-server.
 */
export function createApp(options: AppOptions = {}): ApiApp {
  const corpus = options.corpus ?? new Corpus();
  const maxBodyBytes = options.maxBodyBytes ?? maxBodyFromEnv() ?? DEFAULT_MAX_BODY_BYTES;
  const notices = new NoticeCache(options.planPool ?? new PlanPool(poolLimitsFromEnv()));
  const app: ApiApp = new OpenAPIHono();
  const log = options.log;

  if (log) app.use('*', requestLog(log));
  app.use('*', securityHeaders(Boolean(options.cors)));
  app.use('/api/*', refuseCrossOriginWrites(options.cors ?? false));
  app.use('/api/*', refuseEncodedBodies());
  if (options.cors) {
    app.use(
      '/api/*',
      corsMiddleware({
        origin: options.cors === true ? '*' : options.cors,
        allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        exposeHeaders: ['ETag', 'Content-Length'],
        maxAge: 600,
      }),
    );
  }

  mountSeriesRoutes(app, corpus, new StoredAnswers());
  mountCollectionRoutes(app, corpus, new StoredAnswers());
  mountOutcomeRoutes(app, corpus, new StoredAnswers());
  mountParseRoute(app, corpus, notices, maxBodyBytes);
  mountCompareRoute(app, corpus, notices, maxBodyBytes);
  mountHealthRoute(app);
  mountOpenApiDocument(app, API_VERSION);

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot !== null) app.use('*', viewer(webRoot));

  app.notFound((c) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) {
      const allow = allowedMethods(app.routes, path);
      if (allow.length > 0 && !allow.includes(c.req.method)) {
        return problemResponse(
          problem('method-not-allowed', `${path} answers ${allow.join(', ')}, not ${c.req.method}; see /api/openapi.json`, path),
          { Allow: allow.join(', ') },
        );
      }
      return problemResponse(problem('not-found', `no route ${c.req.method} ${path}; see /api/openapi.json`, path));
    }
    return c.text('Not found', 404);
  });

  app.onError((error, c) => {
    if (clientAborted(c.req.raw, error)) {
      // the client went away mid-request (closed tab, cancelled upload): nothing is wrong with the server
      (log ?? console.info)(`INFO ${c.req.method} ${c.req.path}: the client aborted the request`);
      return problemResponse(problem('bad-request', 'the client aborted the request', c.req.path));
    }
    const p = problemFromError(error, c.req.path);
    // a 503 of the worker pool (busy, over the time budget) is the service protecting itself, not a fault
    if (error instanceof ProblemError) {
      if (p.status >= 500) (log ?? console.warn)(`WARN ${c.req.method} ${c.req.path} ${p.status}: ${p.detail}`);
    } else if (p.status >= 500) (log ?? console.error)(`ERROR ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return problemResponse(p);
  });

  return app;
}
