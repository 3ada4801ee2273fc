import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSafehold, type Safehold } from '../../src/app/open-safehold.js';
import { loadConfig } from '../../src/config.js';
import { unlockDataDir } from '../../src/security/data-dir.js';
import { SQLITE_FILE } from '../../src/store/engine.js';

/** Seeded data directories live here (ignored by git) and are reused while their manifest matches. */
export const BENCH_DATA_ROOT = fileURLToPath(new URL('../../.bench-data/', import.meta.url));

/** Everything in a benchmark directory is fictional; its passphrase protects nothing. */
export const BENCH_PASSPHRASE = 'fictional benchmark data only';

export const BENCH_LAWYER = {
  username: 'bench-lawyer',
  displayName: 'Lawyer of the benchmark practice',
  password: 'timeline reader 2025 fictional',
};
export const BENCH_CASEWORKER = {
  username: 'bench-caseworker',
  displayName: 'Caseworker of the benchmark practice',
  password: 'intake desk 2025 fictional',
};
export const BENCH_TEAM = 'Benchmark practice';

/** Bump when the generator or the seeding changes, so old directories are seeded again. */
export const GENERATOR_VERSION = 1;

export interface PopulationParams {
  clients: number;
  notes: number;
  seed: number;
}

export const DEFAULT_POPULATION: PopulationParams = { clients: 100_000, notes: 1_000_000, seed: 1 };

export interface SeedManifest {
  generator: number;
  params: PopulationParams;
  seededAt: string;
  seconds: number;
  clientsPerSecond: number;
  notesPerSecond: number;
  /** Database file plus its write-ahead log, after a checkpoint. */
  fileBytes: number;
  tableBytes: Record<string, number>;
}

export const MANIFEST_FILE = 'bench-manifest.json';

export function dataDirFor(p: PopulationParams): string {
  return join(BENCH_DATA_ROOT, `population-${p.clients}-${p.notes}-seed${p.seed}`);
}

/** The manifest of a completely seeded directory for these parameters, or null. */
export async function readManifest(p: PopulationParams): Promise<SeedManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dataDirFor(p), MANIFEST_FILE), 'utf8')) as SeedManifest;
    const same =
      manifest.generator === GENERATOR_VERSION &&
      manifest.params.clients === p.clients &&
      manifest.params.notes === p.notes &&
      manifest.params.seed === p.seed;
    return same ? manifest : null;
  } catch {
    return null;
  }
}

/** Unlock and open a seeded directory exactly as `safehold serve` does. */
export async function openBenchSafehold(dataDir: string): Promise<Safehold & { dataKey: Buffer }> {
  const dataKey = await unlockDataDir(dataDir, BENCH_PASSPHRASE);
  return { ...(await openSafehold(loadConfig({ SAFEHOLD_DATA_DIR: dataDir }), dataKey)), dataKey };
}

export async function databaseBytes(dataDir: string): Promise<number> {
  const sizes = await Promise.all(
    [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) =>
      stat(join(dataDir, f)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
