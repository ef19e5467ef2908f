import type { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Problem, PROBLEM_MEDIA_TYPE, ProblemError, describeZodError, type ProblemKind, PROBLEM_KINDS } from './problem.js';
import { jsonAnswer } from './representation.js';

/** The Hono app class of the API: a Hono app that also holds the OpenAPI registry of its routes. */
export type ApiApp = OpenAPIHono;

/** A route as described for OpenAPI (path in OpenAPI form, e.g. `/api/series/{series}`). */
export type ApiRoute = ReturnType<typeof createRoute>;

/** A route's handler: it answers with a ready Response (cached bytes, ETag, coding) or throws a ProblemError. */
export type ApiHandler = (c: Context) => Promise<Response> | Response;

/**
 * Mounts a route: its description goes into the OpenAPI registry, its handler onto the app at the same path
 * (OpenAPI `{name}` turned into Hono `:name`). Request bodies are read by the handlers themselves (size-limited,
 * see body.ts), which is why the generated validator of @hono/zod-openapi is not used.
 */
export function mount(app: ApiApp, route: ApiRoute, handler: ApiHandler): void {
  app.openAPIRegistry.registerPath(route);
  app.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ':$1'), handler);
}

/**
 * Validates one input of a request (path parameters, query, multipart fields) with a zod schema.
 * Output: the parsed value. Throws ProblemError `bad-request` (400) naming each failed field.
 */
export function validInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ProblemError('bad-request', `${what}: ${describeZodError(result.error)}`);
  return result.data;
}

/** OpenAPI description of a JSON answer. */
export function jsonContent(schema: z.ZodType, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** OpenAPI descriptions of the problem answers a route may give, by status. */
export function problemContent(kinds: ProblemKind[]) {
  return Object.fromEntries(
    kinds.map((kind) => [
      PROBLEM_KINDS[kind].status,
      { description: PROBLEM_KINDS[kind].title, content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } } },
    ]),
  );
}

/**
 * Mounts GET /api/openapi.json: the OpenAPI 3.1 document generated from the registered routes and the zod
 * schemas of @plandiff/model (built once, on first request, after every route was mounted).
 */
export function mountOpenApiDocument(app: ApiApp, version: string): void {
  let document: object | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'plandiff API',
        version,
        description:
          'Chinese government yearly work plans as structured Plans, comparisons between years and metric × year ' +
          'timelines. Errors are application/problem+json (RFC 9457). Answers about stored fixtures carry ETag and ' +
          'Cache-Control: public, max-age=300; answers to POSTed notices are no-store and nothing posted is stored.',
      },
    });
    return jsonAnswer(c.req.raw, document, 'public');
  });
}
