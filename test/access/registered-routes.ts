import type { ApiApp } from '../../src/api/api-app.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** "METHOD /path" with Fastify's parameter syntax, such as "GET /api/cases/:id". */
export type RouteKey = `${HttpMethod} /${string}`;

/**
 * Every route the server answers, read from its router (`printRoutes`), so that a route added in
 * any plugin is listed. The HEAD routes Fastify adds for each GET are left out; any other method
 * fails here, so that it cannot be walked past unnoticed.
 *
 * The router prints a tree: each line is `<drawing><segment> (<METHODS>)`, four characters of
 * drawing per level, and a segment continues the path of the line above it one level up.
 */
export function registeredRoutes(app: ApiApp): RouteKey[] {
  const parents: string[] = [];
  const routes: RouteKey[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!m) {
      if (line.trim() !== '') throw new Error(`cannot read this line of the route tree: ${line}`);
      continue;
    }
    const depth = (m[1] ?? '').length / 4;
    const path = (parents[depth - 1] ?? '') + (m[2] ?? '');
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      if (method === 'HEAD') continue;
      if (!METHODS.includes(method)) throw new Error(`a route answers ${method} ${path}: give it a rule`);
      routes.push(`${method as HttpMethod} ${path}` as RouteKey);
    }
  }
  return routes;
}

export function splitRoute(route: RouteKey): { method: HttpMethod; path: string } {
  const [method, path] = route.split(' ') as [HttpMethod, string];
  return { method, path };
}
