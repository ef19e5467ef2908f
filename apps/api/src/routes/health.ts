import { createRoute, z } from '@hono/zod-openapi';
import { PARSER_VERSION } from '@plandiff/parse';
import { jsonAnswer } from '../representation.js';
import { jsonContent, mount, type ApiApp } from '../openapi.js';

const Health = z
  .object({
    status: z.literal('ok'),
    parserVersion: z.string().describe('version of @plandiff/parse that makes every Plan'),
    uptimeSeconds: z.number().describe('seconds since the app was created'),
  })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness: the API answers',
  responses: { 200: jsonContent(Health, 'the API is up (Cache-Control: no-store)') },
});

/** Mounts GET /api/health → `{ status: "ok", parserVersion, uptimeSeconds }` (no-store). */
export function mountHealthRoute(app: ApiApp): void {
  const started = performance.now();
  mount(app, healthRoute, (c) =>
    jsonAnswer(
      c.req.raw,
      { status: 'ok', parserVersion: PARSER_VERSION, uptimeSeconds: Math.round((performance.now() - started) / 1000) },
      'no-store',
    ),
  );
}
