import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { VAULT_DIR } from '../files/vault-store.js';
import { unwrapDataKey, writeKeyfile } from '../security/keyfile.js';
import { deriveSubkey } from '../security/subkeys.js';
import { openPostgres, openSqlite, type Store } from '../store/engine.js';
import { knowsMigration, migrateToLatest, migrateUpTo } from '../store/migrate.js';
import { anyDb, MIGRATION_LOCK_TABLE, readCatalog, type AnyDb } from './catalog.js';
import { BackupRefusedError } from './errors.js';
import type { BackupHeader, TableManifest } from './format.js';
import { openBackupFile, readBackup, verifyBackup, type BackupFile } from './read-backup.js';
import { VAULT_SECTION, VaultSink } from './vault-section.js';

/** Rows per insert statement, and at most this many values in one (both engines accept it). */
const INSERT_ROWS = 500;
const INSERT_VALUES = 30_000;

export interface RestoreSummary {
  header: BackupHeader;
  tables: TableManifest[];
  rows: number;
  engine: Store['engine'];
}

/**
 * Restore a backup into a fresh target: a data directory that does not exist or is empty
 * and, with a database URL, a PostgreSQL database with no tables. The whole file is
 * decrypted and checked first; then the key file of the backup is written, the schema is
 * created up to the version of the backup, every row is inserted in one transaction (and
 * checked against the manifest again), and the schema is brought to the latest version.
 * If anything fails after the check, what was created is removed again.
 */
export async function restoreBackup(config: Config, path: string, passphrase: string): Promise<RestoreSummary> {
  const file = await openBackupFile(path);
  const { header } = file;
  const dataKey = unwrapDataKey(header.keyfile, passphrase);
  const dataDirExisted = await assertEmptyDirectory(config.dataDir);
  const postgres = config.databaseUrl ? openPostgres(config.databaseUrl, 2) : null;
  try {
    if (postgres) await assertNoTables(postgres.db);
    if (!knowsMigration(header.schemaVersion)) {
      throw new BackupRefusedError(
        `the backup was made by a newer Safehold (schema ${header.schemaVersion}): restore it with that version or a later one`,
      );
    }
    const tables = await verifyBackup(file, deriveSubkey(dataKey, 'backup'));
    try {
      const engine = await createAndFill(config, file, dataKey, tables, postgres);
      return { header, tables, rows: tables.reduce((n, t) => n + t.rows, 0), engine };
    } catch (err) {
      const undone = await undo(config.dataDir, dataDirExisted, postgres).then(
        () => 'what it had created was removed',
        () => `remove ${config.dataDir} and any tables it created before trying again`,
      );
      throw new Error(`the restore failed (${(err as Error).message}); ${undone}`, { cause: err });
    }
  } finally {
    await postgres?.close();
  }
}

/** Write the key file, create the schema of the backup, fill it, and migrate it to the latest. */
async function createAndFill(
  config: Config,
  file: BackupFile,
  dataKey: Buffer,
  tables: TableManifest[],
  postgres: Store | null,
): Promise<Store['engine']> {
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await writeKeyfile(config.dataDir, file.header.keyfile);
  const store = postgres ?? openSqlite(config.dataDir, deriveSubkey(dataKey, 'sqlcipher'), config.cacheMb);
  try {
    await migrateUpTo(store.db, file.header.schemaVersion);
    await insertRows(anyDb(store.db), file, deriveSubkey(dataKey, 'backup'), tables, join(config.dataDir, VAULT_DIR));
    await migrateToLatest(store.db);
    return store.engine;
  } finally {
    if (store !== postgres) await store.close();
  }
}

/**
 * Replace what the migrations seeded with the rows of the backup, in one transaction; the
 * evidence files of a full export go back into the vault as they come.
 */
async function insertRows(
  db: AnyDb,
  file: BackupFile,
  key: Buffer,
  sections: TableManifest[],
  vaultRoot: string,
): Promise<void> {
  const tables = sections.filter((t) => t.name !== VAULT_SECTION);
  const target = await readCatalog(db);
  const names = (list: { name: string }[]) =>
    list
      .map((t) => t.name)
      .sort()
      .join(', ');
  if (names(target) !== names(tables)) {
    throw new Error(`the tables of the backup (${names(tables)}) differ from those of its schema (${names(target)})`);
  }
  await db.transaction().execute(async (tx) => {
    for (const table of [...target].reverse()) await tx.deleteFrom(table.name).execute();
    let batch: Record<string, unknown>[] = [];
    let table = '';
    let batchRows = INSERT_ROWS;
    const flush = async () => {
      if (batch.length > 0) await tx.insertInto(table).values(batch).execute();
      batch = [];
    };
    const vault = new VaultSink(vaultRoot);
    for await (const record of readBackup(file, key)) {
      if (record.kind === 'row' && record.table === VAULT_SECTION) {
        await vault.put(record.values);
      } else if (record.kind === 'table') {
        await flush();
        table = record.name;
        batchRows = Math.max(1, Math.min(INSERT_ROWS, Math.floor(INSERT_VALUES / record.columns.length)));
      } else {
        batch.push(record.values);
        if (batch.length >= batchRows) await flush();
      }
    }
    await flush();
    await vault.finish();
  });
}

/** True if the directory exists (and is empty); refuses one that holds anything. */
async function assertEmptyDirectory(dir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  if (entries.length > 0) {
    throw new BackupRefusedError(
      `the data directory ${dir} is not empty: restore only into a new or empty directory (SAFEHOLD_DATA_DIR)`,
    );
  }
  return true;
}

async function assertNoTables(db: Store['db']): Promise<void> {
  const tables = await readCatalog(anyDb(db));
  if (tables.length > 0) {
    throw new BackupRefusedError(
      `the PostgreSQL database of SAFEHOLD_DATABASE_URL already has ${tables.length} tables: restore only into an empty database`,
    );
  }
}

/** Remove what a failed restore created: the files in the data directory, the tables in PostgreSQL. */
async function undo(dataDir: string, dataDirExisted: boolean, postgres: Store | null): Promise<void> {
  if (postgres) {
    const db = anyDb(postgres.db);
    const tables = [...(await readCatalog(db))].reverse().map((t) => t.name);
    for (const name of [...tables, MIGRATION_LOCK_TABLE]) await db.schema.dropTable(name).ifExists().execute();
  }
  if (dataDirExisted) {
    for (const entry of await readdir(dataDir)) await rm(join(dataDir, entry), { recursive: true, force: true });
  } else {
    await rm(dataDir, { recursive: true, force: true });
  }
}
