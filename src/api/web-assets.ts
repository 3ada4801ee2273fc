import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { ApiApp } from './api-app.js';

/** Where `npm run build` puts the web application (vite: web/ → dist/web). */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Hashed file names never change content: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serve the built web application from `root`: its hashed assets with a long cache, and
 * index.html (never cached) for every other GET outside /api, so that client-side routes load
 * the application. Without a build the API is served alone.
 */
export async function webAssets(app: ApiApp, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'no built web application: serving the API only (npm run build)');
    return;
  }
  await app.register(fastifyStatic, { root, serve: false, index: false, dotfiles: 'deny', cacheControl: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    const path = req.url.split('?', 1)[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    if (path.startsWith('/assets/')) return reply.header('Cache-Control', IMMUTABLE).sendFile(path.slice(1));
    return reply.header('Cache-Control', 'no-store').sendFile('index.html');
  });
}
