import { sql } from 'kysely';
import { caseCreateInput } from '../../src/domain/case.js';
import { entryHash } from '../../src/security/audit-log.js';
import { createCase } from '../../src/services/cases/create-case.js';
import { addNote } from '../../src/services/notes/add-note.js';
import type { Harness, TestUser } from '../support/harness.js';

/** A fictional client: nobody real is named in test data. */
export const fictionalClient = {
  label: 'D. K.',
  identity: {
    names: [
      { script: 'latin', given: 'Dariush', family: 'Kamali', full: 'Dariush Kamali' },
      { script: 'persian', full: 'داریوش کمالی' },
    ],
    birthDate: '1981',
    nationality: 'IR',
  },
};

/** A lawyer with a case and `notes` notes on it: a log of a few dozen real entries. */
export async function populate(h: Harness, notes = 8): Promise<{ lawyer: TestUser; caseId: string }> {
  const lawyer = await h.user('lawyer');
  const kase = await createCase(h.deps, lawyer.actor, caseCreateInput.parse({ client: fictionalClient }));
  await addNotes(h, lawyer, kase.id, notes);
  return { lawyer, caseId: kase.id };
}

export async function addNotes(h: Harness, user: TestUser, caseId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await addNote(h.deps, user.actor, caseId, `Meeting note ${i + 1}`);
}

export async function headSeq(h: Harness): Promise<number> {
  return (await h.store.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()).seq;
}

/**
 * What an attacker with database access and no key does after changing history: recompute the
 * chain from `fromSeq` on and point the head at the new last hash, so the chain alone looks whole.
 */
export async function rehashFrom(h: Harness, fromSeq: number): Promise<void> {
  const db = h.store.db;
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>=', fromSeq - 1)
    .orderBy('seq')
    .execute();
  let prev: Buffer = rows[0]?.seq === fromSeq - 1 ? Buffer.from(rows[0].hash) : Buffer.alloc(32);
  for (const row of rows.filter((r) => r.seq >= fromSeq)) {
    const hash = entryHash(prev, row);
    await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(db);
    prev = hash;
  }
  const last = rows.at(-1);
  await sql`update audit_head set seq = ${last?.seq ?? 0}, hash = ${prev} where id = 1`.execute(db);
}
