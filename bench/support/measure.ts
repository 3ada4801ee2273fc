/** Latency of each call, one after another; the time they took in all; the CPU time they used. */
export interface Run {
  latenciesMs: number[];
  wallMs: number;
  /** CPU time of this process during the calls (user + system): unlike latency, waiting for a core does not count. */
  cpuMs: number;
}

export interface Summary {
  readsPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  cpuMsPerRead: number;
}

function cpuMsNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Call `read` for each id in turn: the first `warmup` calls are not measured. */
export async function timeEach(ids: readonly string[], warmup: number, read: (id: string) => unknown): Promise<Run> {
  for (const id of ids.slice(0, warmup)) await read(id);
  const latenciesMs: number[] = [];
  const cpuStarted = cpuMsNow();
  const started = performance.now();
  for (const id of ids.slice(warmup)) {
    const t0 = performance.now();
    await read(id);
    latenciesMs.push(performance.now() - t0);
  }
  return { latenciesMs, wallMs: performance.now() - started, cpuMs: cpuMsNow() - cpuStarted };
}

/**
 * Call every reader for each id, taking turns at going first, so that whatever else the machine
 * is doing weighs on all of them alike. A reader's wall time is the sum of its own latencies.
 */
export async function timeInterleaved<K extends string>(
  ids: readonly string[],
  readers: Readonly<Record<K, (id: string) => unknown>>,
): Promise<Record<K, Run>> {
  const names = Object.keys(readers) as K[];
  const runs = Object.fromEntries(names.map((n): [K, Run] => [n, { latenciesMs: [], wallMs: 0, cpuMs: 0 }])) as Record<
    K,
    Run
  >;
  for (const [i, id] of ids.entries()) {
    for (let j = 0; j < names.length; j += 1) {
      const name = names[(i + j) % names.length]!;
      const run = runs[name];
      const cpu0 = cpuMsNow();
      const t0 = performance.now();
      await readers[name](id);
      const ms = performance.now() - t0;
      run.cpuMs += cpuMsNow() - cpu0;
      run.latenciesMs.push(ms);
      run.wallMs += ms;
    }
  }
  return runs;
}

export function summarize(run: Run): Summary {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  return {
    readsPerSecond: (sorted.length / run.wallMs) * 1000,
    meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    cpuMsPerRead: run.cpuMs / sorted.length,
  };
}

/** The median of each figure over repeated runs. */
export function medianSummary(runs: readonly Summary[]): Summary {
  const of = (k: keyof Summary) => median(runs.map((s) => s[k]));
  return {
    readsPerSecond: of('readsPerSecond'),
    meanMs: of('meanMs'),
    p50Ms: of('p50Ms'),
    p95Ms: of('p95Ms'),
    cpuMsPerRead: of('cpuMsPerRead'),
  };
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** How far apart repeated measurements are: (max − min) / median. */
export function relativeRange(values: readonly number[]): number {
  return (Math.max(...values) - Math.min(...values)) / median(values);
}
