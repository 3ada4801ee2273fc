import { join } from 'node:path';
import SQLiteDatabase from 'better-sqlite3-multiple-ciphers';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg, { TypeOverrides } from 'pg';
import type { Database } from './schema.js';

export type EngineName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  engine: EngineName;
  /** Where the embedded database file lives (sqlite only). */
  file: string | null;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'safehold.db';

export class NotEncryptedKeyError extends Error {}

/**
 * Open the embedded store: one SQLite file encrypted as a whole with SQLCipher (page
 * encryption with HMAC), WAL journal, synchronous=FULL so an acknowledged commit survives a
 * crash, foreign keys enforced.
 */
export function openSqlite(dataDir: string, sqlcipherKey: Buffer, cacheMb: number): Store {
  const file = join(dataDir, SQLITE_FILE);
  const raw = new SQLiteDatabase(file);
  try {
    raw.pragma(`cipher='sqlcipher'`);
    raw.pragma('legacy=4');
    raw.pragma(`key="x'${sqlcipherKey.toString('hex')}'"`);
    // Reading the schema fails here when the key is wrong or the file is not ours.
    raw.prepare('select count(*) as n from sqlite_master').get();
  } catch (err) {
    raw.close();
    throw new Error(`the database file ${file} cannot be opened with this key: ${(err as Error).message}`);
  }
  raw.pragma('journal_mode=WAL');
  raw.pragma('synchronous=FULL');
  raw.pragma('foreign_keys=ON');
  raw.pragma('busy_timeout=5000');
  raw.pragma('secure_delete=ON');
  // SQLCipher does not encrypt temporary files: keep sorts and temp tables in memory.
  raw.pragma('temp_store=MEMORY');
  // Decrypted pages kept in memory (the default is 2 MiB): see Config.cacheMb.
  raw.pragma(`cache_size=-${cacheMb * 1024}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, engine: 'sqlite', file, close: () => db.destroy() };
}

const INT8_OID = 20;

export function openPostgres(url: string, poolSize = 10): Store {
  // bigint columns (audit sequence numbers, counts) come back as numbers, not strings.
  const types = new TypeOverrides();
  types.setTypeParser(INT8_OID, Number);
  // No JIT compilation: the estimates of a totals query over a large practice (wide rows of
  // encrypted fields) cross its cost threshold, and compiling took longer than running the
  // query (0.5 s of the dashboard's 0.85 s for the clients' standings at 100,000 clients).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, options: '-c jit=off' });
  // An idle connection dropped by the server (a restart, a failover) is discarded by the pool
  // and replaced on next use; without a listener the error would end the whole process.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL connection lost: ${err.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', file: null, close: () => db.destroy() };
}
