import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

// An invented client; these strings must not be readable anywhere the data rests.
const LATIN = 'Quorvane Ellisandre';
const PERSIAN = 'کوروان الیساندر';
const NOTE = 'Quorvane said the meeting place is behind the old mill';

function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

describe('records at rest', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    const kase = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: {
        client: {
          label: 'Q. E.',
          identity: {
            names: [
              { script: 'latin', given: 'Quorvane', family: 'Ellisandre', full: LATIN },
              { script: 'persian', full: PERSIAN },
            ],
          },
        },
        summary: `${LATIN} asked for help with the residence permit.`,
      },
    });
    expect(kase.statusCode).toBe(201);
    const note = await h.app.inject({
      method: 'POST',
      url: `/api/cases/${kase.json().id}/notes`,
      headers: lawyer.headers,
      payload: { body: NOTE },
    });
    expect(note.statusCode).toBe(201);
  });
  afterAll(() => h.close());

  async function expectNothingReadableIn(dataDir: string): Promise<string[]> {
    // Every file below the data directory, the evidence vault's included.
    const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => relative(dataDir, join(e.parentPath, e.name)));
    for (const name of files) {
      const bytes = await readFile(join(dataDir, name));
      expect(bytes.subarray(0, 16).toString('latin1'), name).not.toBe('SQLite format 3\0');
      for (const needle of [...encodings(LATIN), ...encodings(PERSIAN), ...encodings(NOTE)]) {
        expect(bytes.includes(needle), `${name} contains a protected value`).toBe(false);
      }
    }
    return files;
  }

  it.runIf(testEngine === 'sqlite')(
    'leaves no readable page in the embedded database, its WAL or any other file',
    async () => {
      // Before a checkpoint the new pages live in the write-ahead log.
      const files = await expectNothingReadableIn(h.config.dataDir);
      const wal = await readFile(join(h.config.dataDir, 'safehold.db-wal'));
      expect(files).toEqual(expect.arrayContaining(['safehold.db', 'safehold.db-wal']));
      expect(wal.length).toBeGreaterThan(0);
      // After one they are in the main file.
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(h.store.db);
      await expectNothingReadableIn(h.config.dataDir);
    },
  );

  it.runIf(testEngine === 'postgres')('shows a PostgreSQL dump only ciphertext of protected values', async () => {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '-d', h.config.databaseUrl ?? ''], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // The dump holds the rows (the label is plain text by design) ...
    expect(stdout).toContain('COPY public.case_notes');
    expect(stdout).toContain('Q. E.');
    // ... but not one protected value.
    for (const value of [LATIN, PERSIAN, 'Quorvane', 'Ellisandre', 'old mill']) {
      expect(stdout.includes(value), value).toBe(false);
    }
  });
});
