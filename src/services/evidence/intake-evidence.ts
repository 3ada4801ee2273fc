import type { EvidenceFields } from '../../domain/evidence.js';
import { intakeFile, type IntakeResult } from '../../files/intake.js';
import type { Actor } from '../../security/roles.js';
import { insertEvidence } from '../../store/evidence.js';
import { partyLabels } from '../../store/party-labels.js';
import type { Deps } from '../deps.js';
import { requireParties } from '../incidents/parties.js';
import { orderedId } from '../incidents/ordered-id.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { recordCustody } from './custody.js';
import { requireOwner, type EvidenceOwner } from './evidence-access.js';
import { evidenceView } from './evidence-view.js';

export interface Upload {
  /** The bytes as they arrive; read once. */
  file: AsyncIterable<Uint8Array>;
  /** As the sender named it: its extension must name the content; the name is stored encrypted. */
  fileName: string;
  declaredType: string | null;
  fields: EvidenceFields;
}

async function checkUpload(ctx: UseCaseContext, owner: EvidenceOwner, fields: EvidenceFields) {
  const caseIds = await requireOwner(ctx, owner, 'incident:record');
  const from = fields.receivedFromPersonId
    ? { personId: fields.receivedFromPersonId }
    : fields.receivedFromOrganizationId
      ? { organizationId: fields.receivedFromOrganizationId }
      : null;
  if (from) await requireParties(ctx, caseIds, [{ field: 'receivedFrom', party: from }]);
  return caseIds;
}

/** Whether the actor may add evidence to the owner: asked before a byte of the file is read. */
export function checkEvidenceOwner(deps: Deps, actor: Actor, owner: EvidenceOwner) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireOwner(ctx, owner, 'incident:record');
  });
}

/**
 * Take a file into the evidence vault and record it: the access and the fields are checked
 * first; the file is then hashed, checked and encrypted in one pass (a refused file leaves
 * nothing); the record, the first link of its chain of custody and the audit entry commit in one
 * transaction. If that transaction fails, the stored file is removed again.
 */
export async function intakeEvidence(deps: Deps, actor: Actor, owner: EvidenceOwner, upload: Upload) {
  await runUseCase(deps, actor, (ctx) => checkUpload(ctx, owner, upload.fields));
  const stored = await intakeFile(
    deps.evidence.vault,
    upload.file,
    { fileName: upload.fileName, declaredType: upload.declaredType },
    deps.evidence.limits,
  );
  try {
    return await recordEvidence(deps, actor, owner, upload, stored);
  } catch (err) {
    await deps.evidence.vault.delete(stored.fileId);
    throw err;
  }
}

function recordEvidence(deps: Deps, actor: Actor, owner: EvidenceOwner, upload: Upload, stored: IntakeResult) {
  return runUseCase(deps, actor, async (ctx) => {
    const caseIds = await checkUpload(ctx, owner, upload.fields);
    const id = orderedId(ctx.now);
    const row = await insertEvidence(ctx.tx, {
      id,
      incident_id: 'incidentId' in owner ? owner.incidentId : null,
      case_id: 'caseId' in owner ? owner.caseId : null,
      derived_from: null,
      file_id: stored.fileId,
      sha256: stored.sha256,
      size: stored.size,
      media_type: stored.mime,
      type_id: stored.typeId,
      original_name: deps.cipher.encrypt('evidence', 'original_name', id, upload.fileName),
      description: upload.fields.description
        ? deps.cipher.encrypt('evidence', 'description', id, upload.fields.description)
        : null,
      received_from_person_id: upload.fields.receivedFromPersonId ?? null,
      received_from_organization_id: upload.fields.receivedFromOrganizationId ?? null,
      received_by: actor.userId,
      received_at: ctx.now.toISOString(),
    });
    const facts = { sha256: stored.sha256, size: stored.size, mediaType: stored.mime };
    await recordCustody(ctx.tx, {
      evidenceId: id,
      action: 'intake',
      outcome: 'ok',
      actorId: actor.userId,
      at: ctx.now,
      details: facts,
    });
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'evidence.create',
        targetType: 'evidence',
        targetId: id,
        caseId,
        details: { ...facts, incidentId: row.incident_id },
      });
    }
    const labels = await partyLabels(ctx.tx, {
      personIds: row.received_from_person_id ? [row.received_from_person_id] : [],
      organizationIds: row.received_from_organization_id ? [row.received_from_organization_id] : [],
      userIds: [actor.userId],
    });
    return evidenceView(deps.cipher, row, labels);
  });
}
