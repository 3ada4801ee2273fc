import type { Readable } from 'node:stream';
import { typeForDetected } from '../../files/accepted-types.js';
import { verifyVaultFile } from '../../files/verify.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { allowedOnEvery } from '../incidents/incident-access.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { recordCustody } from './custody.js';
import { EvidenceDamagedError } from './errors.js';
import { requireEvidence } from './evidence-access.js';

export interface EvidenceDownload {
  /** A neutral name for the saved file: the name it was sent under may name the person. */
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  body: Readable;
}

/**
 * An original may carry names and GPS positions: handing it out takes the right to see
 * originals on every case of it and a recent proof of identity. A shareable copy (no metadata)
 * takes the right to read.
 */
async function requireDownload(ctx: UseCaseContext, evidenceId: string) {
  const found = await requireEvidence(ctx, evidenceId, 'read');
  if (found.evidence.derived_from === null) {
    if (!(await allowedOnEvery(ctx, found.caseIds, 'evidence:original'))) {
      throw new AccessRefused('evidence.evidence:original', { type: 'evidence', id: evidenceId }, 'not-found');
    }
    requireRecentProof(ctx);
  }
  return found;
}

/**
 * Hand out a stored file: it is first re-read and its SHA-256 compared with the intake record,
 * so nothing but the bytes taken in ever leaves; the download (or the damage found) joins the
 * chain of custody with the reason given, before a byte is sent.
 */
export async function downloadEvidence(
  deps: Deps,
  actor: Actor,
  evidenceId: string,
  reason: string,
): Promise<EvidenceDownload> {
  const { evidence } = await runUseCase(deps, actor, (ctx) => requireDownload(ctx, evidenceId));
  const record = { sha256: evidence.sha256, size: evidence.size };
  const outcome = await verifyVaultFile(deps.evidence.vault, evidence.file_id, record);
  await runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireDownload(ctx, evidenceId);
    const ok = outcome.status === 'intact';
    await recordCustody(ctx.tx, {
      evidenceId,
      action: 'download',
      outcome: ok ? 'ok' : 'failed',
      actorId: actor.userId,
      at: ctx.now,
      reason,
      details: { sha256: evidence.sha256, status: outcome.status },
    });
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'evidence.download',
        outcome: ok ? 'ok' : 'failed',
        targetType: 'evidence',
        targetId: evidenceId,
        caseId,
        reason,
        details: { original: evidence.derived_from === null, status: outcome.status },
      });
    }
  });
  if (outcome.status !== 'intact') throw new EvidenceDamagedError(evidenceId, outcome);
  const extension = typeForDetected(evidence.media_type)?.extensions[0] ?? 'bin';
  return {
    fileName: `evidence-${evidenceId}.${extension}`,
    mediaType: evidence.media_type,
    sha256: evidence.sha256,
    size: record.size,
    body: deps.evidence.vault.read(evidence.file_id),
  };
}
