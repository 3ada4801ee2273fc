import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapDataKey, writeKeyfile } from '../../src/security/keyfile.js';
import { testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { expectAuditChainIntact } from './audit-chain.js';
import { startServer, type ServerProcess } from './server-process.js';

const PASSPHRASE = 'power cut in the middle of the hearing';
const WRITES = 3000;
const IN_FLIGHT = 16;
const KILL_AFTER = 150;

describe('a crash in the middle of a burst of writes', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseId: string;
  let env: Record<string, string>;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    const kase = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client: { label: 'K. D.', identity: { names: [{ script: 'latin', full: 'Kestrin Dalvane' }] } } },
    });
    expect(kase.statusCode).toBe(201);
    caseId = kase.json().id;
    // The same data directory (and database) served by a separate `safehold serve` process.
    await writeKeyfile(h.config.dataDir, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'));
    env = {
      SAFEHOLD_DATA_DIR: h.config.dataDir,
      SAFEHOLD_PASSPHRASE: PASSPHRASE,
      SAFEHOLD_KDF_PROFILE: 'interactive',
      ...(h.config.databaseUrl ? { SAFEHOLD_DATABASE_URL: h.config.databaseUrl } : {}),
    };
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await h.close();
  });

  function addNote(base: string, i: number) {
    return fetch(`${base}/api/cases/${caseId}/notes`, {
      method: 'POST',
      headers: { ...lawyer.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ body: `crash note ${i}` }),
    });
  }

  async function noteBodies(base: string): Promise<Set<string>> {
    const bodies = new Set<string>();
    let before = '';
    for (;;) {
      const r = await fetch(`${base}/api/cases/${caseId}/notes?limit=200${before}`, { headers: lawyer.headers });
      expect(r.status).toBe(200);
      const items = ((await r.json()) as { items: { id: string; body: string }[] }).items;
      for (const n of items) bodies.add(n.body);
      const last = items.at(-1);
      if (items.length < 200 || !last) return bodies;
      before = `&before=${last.id}`;
    }
  }

  it('keeps every acknowledged write after SIGKILL, and the store and the audit chain stay intact', async () => {
    const first = await startServer(env);
    server = first;
    const acknowledged: number[] = [];
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < WRITES && !first.child.killed) {
        const i = next++;
        try {
          const r = await addNote(first.url, i);
          if (r.status === 201) acknowledged.push(i);
          else failed += 1;
        } catch {
          failed += 1;
        }
        // Each acknowledgement is counted and checked without a pause in between: one worker sees it.
        if (acknowledged.length === KILL_AFTER) first.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(await first.exited).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');
    // Writes were still in flight when the process died.
    expect(failed).toBeGreaterThan(0);

    const second = await startServer(env);
    server = second;
    const bodies = await noteBodies(second.url);
    const lost = acknowledged.filter((i) => !bodies.has(`crash note ${i}`));
    expect(lost).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    server = null;

    if (testEngine === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(h.store.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    }
    await expectAuditChainIntact(h.store.db);
    // Each note committed together with its audit entry, or neither did.
    const notes = await h.store.db.selectFrom('case_notes').select('id').where('case_id', '=', caseId).execute();
    const audited = await h.store.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('action', '=', 'note.create')
      .where('case_id', '=', caseId)
      .execute();
    expect(audited.map((a) => a.target_id).sort()).toEqual(notes.map((n) => n.id).sort());
    expect(notes.length).toBe(bodies.size);
    expect(notes.length).toBeGreaterThanOrEqual(acknowledged.length);
  });
});
