import { buildServer } from '../src/api/server.js';
import { openBenchSafehold } from './support/bench-data.js';
import type { ParentMessage } from './support/server-child.js';

// The API server of the read benchmark, in a process of its own so that its memory is measured
// alone: `node --import tsx bench/case-read-server.ts <data dir>`, driven over IPC by server-child.ts.
// It stops when the parent disconnects, including when the parent dies.
const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error('start this through bench/case-read.ts');
const send = process.send.bind(process);

const safehold = await openBenchSafehold(dataDir);
const app = await buildServer({ store: safehold.store, deps: safehold.deps });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
const readyRssBytes = process.memoryUsage().rss;
send({ type: 'listening', url });

// The one question the parent asks: how much memory and CPU time the server has taken.
process.on('message', (_message: ParentMessage) => {
  const { user, system } = process.cpuUsage();
  send({
    type: 'stats',
    readyRssBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuMs: (user + system) / 1000,
  });
});
process.once('disconnect', () => {
  void app.close().then(() => safehold.store.close());
});
