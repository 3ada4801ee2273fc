import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initDataDir, rekeyDataDir, unlockDataDir } from '../../src/security/data-dir.js';
import { FieldDecryptionError } from '../../src/security/field-cipher.js';
import { KEYFILE_NAME, WrongPassphraseError } from '../../src/security/keyfile.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const PASSPHRASE = 'lanterns along the river wall';
const NEW_PASSPHRASE = 'a different night, a different road';

describe('the data key and its passphrase', () => {
  let dir: string;
  const keyfileBytes = () => readFile(join(dir, KEYFILE_NAME));

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'safehold-keys-')), 'data');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('init creates a data key that the passphrase unlocks, and the key file holds it only wrapped', async () => {
    const dataKey = await initDataDir(dir, PASSPHRASE, 'interactive');
    expect(dataKey).toHaveLength(32);
    expect((await unlockDataDir(dir, PASSPHRASE)).equals(dataKey)).toBe(true);
    const text = (await keyfileBytes()).toString('utf8');
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(text).not.toContain(dataKey.toString('hex'));
    await expect(initDataDir(dir, PASSPHRASE, 'interactive')).rejects.toThrow(/already initialized/);
    expect((await unlockDataDir(dir, PASSPHRASE)).equals(dataKey)).toBe(true);
  });

  it('refuses a wrong passphrase with WrongPassphraseError and leaves the key file as it was', async () => {
    await initDataDir(dir, PASSPHRASE, 'interactive');
    const before = await keyfileBytes();
    await expect(unlockDataDir(dir, 'lanterns along the river wal')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(rekeyDataDir(dir, 'not the passphrase at all', NEW_PASSPHRASE, 'interactive')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect((await keyfileBytes()).equals(before)).toBe(true);
  });

  it('rekey keeps the data key: the old passphrase stops working and the new one opens it', async () => {
    const dataKey = await initDataDir(dir, PASSPHRASE, 'interactive');
    const before = await keyfileBytes();
    await rekeyDataDir(dir, PASSPHRASE, NEW_PASSPHRASE, 'interactive');
    expect((await keyfileBytes()).equals(before)).toBe(false);
    await expect(unlockDataDir(dir, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect((await unlockDataDir(dir, NEW_PASSPHRASE)).equals(dataKey)).toBe(true);
  });

  it('refuses a new passphrase that is too short and changes nothing', async () => {
    await initDataDir(dir, PASSPHRASE, 'interactive');
    const before = await keyfileBytes();
    await expect(rekeyDataDir(dir, PASSPHRASE, 'short', 'interactive')).rejects.toThrow(/at least 12 characters/);
    expect((await keyfileBytes()).equals(before)).toBe(true);
  });
});

describe('field ciphertext bound to its place', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  async function openCase(full: string) {
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client: { identity: { names: [{ script: 'latin', full }] } }, summary: `summary of ${full}` },
    });
    expect(r.statusCode).toBe(201);
    return r.json<{ id: string; clientId: string }>();
  }

  async function addNote(caseId: string, body: string) {
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/notes`,
      headers: lawyer.headers,
      payload: { body },
    });
    expect(r.statusCode).toBe(201);
    return r.json<{ id: string }>().id;
  }

  it('fails to decrypt a value moved to another row or another column', async () => {
    const a = await openCase('Orlen Vashti');
    const b = await openCase('Mirel Tacon');
    const identity = (personId: string) =>
      h.store.db
        .selectFrom('person_identities')
        .selectAll()
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
    const idA = await identity(a.clientId);
    const cipher = h.deps.cipher;

    expect(JSON.stringify(cipher.decryptJson('person_identities', 'identity', a.clientId, idA.identity))).toContain(
      'Orlen Vashti',
    );
    // Another row of the same column.
    expect(() => cipher.decryptJson('person_identities', 'identity', b.clientId, idA.identity)).toThrow(
      FieldDecryptionError,
    );
    // Another column of the same row.
    expect(() => cipher.decryptJson('person_identities', 'location', a.clientId, idA.identity)).toThrow(
      FieldDecryptionError,
    );
    // Another table.
    expect(() => cipher.decrypt('cases', 'summary', a.id, idA.identity)).toThrow(FieldDecryptionError);
  });

  it('refuses to show a note whose ciphertext was copied into another note, without revealing either', async () => {
    const kase = await openCase('Sorvan Ilke');
    const first = await addNote(kase.id, 'first meeting with the officer');
    const second = await addNote(kase.id, 'second meeting with the officer');
    const row = await h.store.db
      .selectFrom('case_notes')
      .select('body')
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    // Someone with write access to the database copies one ciphertext over another.
    await h.store.db.updateTable('case_notes').set({ body: row.body }).where('id', '=', second).execute();

    expect(() => h.deps.cipher.decrypt('case_notes', 'body', second, row.body)).toThrow(FieldDecryptionError);
    const r = await h.app.inject({ method: 'GET', url: `/api/cases/${kase.id}/notes`, headers: lawyer.headers });
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toContain('meeting with the officer');
  });
});
