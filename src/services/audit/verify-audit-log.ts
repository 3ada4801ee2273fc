import { checkpointSignedBy, type SignedCheckpoint } from '../../security/audit-checkpoint.js';
import { appendAudit } from '../../security/audit-log.js';
import { consistencyProof, verifyConsistency } from '../../security/audit-merkle.js';
import { AuditChainVerifier, type AuditFinding, type CheckpointExpectation } from '../../security/audit-verifier.js';
import { allCheckpoints, readAuditHead, walkAuditEntries } from '../../store/audit.js';
import type { Db } from '../../store/engine.js';
import type { Deps } from '../deps.js';
import { checkpointFromRow, checkpointLabel } from './checkpoint-rows.js';

export interface AuditVerification {
  ok: boolean;
  /** Entries whose chain and leaf hashes were recomputed before the walk stopped. */
  entriesChecked: number;
  /** The Merkle root and chain head over those entries (the whole log when ok). */
  rootHash: string;
  chainHash: string;
  /** Stored signed checkpoints the entries were checked against. */
  checkpointsChecked: number;
  /** The first thing found wrong. */
  finding: AuditFinding | null;
  /** When an exported checkpoint was given and holds: the RFC 9162 proof that it is a prefix of the log. */
  consistency: { fromSize: number; toSize: number; proof: string[] } | null;
}

/**
 * Recompute the whole audit log: every entry's chain link and Merkle leaf, the head, every
 * stored checkpoint (signature, root and chain head at its size) and, if given, a checkpoint
 * exported earlier and kept elsewhere, which also catches a log truncated and rebuilt with its
 * checkpoints. Run by the operator (the passphrase unlocks the signing key); the run itself
 * is recorded in the log.
 */
export async function verifyAuditLog(
  deps: Deps,
  opts: { checkpoint?: SignedCheckpoint } = {},
): Promise<AuditVerification> {
  // One snapshot: entries appended while the walk runs are not half-seen.
  const result = await deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((tx) => walk(tx, deps, opts.checkpoint ?? null));
  await deps.db.transaction().execute((tx) =>
    appendAudit(
      tx,
      {
        actorId: null,
        action: 'audit.verify',
        outcome: result.ok ? 'ok' : 'failed',
        targetType: 'audit_log',
        details: {
          entries: result.entriesChecked,
          firstSeq: result.finding?.seq ?? null,
          exportedCheckpoint: opts.checkpoint?.treeSize ?? null,
        },
      },
      deps.now(),
    ),
  );
  return result;
}

async function walk(tx: Db, deps: Deps, exported: SignedCheckpoint | null): Promise<AuditVerification> {
  const key = deps.auditSigner.publicKey;
  const head = await readAuditHead(tx);
  const stored = (await allCheckpoints(tx)).map(checkpointFromRow);
  const valid = stored.filter((cp) => checkpointSignedBy(cp, key));
  const badlySigned = stored.find((cp) => !valid.includes(cp));
  const expectations: CheckpointExpectation[] = valid.map((cp) => ({ ...cp, label: checkpointLabel(cp) }));
  const exportedValid = exported !== null && checkpointSignedBy(exported, key);
  if (exported && exportedValid) expectations.push({ ...exported, label: checkpointLabel(exported, true) });

  const verifier = new AuditChainVerifier({ checkpoints: expectations, keepLeaves: exportedValid, maxSeq: head.seq });
  let finding: AuditFinding | null = null;
  for await (const row of walkAuditEntries(tx, 0)) {
    finding = verifier.add(row);
    if (finding) break;
  }
  finding ??= verifier.finish({ seq: head.seq, hash: head.hash });
  if (!finding && badlySigned) {
    finding = {
      kind: 'checkpoint',
      seq: null,
      message: `${checkpointLabel(badlySigned)} is not validly signed by this installation`,
    };
  }
  if (!finding && exported && !exportedValid) {
    finding = {
      kind: 'checkpoint',
      seq: null,
      message: `${checkpointLabel(exported, true)} is not validly signed by this installation's key`,
    };
  }

  const { size, chainHash, frontier } = verifier.state;
  const root = frontier.root();
  let consistency: AuditVerification['consistency'] = null;
  if (!finding && exported && verifier.leaves) {
    // The walk found the entries match the exported checkpoint at its size; the proof lets
    // anyone holding only that checkpoint and the current root check the same.
    const proof = consistencyProof(verifier.leaves, exported.treeSize, size);
    if (!verifyConsistency(exported.treeSize, size, exported.rootHash, root, proof)) {
      throw new Error('the consistency proof does not verify although the entries match: a defect in the proof');
    }
    consistency = { fromSize: exported.treeSize, toSize: size, proof: proof.map((p) => p.toString('hex')) };
  }
  return {
    ok: !finding,
    entriesChecked: size,
    rootHash: root.toString('hex'),
    chainHash: chainHash.toString('hex'),
    checkpointsChecked: valid.filter((cp) => cp.treeSize <= size).length,
    finding,
    consistency,
  };
}
