import { SingleBar } from 'cli-progress';

/** A progress bar on stderr for long runs, only when stderr is a terminal (never in a pipe or a log). */
export function progressBar(unit: string): { update(value: number, total?: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: ` {bar} {value}/{total} ${unit}`, hideCursor: true });
  let started = false;
  return {
    update(value, total) {
      if (!started) bar.start(total ?? 0, value);
      else if (total !== undefined) bar.setTotal(total);
      started = true;
      bar.update(value);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
