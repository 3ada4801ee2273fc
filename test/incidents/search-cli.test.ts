import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapDataKey, writeKeyfile } from '../../src/security/keyfile.js';
import { insertNote } from '../../src/store/case-notes.js';
import { runCli } from '../durability/server-process.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, openCase } from './support.js';

const PASSPHRASE = 'fictional search passphrase';

describe('safehold search index-notes (the real command)', () => {
  let h: Harness;
  let lawyer: TestUser;
  let env: Record<string, string>;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    await writeKeyfile(h.config.dataDir, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'));
    env = {
      SAFEHOLD_DATA_DIR: h.config.dataDir,
      SAFEHOLD_PASSPHRASE: PASSPHRASE,
      ...(h.config.databaseUrl ? { SAFEHOLD_DATABASE_URL: h.config.databaseUrl } : {}),
    };
  });
  afterAll(() => h.close());

  it('indexes notes the index does not hold, once, and records the run', async () => {
    const caseId = (await openCase(h, lawyer)).id;
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    await insertNote(h.store.db, {
      id,
      case_id: caseId,
      author_id: lawyer.id,
      body: h.deps.cipher.encrypt(
        'case_notes',
        'body',
        id,
        'Written before the index: the consulate refused the visa.',
      ),
      version: 1,
      created_at: at,
      updated_at: at,
    });
    const found = async () =>
      (await call<{ items: { id: string }[] }>(h, lawyer, 'GET', '/api/search?q=consulate')).items.map((i) => i.id);
    expect(await found()).toEqual([]);

    const first = await runCli(['search', 'index-notes'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Notes indexed: 1.');
    expect(await found()).toEqual([id]);

    const again = await runCli(['search', 'index-notes', '--batch', '10'], env);
    expect(again.stdout).toContain('Notes indexed: 0.');
    const runs = await h.store.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'search.index-notes')
      .execute();
    expect(runs.map((r) => JSON.parse(r.details) as unknown)).toEqual([{ notes: 1 }]);

    const bad = await runCli(['search', 'index-notes', '--batch', 'lots'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--batch');
  });
});
