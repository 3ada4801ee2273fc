import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSafehold } from '../../src/app/open-safehold.js';
import { restoreBackup } from '../../src/backup/restore-backup.js';
import { writeBackup } from '../../src/backup/write-backup.js';
import { loadConfig } from '../../src/config.js';
import { searchQuery } from '../../src/domain/search-query.js';
import { wrapDataKey } from '../../src/security/keyfile.js';
import { addNote } from '../../src/services/notes/add-note.js';
import { searchRecords } from '../../src/services/search/search-records.js';
import { freshPostgresDatabase, testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, openCase, T } from './support.js';

const PASSPHRASE = 'fictional restore passphrase';

/**
 * The search index is rows of search_documents (hashes only); on SQLite the FTS5 table is not
 * backed up but filled again by its triggers as those rows are restored.
 */
describe('the search index after a backup is restored', () => {
  let h: Harness;
  let lawyer: TestUser;
  let work: string;

  beforeAll(async () => {
    h = await startHarness();
    work = await mkdtemp(join(tmpdir(), 'safehold-search-restore-'));
    lawyer = await h.user('lawyer');
  });
  afterAll(async () => {
    await h.close();
    await rm(work, { recursive: true, force: true });
  });

  it('finds the same records in the restored store, and indexes new ones after them', async () => {
    const kase = await openCase(h, lawyer);
    await call(h, lawyer, 'POST', `/api/cases/${kase.id}/notes`, { body: 'Checkpoint interview scheduled.' });
    const incident = await call(h, lawyer, 'POST', '/api/incidents', {
      caseIds: [kase.id],
      title: 'Watched outside the checkpoint office',
      start: { value: '2024-09', precision: 'month' },
      description: 'Two men from the organization waited outside the checkpoint office.',
      acts: [{ type: T.surveillance, victim: { personId: kase.clientId } }],
    });
    const before = await call(h, lawyer, 'GET', '/api/search?q=checkpoint');
    expect(before.items).toHaveLength(2);

    const file = join(work, 'safehold.backup');
    await writeBackup(h.store, h.dataKey, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'), file);
    const pg = testEngine === 'postgres' ? await freshPostgresDatabase() : null;
    const config = loadConfig({
      SAFEHOLD_DATA_DIR: join(work, 'restored'),
      ...(pg ? { SAFEHOLD_DATABASE_URL: pg.url } : {}),
    });
    try {
      await restoreBackup(config, file, PASSPHRASE);
      const restored = await openSafehold(config, h.dataKey);
      try {
        const query = (q: string) => searchRecords(restored.deps, lawyer.actor, searchQuery.parse({ q }));
        const after = await query('checkpoint');
        expect(after.items.map((i) => i.id)).toEqual(before.items.map((i: { id: string }) => i.id));
        expect((await query('watched')).items.map((i) => i.id)).toEqual([incident.id]);
        const term = await searchRecords(restored.deps, lawyer.actor, searchQuery.parse({ term: T.surveillance }));
        expect(term.items.map((i) => i.id)).toEqual([incident.id]);
        const later = await addNote(restored.deps, lawyer.actor, kase.id, 'Second checkpoint interview.');
        expect((await query('checkpoint')).items.map((i) => i.id)).toEqual([
          later.id,
          ...before.items.map((i: { id: string }) => i.id),
        ]);
      } finally {
        await restored.store.close();
      }
    } finally {
      await pg?.drop();
    }
  });
});
