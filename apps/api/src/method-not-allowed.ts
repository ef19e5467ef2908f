/** One route as Hono lists it in `app.routes`: method and path pattern (`/api/series/:series`). */
export interface RouteEntry {
  method: string;
  path: string;
}

/** Turns a Hono path pattern (`/api/series/:series/plans/:year`) into a regular expression over a whole path. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods that some route answers for `path`, for an `Allow` header (RFC 9110 §15.5.6: a 405 answer must name
 * the methods the target resource supports). Input: the app's routes and a request path. Middleware entries
 * (method ALL, or a pattern with `*`) are not routes and are ignored. Output: the methods in a stable order, GET
 * followed by HEAD (Hono answers HEAD with the GET route), empty when no route has this path (a 404, not a 405).
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    if (patternOf(route.path).test(path)) methods.add(route.method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
