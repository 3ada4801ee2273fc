import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { openSafehold } from '../../src/app/open-safehold.js';
import { anyDb, readCatalog } from '../../src/backup/catalog.js';
import { MAGIC } from '../../src/backup/format.js';
import { restoreBackup } from '../../src/backup/restore-backup.js';
import { writeBackup } from '../../src/backup/write-backup.js';
import { loadConfig, type Config } from '../../src/config.js';
import { unlockDataDir } from '../../src/security/data-dir.js';
import { FieldCipher } from '../../src/security/field-cipher.js';
import { wrapDataKey, writeKeyfile, type Keyfile } from '../../src/security/keyfile.js';
import { openPostgres, type Db } from '../../src/store/engine.js';
import { freshPostgresDatabase, testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { expectAuditChainIntact } from './audit-chain.js';
import { runCli } from './server-process.js';
import { allRows } from './table-rows.js';

const PASSPHRASE = 'restore drill on a quiet morning';
const NOTES = 40;

// Invented people; the names must never appear in a backup file.
const client = {
  label: 'V. O.',
  identity: {
    names: [
      { script: 'latin', given: 'Veyra', family: 'Ostrowan', full: 'Veyra Ostrowan' },
      { script: 'persian', full: 'ویرا اوستروان' },
    ],
    birthDate: '1986',
    nationality: 'IR',
  },
};
const sister = {
  kind: 'family_member',
  relationship: 'sister',
  identity: { names: [{ script: 'latin', given: 'Talisse', family: 'Ostrowan', full: 'Talisse Ostrowan' }] },
  location: { address: 'Rruga e Qershive 14', city: 'Durrës', country: 'AL' },
};
const SECRETS = ['Veyra', 'Ostrowan', 'اوستروان', 'Talisse', 'Qershive', 'met the officer on the ninth'];

interface Target {
  config: Config;
  dataDir: string;
  /** Names of the tables in the target database (PostgreSQL), none for the embedded store. */
  tables(): Promise<string[]>;
  drop(): Promise<void>;
}

describe('backup and restore', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseId: string;
  let clientId: string;
  let work: string;
  let keyfile: Keyfile;
  let file: string;

  beforeAll(async () => {
    h = await startHarness();
    work = await mkdtemp(join(tmpdir(), 'safehold-backup-'));
    lawyer = await h.user('lawyer', { teams: ['Tirana office'] });
    const caseworker = await h.user('caseworker', { teams: ['Tirana office'] });
    const post = async (url: string, payload: object, as = lawyer) => {
      const r = await h.app.inject({ method: 'POST', url, headers: as.headers, payload });
      expect(r.statusCode, r.body).toBe(201);
      return r.json<{ id: string; clientId: string }>();
    };
    await post('/api/organizations', { kind: 'un_agency', name: 'Refugee agency office', country: 'AL' });
    const kase = await post('/api/cases', { client, summary: 'Support ended; met the officer on the ninth.' });
    caseId = kase.id;
    clientId = kase.clientId;
    await post(`/api/cases/${caseId}/people`, sister);
    const assigned = await h.app.inject({
      method: 'PUT',
      url: `/api/cases/${caseId}/assignments/${caseworker.id}`,
      headers: lawyer.headers,
    });
    expect(assigned.statusCode).toBe(204);
    // Long enough for the backup to span several sealed blocks.
    const minutes = 'The agency repeated that support is decided case by case. '.repeat(80);
    for (let i = 1; i <= NOTES; i++) {
      const body = `note ${i}: met the officer on the ninth. ${minutes}`;
      await post(`/api/cases/${caseId}/notes`, { body }, i % 2 ? lawyer : caseworker);
    }
    keyfile = wrapDataKey(h.dataKey, PASSPHRASE, 'interactive');
    file = join(work, 'safehold.backup');
    await writeBackup(h.store, h.dataKey, keyfile, file);
  });
  afterAll(async () => {
    await h.close();
    await rm(work, { recursive: true, force: true });
  });

  let targets = 0;
  async function freshTarget(engine = testEngine): Promise<Target> {
    targets += 1;
    const dataDir = join(work, `restored-${targets}`);
    const pg = engine === 'postgres' ? await freshPostgresDatabase() : null;
    const config = loadConfig({ SAFEHOLD_DATA_DIR: dataDir, ...(pg ? { SAFEHOLD_DATABASE_URL: pg.url } : {}) });
    return {
      config,
      dataDir,
      async tables() {
        if (!pg) return [];
        const store = openPostgres(pg.url, 1);
        try {
          return (await readCatalog(anyDb(store.db))).map((t) => t.name);
        } finally {
          await store.close();
        }
      },
      drop: async () => {
        await pg?.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }

  it('restores every table row for row into a fresh store, where the records open and the audit chain links', async () => {
    const target = await freshTarget();
    try {
      const restored = await restoreBackup(target.config, file, PASSPHRASE);
      expect(restored.engine).toBe(testEngine);
      const names = restored.tables.map((t) => t.name);
      // Every table the database has is in the backup, except Kysely's migration lock and the
      // search index (a virtual table and its shadow tables), which triggers rebuild on restore.
      const derived = await virtualTables(h.store.db);
      const all = (await h.store.db.introspection.getTables())
        .map((t) => t.name)
        .filter((n) => n !== 'schema_migrations_lock' && !derived.some((v) => n === v || n.startsWith(`${v}_`)));
      expect([...names].sort()).toEqual(all.sort());
      expect(names).toEqual(expect.arrayContaining(['audit_log', 'audit_head', 'schema_migrations', 'case_notes']));
      // Dependency order: a table comes after the tables it references.
      expect(names.indexOf('people')).toBeLessThan(names.indexOf('cases'));
      expect(names.indexOf('cases')).toBeLessThan(names.indexOf('case_notes'));

      const dataKey = await unlockDataDir(target.dataDir, PASSPHRASE);
      expect(dataKey.equals(h.dataKey)).toBe(true);
      const copy = await openSafehold(target.config, dataKey);
      try {
        const source = await allRows(h.store.db);
        const copied = await allRows(copy.store.db);
        expect(Object.keys(copied)).toEqual(Object.keys(source));
        for (const table of Object.keys(source)) expect(copied[table], table).toEqual(source[table]);
        expect(source.case_notes).toHaveLength(NOTES);
        expect(restored.rows).toBe(Object.values(source).reduce((n, rows) => n + rows.length, 0));
        await expectAuditChainIntact(copy.store.db);
        if (testEngine === 'sqlite') {
          // The search index was rebuilt from the restored documents.
          const indexed = await sql<{ n: number }>`select count(*) as n from search_fts`.execute(copy.store.db);
          expect(indexed.rows[0]?.n).toBe(source.search_documents?.length);
          expect(source.search_documents?.length).toBeGreaterThan(0);
        }

        // The copy is a working Safehold: the same session reads the decrypted timeline.
        const app = await buildServer({ store: copy.store, deps: copy.deps });
        const notes = await app.inject({
          method: 'GET',
          url: `/api/cases/${caseId}/notes?limit=200`,
          headers: lawyer.headers,
        });
        await app.close();
        expect(notes.statusCode).toBe(200);
        expect(notes.json().items).toHaveLength(NOTES);
        const identity = await copy.store.db
          .selectFrom('person_identities')
          .selectAll()
          .where('person_id', '=', clientId)
          .executeTakeFirstOrThrow();
        const decrypted = new FieldCipher(dataKey).decryptJson(
          'person_identities',
          'identity',
          clientId,
          identity.identity,
        );
        expect(JSON.stringify(decrypted)).toContain('Veyra Ostrowan');
      } finally {
        await copy.store.close();
      }
    } finally {
      await target.drop();
    }
  });

  it('moves the records to the other engine: the same rows come out of it', async () => {
    const other = testEngine === 'sqlite' ? 'postgres' : 'sqlite';
    const target = await freshTarget(other);
    try {
      const restored = await restoreBackup(target.config, file, PASSPHRASE);
      expect(restored.engine).toBe(other);
      const copy = await openSafehold(target.config, await unlockDataDir(target.dataDir, PASSPHRASE));
      try {
        expect(await allRows(copy.store.db)).toEqual(await allRows(h.store.db));
        await expectAuditChainIntact(copy.store.db);
      } finally {
        await copy.store.close();
      }
    } finally {
      await target.drop();
    }
  });

  it('writes no record in clear: the file is a short plain header and ciphertext', async () => {
    const bytes = await readFile(file);
    expect(bytes.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    for (const secret of SECRETS) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
    // Not even the plain columns: user names and case codes are inside the ciphertext too.
    expect(bytes.includes(Buffer.from(lawyer.username))).toBe(false);
    expect(bytes.includes(Buffer.from('case_notes'))).toBe(false);
  });

  async function expectRefused(bytes: Buffer, message: RegExp, passphrase = PASSPHRASE) {
    const damaged = join(work, `damaged-${targets}.backup`);
    await writeFile(damaged, bytes);
    const target = await freshTarget();
    try {
      await expect(restoreBackup(target.config, damaged, passphrase)).rejects.toThrow(message);
      expect(existsSync(target.dataDir)).toBe(false);
      expect(await target.tables()).toEqual([]);
    } finally {
      await target.drop();
    }
  }

  /** The sealed blocks of the file: [start, end) of each, after the plain header. */
  function blocks(bytes: Buffer): { start: number; end: number }[] {
    let at = MAGIC.length + 4 + bytes.readUInt32BE(MAGIC.length) + 24;
    const out = [];
    while (at < bytes.length) {
      const end = at + 4 + bytes.readUInt32BE(at);
      out.push({ start: at, end });
      at = end;
    }
    return out;
  }

  it('refuses a flipped byte, a cut or reordered file, and creates nothing', async () => {
    const good = await readFile(file);
    const parts = blocks(good);
    expect(parts.length).toBeGreaterThan(2);
    const flip = (at: number) => {
      const b = Buffer.from(good);
      b[at] = (b[at] ?? 0) ^ 0x01;
      return b;
    };
    const middle = parts[1]!;
    const last = parts.at(-1)!;

    await expectRefused(flip(middle.start + 40), /altered or is damaged \(block 2 does not authenticate\)/);
    await expectRefused(flip(last.end - 1), /altered or is damaged/);
    // The plain header is bound to every block: changing its date is refused.
    const header = good.indexOf(Buffer.from('"createdAt":"')) + 14;
    await expectRefused(flip(header), /its header or first block does not authenticate/);
    await expectRefused(good.subarray(0, last.start), /incomplete: it was cut short/);
    await expectRefused(good.subarray(0, middle.start + 100), /incomplete: it was cut short/);
    await expectRefused(Buffer.concat([good, Buffer.from([0])]), /data after its end/);
    const swapped = Buffer.concat([
      good.subarray(0, middle.start),
      good.subarray(parts[2]!.start, parts[2]!.end),
      good.subarray(middle.start, middle.end),
      good.subarray(parts[2]!.end),
    ]);
    await expectRefused(swapped, /block 2 does not authenticate/);
    await expectRefused(Buffer.from('{"format":"something else"}\n'), /is not a Safehold backup file/);
    await expectRefused(good, /wrong passphrase/, 'not the passphrase of the backup');
  });

  it('restores only into a new data directory and an empty database', async () => {
    const target = await freshTarget();
    try {
      await mkdir(target.dataDir);
      await writeFile(join(target.dataDir, 'notes.txt'), 'keep me');
      await expect(restoreBackup(target.config, file, PASSPHRASE)).rejects.toThrow(/is not empty/);
      expect(await readFile(join(target.dataDir, 'notes.txt'), 'utf8')).toBe('keep me');
    } finally {
      await target.drop();
    }
    if (testEngine === 'postgres') {
      const used = await freshTarget();
      try {
        const store = openPostgres(used.config.databaseUrl ?? '', 1);
        await store.db.schema.createTable('unrelated').addColumn('id', 'integer').execute();
        await store.close();
        await expect(restoreBackup(used.config, file, PASSPHRASE)).rejects.toThrow(/already has 1 tables/);
        expect(existsSync(used.dataDir)).toBe(false);
        expect(await used.tables()).toEqual(['unrelated']);
      } finally {
        await used.drop();
      }
    }
    await expect(writeBackup(h.store, h.dataKey, keyfile, file)).rejects.toThrow(/already exists/);
  });

  it('runs as "safehold backup" and "safehold restore"', async () => {
    await writeKeyfile(h.config.dataDir, keyfile);
    const target = await freshTarget();
    const cliFile = join(work, 'cli.backup');
    const db = (config: Config): Record<string, string> =>
      config.databaseUrl ? { SAFEHOLD_DATABASE_URL: config.databaseUrl } : {};
    try {
      const backup = await runCli(['backup', cliFile], {
        SAFEHOLD_DATA_DIR: h.config.dataDir,
        SAFEHOLD_PASSPHRASE: PASSPHRASE,
        ...db(h.config),
      });
      expect(backup.stderr).toBe('');
      expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables to /);
      const restore = await runCli(['restore', cliFile], {
        SAFEHOLD_DATA_DIR: target.dataDir,
        SAFEHOLD_PASSPHRASE: PASSPHRASE,
        ...db(target.config),
      });
      expect(restore.stderr).toBe('');
      expect(restore.stdout).toMatch(/^Checked and restored \d+ rows/);
      const wrong = await runCli(['restore', cliFile], {
        SAFEHOLD_DATA_DIR: join(work, 'never-created'),
        SAFEHOLD_PASSPHRASE: 'not the passphrase of the backup',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/^safehold: wrong passphrase/);
      expect(existsSync(join(work, 'never-created'))).toBe(false);
    } finally {
      await target.drop();
      await rm(join(h.config.dataDir, 'keyfile.json'), { force: true });
    }
  });
});

describe('a restore that fails after the check', () => {
  let h: Harness;
  let work: string;

  beforeAll(async () => {
    h = await startHarness();
    work = await mkdtemp(join(tmpdir(), 'safehold-backup-'));
  });
  afterAll(async () => {
    await h.close();
    await rm(work, { recursive: true, force: true });
  });

  it('removes what it had created', async () => {
    // A note whose case does not exist, slipped past the foreign keys of the source: the
    // backup authenticates, but the target refuses the row.
    const orphan = {
      id: crypto.randomUUID(),
      case_id: crypto.randomUUID(),
      author_id: crypto.randomUUID(),
      body: Buffer.from('x'),
      version: 1,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    };
    if (testEngine === 'sqlite') {
      await sql`pragma foreign_keys = off`.execute(h.store.db);
      await h.store.db.insertInto('case_notes').values(orphan).execute();
      await sql`pragma foreign_keys = on`.execute(h.store.db);
    } else {
      await h.store.db.transaction().execute(async (tx) => {
        await sql`set local session_replication_role = replica`.execute(tx);
        await tx.insertInto('case_notes').values(orphan).execute();
      });
    }
    const file = join(work, 'orphan.backup');
    await writeBackup(h.store, h.dataKey, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'), file);

    const dataDir = join(work, 'restored');
    const pg = testEngine === 'postgres' ? await freshPostgresDatabase() : null;
    try {
      const config = loadConfig({ SAFEHOLD_DATA_DIR: dataDir, ...(pg ? { SAFEHOLD_DATABASE_URL: pg.url } : {}) });
      await expect(restoreBackup(config, file, PASSPHRASE)).rejects.toThrow(
        /^the restore failed \(.*foreign key.*\); what it had created was removed$/i,
      );
      expect(existsSync(dataDir)).toBe(false);
      if (pg) {
        const store = openPostgres(pg.url, 1);
        const left = await readCatalog(anyDb(store.db));
        const lock = await store.db.introspection.getTables({ withInternalKyselyTables: true });
        await store.close();
        expect(left).toEqual([]);
        expect(lock).toEqual([]);
      }
    } finally {
      await pg?.drop();
    }
  });
});

/** SQLite virtual tables (the search index); PostgreSQL has none. */
async function virtualTables(db: Db): Promise<string[]> {
  if (testEngine !== 'sqlite') return [];
  const rows = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%'`.execute(db);
  return rows.rows.map((r) => r.name);
}
