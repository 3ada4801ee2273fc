import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { openSafehold } from '../../src/app/open-safehold.js';
import { restoreBackup } from '../../src/backup/restore-backup.js';
import { VAULT_SECTION } from '../../src/backup/vault-section.js';
import { writeBackup } from '../../src/backup/write-backup.js';
import { loadConfig } from '../../src/config.js';
import { wrapDataKey } from '../../src/security/keyfile.js';
import { verifyAllEvidence } from '../../src/services/evidence/verify-all-evidence.js';
import { call, newCase } from '../casework/support.js';
import { upload } from '../incidents/support.js';
import { freshPostgresDatabase, testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const PASSPHRASE = 'fictional moving-day passphrase';

describe('a full export of the installation, read into a fresh one', () => {
  let h: Harness;
  let lawyer: TestUser;
  let work: string;

  beforeAll(async () => {
    h = await startHarness();
    work = await mkdtemp(join(tmpdir(), 'safehold-full-export-'));
    lawyer = await h.user('lawyer');
  });
  afterAll(async () => {
    await h.close();
    await rm(work, { recursive: true, force: true });
  });

  it('carries every record and every evidence file, which read back the same', async () => {
    const kase = await newCase(h, lawyer, 'Navid', 'Movingfamily');
    const small = Buffer.from('Statement of N. M.: the support ended in 2016.\n', 'utf8');
    const large = Buffer.from('Long testimony line, repeated across parts of the export.\n'.repeat(4000), 'utf8');
    const ids: string[] = [];
    for (const [value, fileName] of [
      [small, 'statement.txt'],
      [large, 'testimony.txt'],
    ] as const) {
      const r = await upload(h, lawyer, `/api/cases/${kase.id}/evidence`, { name: 'file', value, fileName });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json<{ id: string }>().id);
    }
    const cases = (await call(h, lawyer, 'GET', '/api/cases')).json<unknown>();

    const file = join(work, 'safehold.export');
    const exported = await writeBackup(h.store, h.dataKey, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'), file, {
      vaultRoot: h.deps.evidence.vault.root,
    });
    const vault = exported.tables.find((t) => t.name === VAULT_SECTION);
    expect(vault?.rows).toBeGreaterThanOrEqual(2 + Math.floor(large.length / (48 * 1024)));
    expect((await readFile(file)).includes(Buffer.from('Long testimony'))).toBe(false);

    const pg = testEngine === 'postgres' ? await freshPostgresDatabase() : null;
    const config = loadConfig({
      SAFEHOLD_DATA_DIR: join(work, 'moved'),
      ...(pg ? { SAFEHOLD_DATABASE_URL: pg.url } : {}),
    });
    try {
      await restoreBackup(config, file, PASSPHRASE);
      const moved = await openSafehold(config, h.dataKey);
      try {
        for (const table of ['cases', 'people', 'person_identities', 'evidence', 'audit_log'] as const) {
          const count = async (db: typeof h.store.db) =>
            Number(
              (
                await db
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll<number | string>().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            );
          expect(await count(moved.deps.db), table).toBe(await count(h.store.db));
        }
        const evidence = await moved.deps.db.selectFrom('evidence').select(['id', 'file_id']).execute();
        expect(evidence.map((e) => e.id).sort()).toEqual([...ids].sort());
        const read = async (fileId: string) => {
          const parts: Buffer[] = [];
          for await (const chunk of moved.deps.evidence.vault.chunks(fileId)) parts.push(chunk);
          return Buffer.concat(parts);
        };
        const contents = await Promise.all(evidence.map((e) => read(e.file_id)));
        expect(contents.map((c) => c.length).sort((a, b) => a - b)).toEqual([small.length, large.length]);
        expect(contents.some((c) => c.equals(large))).toBe(true);
        const verified = await verifyAllEvidence(moved.deps);
        expect(verified).toMatchObject({ checked: 2, intact: 2, problems: [], orphans: [] });
        const app = await buildServer({ store: moved.store, deps: moved.deps });
        try {
          const after = await app.inject({ method: 'GET', url: '/api/cases', headers: lawyer.headers });
          expect(after.json()).toEqual(cases);
        } finally {
          await app.close();
        }
      } finally {
        await moved.store.close();
      }
    } finally {
      await pg?.drop();
    }
  });
});
