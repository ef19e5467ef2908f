import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { problem, problemResponse } from './problem.js';

/**
 * Security headers on every answer (Hono's secureHeaders): Content-Security-Policy `default-src 'self'` with
 * `frame-ancestors 'none'` (no framing, CSP Level 2 §7.7), `img-src 'self' data:` (the viewer's empty favicon),
 * `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`; `X-Content-Type-Options: nosniff`;
 * `Referrer-Policy: no-referrer`; `X-Frame-Options: DENY` for browsers without frame-ancestors; COOP and CORP
 * same-origin (CORP is left off when `crossOrigin` is true, i.e. CORS is on and other origins may read /api).
 * No HSTS: the server speaks plain HTTP on 127.0.0.1.
 */
export function securityHeaders(crossOrigin: boolean): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
    crossOriginResourcePolicy: !crossOrigin,
  });
}

/**
 * Refuses cross-origin writes (CSRF): a POST (any unsafe method) to /api is answered 403 `forbidden-origin` when
 * the browser says it comes from another site — `Sec-Fetch-Site: cross-site` or `same-site`, or an `Origin` header
 * that is neither this server's own origin nor one of `allowedOrigins` (the CORS list). Browsers send `Origin` on
 * every cross-origin POST, including the "simple" ones (text/plain, multipart/form-data) that skip CORS
 * preflight (Fetch standard §3.2 and §4.1). Requests without both headers — curl, the CLI, scripts — are not
 * browser-driven and pass. `allowedOrigins` true = any origin (CORS `*`).
 */
export function refuseCrossOriginWrites(allowedOrigins: boolean | string[]): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || allowedOrigins === true) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const own = new URL(c.req.url).origin;
    const listed = origin !== undefined && Array.isArray(allowedOrigins) && allowedOrigins.includes(origin);
    const foreignOrigin = origin !== undefined && origin !== own && !listed;
    const foreignSite = (site === 'cross-site' || site === 'same-site') && !listed;
    if (foreignOrigin || foreignSite) {
      return problemResponse(
        problem(
          'forbidden-origin',
          `${method} ${c.req.path} is only accepted from this server's own pages (${own}), not from ${origin ?? `a ${site} page`}`,
          c.req.path,
        ),
      );
    }
    return next();
  };
}

/**
 * Refuses a request body with a Content-Encoding other than `identity` (e.g. gzip) with 415 and
 * `Accept-Encoding: identity` (RFC 9110 §8.4 and §15.5.16): the API reads notices uncompressed (its size limit
 * counts the bytes sent) and does not decode compressed bodies.
 */
export function refuseEncodedBodies(): MiddlewareHandler {
  return async (c, next) => {
    const coding = c.req.header('content-encoding');
    if (coding !== undefined && coding.trim() !== '' && coding.trim().toLowerCase() !== 'identity') {
      return problemResponse(
        problem(
          'unsupported-media-type',
          `the request body is sent with Content-Encoding "${coding}"; send the notice uncompressed (identity): the API does not decode compressed bodies`,
          c.req.path,
          'CONTENT_ENCODING',
        ),
        { 'Accept-Encoding': 'identity' },
      );
    }
    return next();
  };
}
