import { checkpointSignedBy, signCheckpoint, type SignedCheckpoint } from '../../security/audit-checkpoint.js';
import { MerkleFrontier } from '../../security/audit-merkle.js';
import type { AuditSigner } from '../../security/audit-signer.js';
import { AuditChainVerifier, genesisState, type AuditFinding, type ChainState } from '../../security/audit-verifier.js';
import { insertCheckpoint, latestCheckpoint, readAuditHead, walkAuditEntries } from '../../store/audit.js';
import type { Db } from '../../store/engine.js';
import { checkpointFromRow, checkpointLabel } from './checkpoint-rows.js';

export type CheckpointOutcome =
  { ok: true; checkpoint: SignedCheckpoint; created: boolean } | { ok: false; finding: AuditFinding };

/**
 * Sign a checkpoint of the log as it stands, in the caller's transaction. The entries added
 * since the last checkpoint are checked first (chain, order, head), continuing from that
 * checkpoint's Merkle frontier: a log that does not verify is never signed, and the work is
 * proportional to what is new. When nothing was added, the last checkpoint is returned.
 */
export async function writeCheckpoint(tx: Db, signer: AuditSigner, now: Date): Promise<CheckpointOutcome> {
  const head = await readAuditHead(tx);
  const lastRow = await latestCheckpoint(tx);
  let start: ChainState = genesisState();
  if (lastRow) {
    const last = checkpointFromRow(lastRow);
    const frontier = storedFrontier(lastRow.tree_size, lastRow.frontier);
    if (!frontier || !checkpointSignedBy(last, signer.publicKey) || !frontier.root().equals(last.rootHash)) {
      const message = `${checkpointLabel(last)} was altered or is not signed by this installation`;
      return { ok: false, finding: { kind: 'checkpoint', seq: null, message } };
    }
    if (last.treeSize > head.seq) {
      const message = `entry ${head.seq + 1} is missing: ${checkpointLabel(last)} covers more than the ${head.seq} entries the log records`;
      return { ok: false, finding: { kind: 'removed', seq: head.seq + 1, message } };
    }
    if (last.treeSize === head.seq && last.chainHash.equals(head.hash)) {
      return { ok: true, checkpoint: last, created: false };
    }
    start = { size: last.treeSize, chainHash: last.chainHash, frontier };
  }

  const verifier = new AuditChainVerifier({ start, maxSeq: head.seq });
  for await (const row of walkAuditEntries(tx, start.size, head.seq)) {
    const finding = verifier.add(row);
    if (finding) return { ok: false, finding };
  }
  const finding = verifier.finish({ seq: head.seq, hash: head.hash });
  if (finding) return { ok: false, finding };

  const { size, chainHash, frontier } = verifier.state;
  const checkpoint = signCheckpoint(signer, {
    treeSize: size,
    rootHash: frontier.root(),
    chainHash,
    signedAt: now.toISOString(),
  });
  await insertCheckpoint(tx, {
    tree_size: checkpoint.treeSize,
    root_hash: checkpoint.rootHash,
    chain_hash: checkpoint.chainHash,
    frontier: frontier.serialize(),
    signed_at: checkpoint.signedAt,
    public_key: checkpoint.publicKey,
    signature: checkpoint.signature,
  });
  return { ok: true, checkpoint, created: true };
}

/** The frontier stored with a checkpoint, or null when its bytes do not fit its size (altered). */
function storedFrontier(size: number, bytes: Uint8Array): MerkleFrontier | null {
  try {
    return MerkleFrontier.deserialize(size, bytes);
  } catch {
    return null;
  }
}
