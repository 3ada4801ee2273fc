import { buildServer } from '../../../src/api/server.js';
import { WEB_ROOT } from '../../../src/api/web-assets.js';
import type { ApiApp } from '../../../src/api/api-app.js';
import { startHarness, type Harness } from '../../support/harness.js';

export interface WebServer {
  h: Harness;
  /** The same store served over HTTP with the built web application. */
  app: ApiApp;
  origin: string;
  close(): Promise<void>;
}

/** A real Safehold (the harness's store) listening on an ephemeral port, serving dist/web. */
export async function startWebServer(): Promise<WebServer> {
  const h = await startHarness();
  const app = await buildServer({ store: h.store, deps: h.deps, webRoot: WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    h,
    app,
    origin: `http://localhost:${address.port}`,
    async close() {
      await app.close();
      await h.close();
    },
  };
}
