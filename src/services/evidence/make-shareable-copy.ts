import { ACCEPTED_TYPES, type AcceptedTypeId } from '../../files/accepted-types.js';
import { ShareableCopyUnsupportedError } from '../../files/errors.js';
import { makeShareableCopy as copyFile } from '../../files/shareable-copy.js';
import { verifyVaultFile } from '../../files/verify.js';
import type { Actor } from '../../security/roles.js';
import { insertEvidence } from '../../store/evidence.js';
import { partyLabels } from '../../store/party-labels.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { orderedId } from '../incidents/ordered-id.js';
import { runUseCase } from '../use-case.js';
import { recordCustody } from './custody.js';
import { EvidenceDamagedError } from './errors.js';
import { requireEvidence } from './evidence-access.js';
import { evidenceView } from './evidence-view.js';

/**
 * A copy of an image that can leave the case: re-encoded without any metadata (no GPS position,
 * camera, time, XMP, comments or colour profile), stored as evidence of its own with its own
 * SHA-256 and derived from the original, which is only read — after its hash is checked. Both
 * chains of custody record the copy.
 */
export async function makeShareableCopy(deps: Deps, actor: Actor, evidenceId: string, reason: string) {
  const { evidence } = await runUseCase(deps, actor, (ctx) => requireEvidence(ctx, evidenceId, 'incident:record'));
  if (evidence.derived_from !== null) throw new InvalidInputError('id', 'this is a shareable copy already');
  const outcome = await verifyVaultFile(deps.evidence.vault, evidence.file_id, {
    sha256: evidence.sha256,
    size: evidence.size,
  });
  if (outcome.status !== 'intact') throw new EvidenceDamagedError(evidenceId, outcome);
  const stored = await copyFile(
    deps.evidence.vault,
    { fileId: evidence.file_id, typeId: evidence.type_id as AcceptedTypeId },
    deps.evidence.limits,
  ).catch((err: unknown) => {
    throw err instanceof ShareableCopyUnsupportedError ? new InvalidInputError('id', err.message) : err;
  });
  try {
    return await runUseCase(deps, actor, async (ctx) => {
      const { caseIds } = await requireEvidence(ctx, evidenceId, 'incident:record');
      const id = orderedId(ctx.now);
      const extension = ACCEPTED_TYPES.find((t) => t.id === stored.typeId)?.extensions[0] ?? 'bin';
      const row = await insertEvidence(ctx.tx, {
        id,
        incident_id: evidence.incident_id,
        case_id: evidence.case_id,
        derived_from: evidenceId,
        file_id: stored.fileId,
        sha256: stored.sha256,
        size: stored.size,
        media_type: stored.mime,
        type_id: stored.typeId,
        original_name: deps.cipher.encrypt('evidence', 'original_name', id, `shareable-copy.${extension}`),
        description: null,
        received_from_person_id: null,
        received_from_organization_id: null,
        received_by: actor.userId,
        received_at: ctx.now.toISOString(),
      });
      await recordCustody(ctx.tx, {
        evidenceId,
        action: 'shareable-copy',
        outcome: 'ok',
        actorId: actor.userId,
        at: ctx.now,
        reason,
        details: { copyId: id, sha256: evidence.sha256, copySha256: stored.sha256 },
      });
      await recordCustody(ctx.tx, {
        evidenceId: id,
        action: 'intake',
        outcome: 'ok',
        actorId: actor.userId,
        at: ctx.now,
        reason,
        details: { derivedFrom: evidenceId, sha256: stored.sha256, size: stored.size, mediaType: stored.mime },
      });
      for (const caseId of caseIds) {
        await ctx.audit({
          action: 'evidence.shareable_copy',
          targetType: 'evidence',
          targetId: evidenceId,
          caseId,
          reason,
          details: { copyId: id, copySha256: stored.sha256 },
        });
      }
      const labels = await partyLabels(ctx.tx, { personIds: [], organizationIds: [], userIds: [actor.userId] });
      return evidenceView(deps.cipher, row, labels);
    });
  } catch (err) {
    await deps.evidence.vault.delete(stored.fileId);
    throw err;
  }
}
