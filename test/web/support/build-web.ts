import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const WEB = 'web';
const BUILT = 'dist/web/index.html';

/** Newest modification time under a directory. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** Vitest global set-up of the browser project: build dist/web when web/ changed since the last build. */
export default async function buildWebIfStale(): Promise<void> {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest(WEB)) return;
  await build({ root: WEB, logLevel: 'warn' });
}
