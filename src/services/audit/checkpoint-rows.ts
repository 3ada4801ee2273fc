import type { Selectable } from 'kysely';
import type { SignedCheckpoint } from '../../security/audit-checkpoint.js';
import type { AuditCheckpointsTable } from '../../store/schema.js';

/** A stored checkpoint as the signed statement it holds. */
export function checkpointFromRow(row: Selectable<AuditCheckpointsTable>): SignedCheckpoint {
  return {
    treeSize: row.tree_size,
    rootHash: Buffer.from(row.root_hash),
    chainHash: Buffer.from(row.chain_hash),
    signedAt: row.signed_at,
    publicKey: Buffer.from(row.public_key),
    signature: Buffer.from(row.signature),
  };
}

export function checkpointLabel(cp: SignedCheckpoint, exported = false): string {
  return `${exported ? 'the exported' : 'the stored'} checkpoint of ${cp.treeSize} entries signed at ${cp.signedAt}`;
}
