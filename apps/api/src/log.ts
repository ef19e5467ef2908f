import type { MiddlewareHandler } from 'hono';

/** Where the API writes its log lines (one string per line, no trailing newline). */
export type LogLine = (line: string) => void;

/**
 * Request logging middleware: after each request, one line `METHOD path status ms`, e.g.
 * `GET /api/series 200 3.1ms` (milliseconds from the request reaching the app to its Response being ready;
 * the path without the query string).
 */
export function requestLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  };
}
