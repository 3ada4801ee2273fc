import { createHash } from 'node:crypto';
import { access, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { appendAudit } from '../security/audit-log.js';
import type { Keyfile } from '../security/keyfile.js';
import { SYSTEM_ACTOR_ID } from '../security/roles.js';
import { deriveSubkey } from '../security/subkeys.js';
import type { Store } from '../store/engine.js';
import { anyDb, readCatalog, type AnyDb, type TableInfo } from './catalog.js';
import { encodePrefix, encodeValue, newHeader, type TableManifest } from './format.js';
import { SealedWriter } from './sealed-writer.js';
import { StreamSealer } from './secret-stream.js';
import { VAULT_COLUMNS, VAULT_SECTION, vaultRows } from './vault-section.js';

const PAGE_ROWS = 1000;

export interface BackupOptions {
  /** A full export: also carry the evidence files of this vault root. */
  vaultRoot?: string;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  rows: number;
  tables: TableManifest[];
  schemaVersion: string;
}

/**
 * Write an encrypted copy of every table while the store stays in use: all tables are read
 * in one read-only transaction (REPEATABLE READ on PostgreSQL; SQLite's read transaction is
 * a snapshot), page by page, and sealed block by block. The file appears under its name only
 * once complete and on disk; it never holds a byte of plaintext beyond its header.
 */
export async function writeBackup(
  store: Store,
  dataKey: Buffer,
  keyfile: Keyfile,
  file: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  if (await exists(file)) throw new Error(`${file} already exists: choose a new name for the backup`);
  const now = new Date();
  // The copy records that it was made: the entry is inside the snapshot it describes.
  await store.db
    .transaction()
    .execute((tx) => appendAudit(tx, { actorId: SYSTEM_ACTOR_ID, action: 'backup.create', outcome: 'ok' }, now));

  const partial = `${file}.${process.pid}.partial`;
  const fh = await open(partial, 'wx', 0o600);
  try {
    const summary = await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (tx) => {
        const db = anyDb(tx);
        const schemaVersion = await lastMigration(db);
        const vaultRoot = options.vaultRoot;
        const prefix = encodePrefix(newHeader(store.engine, schemaVersion, keyfile, now, vaultRoot !== undefined));
        const sealer = new StreamSealer(deriveSubkey(dataKey, 'backup'), prefix);
        await fh.write(Buffer.concat([prefix, sealer.header]));
        const out = new SealedWriter(fh, sealer, prefix.length + sealer.header.length);
        const tables: TableManifest[] = [];
        for (const table of await readCatalog(db)) {
          tables.push(await copySection(table.name, table.columns, pages(db, table), out));
        }
        if (vaultRoot !== undefined) {
          tables.push(await copySection(VAULT_SECTION, VAULT_COLUMNS, vaultRows(db, vaultRoot), out));
        }
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        await out.end(line({ manifest: { tables, rows } }));
        return { file, bytes: out.bytesWritten, rows, tables, schemaVersion };
      });
    await fh.sync();
    await fh.close();
    await rename(partial, file);
    await syncDirectory(dirname(file));
    return summary;
  } catch (err) {
    await fh.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}

async function copySection(
  name: string,
  columns: string[],
  source: AsyncIterable<Record<string, unknown>>,
  out: SealedWriter,
): Promise<TableManifest> {
  const hash = createHash('sha256');
  const put = async (bytes: Buffer) => {
    hash.update(bytes);
    await out.write(bytes);
  };
  await put(line({ table: name, columns }));
  let rows = 0;
  for await (const row of source) {
    await put(line(columns.map((c) => encodeValue(row[c], `${name}.${c}`))));
    rows += 1;
  }
  return { name, rows, sha256: hash.digest('hex') };
}

/** The rows of a table in primary-key order, PAGE_ROWS at a time (keyset pagination). */
async function* pages(db: AnyDb, table: TableInfo): AsyncGenerator<Record<string, unknown>> {
  if (table.primaryKey.length === 0) throw new Error(`table ${table.name} has no primary key: it cannot be backed up`);
  const key = table.primaryKey.map((c) => sql.ref(c));
  let after: unknown[] | null = null;
  for (;;) {
    let query = db.selectFrom(table.name).select(table.columns).limit(PAGE_ROWS);
    if (after) query = query.where(sql<boolean>`(${sql.join(key)}) > (${sql.join(after)})`);
    for (const c of table.primaryKey) query = query.orderBy(c);
    const rows = await query.execute();
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < PAGE_ROWS || !last) return;
    after = table.primaryKey.map((c) => last[c]);
  }
}

async function lastMigration(db: AnyDb): Promise<string> {
  const row = await db
    .selectFrom('schema_migrations')
    .select('name')
    .orderBy('name', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (typeof row?.name !== 'string') throw new Error('the database has no schema yet: nothing to back up');
  return row.name;
}

function line(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
