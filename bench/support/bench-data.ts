import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSafehold, type Safehold } from '../../src/app/open-safehold.js';
import { loadConfig } from '../../src/config.js';
import type { Role } from '../../src/domain/role.js';
import { appendAudit } from '../../src/security/audit-log.js';
import { unlockDataDir } from '../../src/security/data-dir.js';
import type { Deps } from '../../src/services/deps.js';
import { createUser } from '../../src/services/users/create-user.js';
import { SQLITE_FILE } from '../../src/store/engine.js';
import { updateUser } from '../../src/store/users.js';

/** Seeded data directories live here (ignored by git) and are reused while their manifest matches. */
export const BENCH_DATA_ROOT = fileURLToPath(new URL('../../.bench-data/', import.meta.url));

/** Everything in a benchmark directory is fictional; its passphrase protects nothing. */
export const BENCH_PASSPHRASE = 'fictional benchmark data only';

/** The sign-in of a benchmark account: fictional, like everything it opens. */
export interface BenchAccount {
  username: string;
  displayName: string;
  password: string;
}

export const BENCH_LAWYER: BenchAccount = {
  username: 'bench-lawyer',
  displayName: 'Lawyer of the benchmark practice',
  password: 'timeline reader 2025 fictional',
};
export const BENCH_CASEWORKER: BenchAccount = {
  username: 'bench-caseworker',
  displayName: 'Caseworker of the benchmark practice',
  password: 'intake desk 2025 fictional',
};
export const BENCH_TEAM = 'Benchmark practice';

/** Bump when the generator or the seeding changes, so old directories are seeded again. */
// 2: users.password_expires_at exists (migration 0002) and the benchmark accounts' passwords do not expire.
export const GENERATOR_VERSION = 2;

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

/**
 * A benchmark account, made by createUser, whose password is then its own as changePassword leaves
 * it (no expiry, with its audit entry): a seeded directory outlives a temporary password by far.
 */
export async function createBenchUser(deps: Deps, account: BenchAccount, role: Role) {
  const user = await createUser(deps, null, { ...account, role });
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.now();
    const own = await updateUser(tx, user.id, 1, { password_expires_at: null, updated_at: now.toISOString() });
    if (!own) throw new Error(`the benchmark account ${account.username} changed while it was made`);
    await appendAudit(
      tx,
      { actorId: user.id, action: 'auth.password-change', outcome: 'ok', targetType: 'user', targetId: user.id },
      now,
    );
  });
  return user;
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
