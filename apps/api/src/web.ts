import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/** apps/web/dist of this checkout: where `pnpm --filter @plandiff/web build` writes the viewer. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist/', import.meta.url));
}

const MISSING_VIEWER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>plandiff</title></head>
<body><h1>plandiff</h1>
<p>The viewer is not built yet. Run <code>pnpm --filter @plandiff/web build</code>, then reload.</p>
<p>The API answers meanwhile: <a href="/api/series">/api/series</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

/**
 * Serves the built viewer for every GET/HEAD outside /api: files from `webRoot` (serve-static of
 * @hono/node-server, which refuses `..` and encoded separators), and index.html for any other path without a file
 * extension, so that the single-page app handles its own routes; a missing file (a path with an extension, e.g.
 * `/assets/x.js`) is a plain 404 rather than HTML in place of a script. Vite's content-hashed `/assets/*` are
 * cacheable for a year (immutable), index.html is revalidated every time (no-cache). When `webRoot` has no
 * index.html, a plain page says how to build it. /api paths and other methods pass through (to the API's 404).
 */
export function viewer(webRoot: string): MiddlewareHandler {
  const files = serveStatic({ root: webRoot, precompressed: true });
  const index = serveStatic({ path: join(webRoot, 'index.html') });
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    if (!existsSync(join(webRoot, 'index.html'))) return c.html(MISSING_VIEWER_PAGE, 200, { 'Cache-Control': 'no-store' });
    const file = await files(c, async () => {});
    if (file) {
      file.headers.set('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return file;
    }
    if (/\.[^/]*$/.test(path)) return c.text('Not found', 404);
    const page = await index(c, async () => {});
    if (!page) return next();
    page.headers.set('Cache-Control', 'no-cache');
    return page;
  };
}
