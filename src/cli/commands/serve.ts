import type { Command } from 'commander';
import { buildServer } from '../../api/server.js';
import { WEB_ROOT } from '../../api/web-assets.js';
import { loadConfig, type Config } from '../../config.js';
import type { Safehold } from '../../app/open-safehold.js';
import { unlock } from '../unlock.js';

/** Listen until SIGINT/SIGTERM, then finish in-flight requests and close the store. */
export async function serve(config: Config, safehold: Safehold): Promise<void> {
  const app = await buildServer({
    store: safehold.store,
    deps: safehold.deps,
    bodyLimit: config.bodyLimit,
    logger: true,
    trustedProxies: config.trustedProxies,
    webRoot: WEB_ROOT,
  });
  const address = await app.listen({ host: config.host, port: config.port });
  console.log(`Safehold is listening at ${address}`);
  const stop = async () => {
    await app.close();
    await safehold.store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('unlock the data and serve the API (HOST and PORT, default 127.0.0.1:8080)')
    .action(async () => {
      const config = loadConfig();
      await serve(config, await unlock(config));
    });
}
