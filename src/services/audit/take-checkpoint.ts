import { appendAudit, type AuditEntry } from '../../security/audit-log.js';
import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { writeCheckpoint, type CheckpointOutcome } from './write-checkpoint.js';

/**
 * Sign a checkpoint now, for an auditor or for the operator at the command line (`by` null,
 * who holds the passphrase). The attempt is recorded either way, a refused one with the
 * first entry that failed.
 */
export async function takeCheckpoint(deps: Deps, by: Actor | null): Promise<CheckpointOutcome> {
  if (!by) {
    const now = deps.now();
    return deps.db.transaction().execute(async (tx) => {
      const outcome = await writeCheckpoint(tx, deps.auditSigner, now);
      await appendAudit(tx, { actorId: null, ...checkpointEntry(outcome, 'cli') }, now);
      return outcome;
    });
  }
  return runUseCase(deps, by, async (ctx) => {
    requireGlobal(ctx, 'audit:read', { type: 'audit_log' });
    const outcome = await writeCheckpoint(ctx.tx, deps.auditSigner, ctx.now);
    await ctx.audit(checkpointEntry(outcome, 'api'));
    return outcome;
  });
}

function checkpointEntry(outcome: CheckpointOutcome, via: 'cli' | 'api'): Omit<AuditEntry, 'actorId'> {
  return outcome.ok
    ? {
        action: 'audit.checkpoint',
        outcome: 'ok',
        targetType: 'audit_checkpoint',
        targetId: String(outcome.checkpoint.treeSize),
        details: { treeSize: outcome.checkpoint.treeSize, created: outcome.created, via },
      }
    : {
        action: 'audit.checkpoint',
        outcome: 'failed',
        targetType: 'audit_log',
        details: { firstSeq: outcome.finding.seq, kind: outcome.finding.kind, via },
      };
}
