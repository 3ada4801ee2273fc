import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointFromJson, checkpointToJson, signCheckpoint } from '../../src/security/audit-checkpoint.js';
import { entryLeafHash } from '../../src/security/audit-log.js';
import { LeafHashes, subtreeRoot, verifyConsistency } from '../../src/security/audit-merkle.js';
import { AuditSigner } from '../../src/security/audit-signer.js';
import { randomBytes } from '../../src/security/sodium.js';
import { takeCheckpoint } from '../../src/services/audit/take-checkpoint.js';
import { verifyAuditLog } from '../../src/services/audit/verify-audit-log.js';
import { addNote } from '../../src/services/notes/add-note.js';
import { startHarness, type Harness } from '../support/harness.js';
import { addNotes, headSeq, populate, rehashFrom } from './support.js';

describe('verifying the audit log', () => {
  let h: Harness;
  afterEach(() => h.close());

  async function checkpointNow() {
    const outcome = await takeCheckpoint(h.deps, null);
    if (!outcome.ok) throw new Error(outcome.finding.message);
    return outcome.checkpoint;
  }

  it('proves an untouched log whole, with the root any RFC 9162 tool would compute', async () => {
    h = await startHarness();
    await populate(h);
    const n = await headSeq(h);
    const result = await verifyAuditLog(h.deps);
    expect(result).toMatchObject({ ok: true, finding: null, entriesChecked: n });

    const leaves = new LeafHashes();
    for (const row of await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '<=', n)
      .orderBy('seq')
      .execute()) {
      leaves.push(entryLeafHash(row));
    }
    expect(result.rootHash).toBe(subtreeRoot(leaves, 0, n).toString('hex'));
    // The run itself is recorded, and the log still verifies with that entry in it.
    const last = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ seq: n + 1, action: 'audit.verify', outcome: 'ok', actor_id: null });
    expect((await verifyAuditLog(h.deps)).entriesChecked).toBe(n + 1);
  });

  it('names the entry when one field of it is changed with SQL, whichever field', async () => {
    h = await startHarness();
    await populate(h);
    const changes = [
      sql`update audit_log set reason = 'routine check' where seq = 7`,
      sql`update audit_log set actor_id = ${crypto.randomUUID()} where seq = 7`,
      sql`update audit_log set details = '{"noteId":null}' where seq = 7`,
      sql`update audit_log set at = '2020-01-01T00:00:00.000Z' where seq = 7`,
      sql`update audit_log set outcome = 'refused' where seq = 7`,
    ];
    const original = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', 7)
      .executeTakeFirstOrThrow();
    for (const change of changes) {
      await change.execute(h.store.db);
      const result = await verifyAuditLog(h.deps);
      expect(result.ok).toBe(false);
      expect(result.finding).toMatchObject({ kind: 'changed', seq: 7 });
      expect(result.entriesChecked).toBe(6);
      await h.store.db.updateTable('audit_log').set(original).where('seq', '=', 7).execute();
      expect((await verifyAuditLog(h.deps)).ok).toBe(true);
    }
  });

  it('names a deleted entry', async () => {
    h = await startHarness();
    await populate(h);
    await sql`delete from audit_log where seq = 9`.execute(h.store.db);
    const result = await verifyAuditLog(h.deps);
    expect(result.finding).toMatchObject({ kind: 'removed', seq: 9 });
    // The record of that failed run is itself in the log.
    const run = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'audit.verify')
      .executeTakeFirstOrThrow();
    expect(run.outcome).toBe('failed');
    expect(JSON.parse(run.details)).toMatchObject({ firstSeq: 9 });
  });

  it('names the first of two swapped entries and where it came from', async () => {
    h = await startHarness();
    await populate(h);
    await sql`update audit_log set seq = -1 where seq = 10`.execute(h.store.db);
    await sql`update audit_log set seq = 10 where seq = 11`.execute(h.store.db);
    await sql`update audit_log set seq = 11 where seq = -1`.execute(h.store.db);
    const result = await verifyAuditLog(h.deps);
    expect(result.finding).toMatchObject({ kind: 'reordered', seq: 10, originalSeq: 11 });
  });

  it('names a changed entry even when its own hash was recomputed', async () => {
    h = await startHarness();
    await populate(h);
    await sql`update audit_log set target_id = null where seq = 12`.execute(h.store.db);
    const row = await h.store.db.selectFrom('audit_log').selectAll().where('seq', '=', 12).executeTakeFirstOrThrow();
    const { entryHash } = await import('../../src/security/audit-log.js');
    await sql`update audit_log set hash = ${entryHash(row.prev_hash, row)} where seq = 12`.execute(h.store.db);
    expect((await verifyAuditLog(h.deps)).finding).toMatchObject({ kind: 'changed', seq: 12 });
  });

  it('catches history rewritten with every hash recomputed, between the signed checkpoints around it', async () => {
    h = await startHarness();
    const { lawyer, caseId } = await populate(h);
    const first = await checkpointNow();
    await addNotes(h, lawyer, caseId, 5);
    const second = await checkpointNow();
    await addNotes(h, lawyer, caseId, 3);
    const target = first.treeSize + 3;
    await sql`update audit_log set actor_id = null where seq = ${target}`.execute(h.store.db);
    await rehashFrom(h, target);

    const result = await verifyAuditLog(h.deps);
    expect(result.ok).toBe(false);
    expect(result.finding).toMatchObject({ kind: 'rewritten', seq: first.treeSize + 1, lastSeq: second.treeSize });
    // A log that does not verify is never signed again.
    const refused = await takeCheckpoint(h.deps, null);
    expect(refused.ok).toBe(false);
  });

  it('catches the tail cut after an exported checkpoint, naming the first entry removed', async () => {
    h = await startHarness();
    const { lawyer, caseId } = await populate(h);
    await checkpointNow();
    await addNotes(h, lawyer, caseId, 6);
    const exported = checkpointFromJson(JSON.parse(JSON.stringify(checkpointToJson(await checkpointNow()))));
    await addNotes(h, lawyer, caseId, 2);
    expect((await verifyAuditLog(h.deps, { checkpoint: exported })).ok).toBe(true);

    // Cut the log back to `keep` entries, with its head and the checkpoints that covered more.
    const keep = exported.treeSize - 4;
    await sql`delete from audit_log where seq > ${keep}`.execute(h.store.db);
    await sql`delete from audit_checkpoints where tree_size > ${keep}`.execute(h.store.db);
    await rehashFrom(h, keep + 1);

    const result = await verifyAuditLog(h.deps, { checkpoint: exported });
    expect(result.ok).toBe(false);
    expect(result.finding).toMatchObject({ kind: 'removed', seq: keep + 1 });
    // Without the exported checkpoint, the cut log is consistent with itself.
    expect((await verifyAuditLog(h.deps)).ok).toBe(true);

    // Growing a new tail past the checkpoint's size does not hide it either.
    await addNotes(h, lawyer, caseId, 10);
    const regrown = await verifyAuditLog(h.deps, { checkpoint: exported });
    expect(regrown.finding?.kind).toBe('rewritten');
    expect(regrown.finding?.seq).toBeLessThanOrEqual(keep + 1);
    expect(regrown.finding?.lastSeq).toBe(exported.treeSize);
  });

  it('proves an exported checkpoint a prefix of the grown log with a consistency proof', async () => {
    h = await startHarness();
    const { lawyer, caseId } = await populate(h);
    const exported = await checkpointNow();
    await addNotes(h, lawyer, caseId, 7);
    const result = await verifyAuditLog(h.deps, { checkpoint: exported });
    expect(result.ok).toBe(true);
    const { consistency } = result;
    expect(consistency).toMatchObject({ fromSize: exported.treeSize, toSize: result.entriesChecked });
    const proof = (consistency?.proof ?? []).map((p) => Buffer.from(p, 'hex'));
    const root = Buffer.from(result.rootHash, 'hex');
    expect(verifyConsistency(exported.treeSize, result.entriesChecked, exported.rootHash, root, proof)).toBe(true);
    // The same proof does not vouch for a different old root.
    expect(verifyConsistency(exported.treeSize, result.entriesChecked, randomBytes(32), root, proof)).toBe(false);
  });

  it('refuses a checkpoint signed by another key, even one that states the right root', async () => {
    h = await startHarness();
    await populate(h);
    const genuine = await checkpointNow();
    const forged = signCheckpoint(new AuditSigner(randomBytes(32)), genuine);
    const result = await verifyAuditLog(h.deps, { checkpoint: forged });
    expect(result.ok).toBe(false);
    expect(result.finding).toMatchObject({ kind: 'checkpoint', seq: null });

    await sql`update audit_checkpoints set signature = ${forged.signature}, public_key = ${forged.publicKey}`.execute(
      h.store.db,
    );
    expect((await verifyAuditLog(h.deps)).finding).toMatchObject({ kind: 'checkpoint' });
  });

  it('verifies a log written by 50 use cases at once, with checkpoints signed while they run', async () => {
    h = await startHarness();
    const { lawyer, caseId } = await populate(h, 0);
    const writes = Array.from({ length: 50 }, (_, i) => addNote(h.deps, lawyer.actor, caseId, `Parallel note ${i}`));
    const checkpoints = [takeCheckpoint(h.deps, null), takeCheckpoint(h.deps, null), takeCheckpoint(h.deps, null)];
    await Promise.all([...writes, ...checkpoints]);
    for (const outcome of await Promise.all(checkpoints)) expect(outcome.ok).toBe(true);

    const n = await headSeq(h);
    const notes = await h.store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('action', '=', 'note.create')
      .executeTakeFirstOrThrow();
    expect(Number(notes.n)).toBe(50);
    const result = await verifyAuditLog(h.deps);
    expect(result).toMatchObject({ ok: true, entriesChecked: n });
    expect(result.checkpointsChecked).toBeGreaterThanOrEqual(1);
  });
});
