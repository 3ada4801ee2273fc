import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditFinding } from '../../src/security/audit-verifier.js';
import { startCheckpointSchedule } from '../../src/services/audit/checkpoint-schedule.js';
import { startHarness, type Harness } from '../support/harness.js';
import { addNotes, headSeq, populate } from './support.js';

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('checkpoints signed while the server runs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('signs once enough entries were added, and raises the alarm instead of signing a changed log', async () => {
    const { lawyer, caseId } = await populate(h, 12);
    const refusals: AuditFinding[] = [];
    const errors: unknown[] = [];
    const schedule = startCheckpointSchedule(
      h.deps,
      { onRefused: (f) => refusals.push(f), onError: (e) => errors.push(e) },
      { everyEntries: 10, everyMs: 60 * 60_000, checkEveryMs: 20 },
    );
    try {
      const size = await headSeq(h);
      const signed = await until(
        () =>
          h.store.db
            .selectFrom('audit_checkpoints')
            .select('tree_size')
            .where('tree_size', '=', size)
            .executeTakeFirst(),
        'a checkpoint of the whole log',
      );
      expect(signed.tree_size).toBe(size);

      // Fewer new entries than the threshold, within the hour: nothing new is signed.
      await addNotes(h, lawyer, caseId, 3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const latest = await h.store.db
        .selectFrom('audit_checkpoints')
        .select('tree_size')
        .orderBy('tree_size', 'desc')
        .executeTakeFirstOrThrow();
      expect(latest.tree_size).toBe(size);

      await sql`update audit_log set reason = 'quietly edited' where seq = ${size + 2}`.execute(h.store.db);
      await addNotes(h, lawyer, caseId, 10);
      const finding = await until(() => Promise.resolve(refusals[0]), 'the refusal to sign');
      expect(finding).toMatchObject({ kind: 'changed', seq: size + 2 });
      const after = await h.store.db
        .selectFrom('audit_checkpoints')
        .select('tree_size')
        .orderBy('tree_size', 'desc')
        .executeTakeFirstOrThrow();
      expect(after.tree_size).toBe(size);
      expect(errors).toEqual([]);
    } finally {
      schedule.stop();
    }
  });
});
