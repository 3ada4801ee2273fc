import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export type ParentMessage = { type: 'stats' };
export interface ServerStats {
  readyRssBytes: number;
  maxRssBytes: number;
  cpuMs: number;
}
type ChildMessage = { type: 'listening'; url: string } | ({ type: 'stats' } & ServerStats);

const SERVER_SCRIPT = fileURLToPath(new URL('../case-read-server.ts', import.meta.url));

/** Start the API server on a seeded directory in a child process. */
export async function startServerChild(dataDir: string) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), SERVER_SCRIPT, dataDir], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends ChildMessage['type']>(type: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type !== type) return;
        stopListening();
        resolve(m as Extract<ChildMessage, { type: T }>);
      };
      const onExit = (code: number | null) => {
        stopListening();
        reject(new Error(`the benchmark server exited with code ${String(code)}`));
      };
      const stopListening = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const { url } = await next('listening');
  return {
    url,
    /** The server's resident memory once listening and at its peak so far, and its CPU time so far. */
    async stats(): Promise<ServerStats> {
      const reply = next('stats');
      child.send({ type: 'stats' } satisfies ParentMessage);
      const { readyRssBytes, maxRssBytes, cpuMs } = await reply;
      return { readyRssBytes, maxRssBytes, cpuMs };
    },
    /** Disconnect, upon which the server closes and its process ends. */
    async stop(): Promise<void> {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}
