import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a child process: ours without any SAFEHOLD_ setting, plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SAFEHOLD_')));
  return { ...base, ...env };
}

function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Run one `safehold` command to its end. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** `safehold serve` on a free port of 127.0.0.1; resolves once it says where it listens. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnCli(['serve'], { ...env, HOST: '127.0.0.1', PORT: '0' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    // Keep reading both pipes for the whole life of the process, so its logging never blocks.
    child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
    child.stdout?.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-4000);
      const url = /Safehold is listening at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child, exited });
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}
