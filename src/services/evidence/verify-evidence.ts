import { verifyVaultFile, type VerifyOutcome } from '../../files/verify.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { recordCustody } from './custody.js';
import { requireEvidence } from './evidence-access.js';

/** Re-read one stored file and compare its SHA-256 with the intake record; the check joins its chain of custody. */
export async function verifyEvidence(deps: Deps, actor: Actor, evidenceId: string) {
  const { evidence } = await runUseCase(deps, actor, (ctx) => requireEvidence(ctx, evidenceId, 'read'));
  const outcome = await verifyVaultFile(deps.evidence.vault, evidence.file_id, {
    sha256: evidence.sha256,
    size: evidence.size,
  });
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireEvidence(ctx, evidenceId, 'read');
    await recordVerification(ctx.tx, evidenceId, outcome, actor.userId, ctx.now);
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'evidence.verify',
        outcome: outcome.status === 'intact' ? 'ok' : 'failed',
        targetType: 'evidence',
        targetId: evidenceId,
        caseId,
        details: { status: outcome.status },
      });
    }
    return {
      evidenceId,
      sha256: evidence.sha256,
      status: outcome.status,
      detail: 'detail' in outcome ? outcome.detail : null,
    };
  });
}

export function recordVerification(
  tx: Parameters<typeof recordCustody>[0],
  evidenceId: string,
  outcome: VerifyOutcome,
  actorId: string | null,
  at: Date,
) {
  return recordCustody(tx, {
    evidenceId,
    action: 'verify',
    outcome: outcome.status === 'intact' ? 'ok' : 'failed',
    actorId,
    at,
    details: { status: outcome.status, ...('detail' in outcome ? { detail: outcome.detail } : {}) },
  });
}
