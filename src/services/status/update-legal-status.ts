import type { Updateable } from 'kysely';
import type { LegalStatusPatch } from '../../domain/legal-status.js';
import type { Actor } from '../../security/roles.js';
import { findLegalStatus, updateLegalStatus as updateRow } from '../../store/legal-status.js';
import type { LegalStatusesTable } from '../../store/schema.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { givenFields } from '../support/given-fields.js';
import { requireKnownOrganization } from '../support/known-organization.js';
import { runUseCase } from '../use-case.js';
import { legalStatusView, sealOpenQuestions } from './status-view.js';

/** Correct one entry of a person's status history (a change of status is a new entry instead). */
export function updateLegalStatus(
  deps: Deps,
  actor: Actor,
  personId: string,
  statusId: string,
  patch: LegalStatusPatch,
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'update', null);
    const stored = await findLegalStatus(ctx.tx, personId, statusId);
    if (!stored) throw new NotFoundError('legal status');
    if (stored.version !== patch.version) throw new ConflictError('legal status', stored.version);
    await requireKnownOrganization(ctx, 'authorityId', patch.authorityId);
    const effectiveFrom = patch.effectiveFrom ?? stored.effective_from;
    const effectiveTo = patch.effectiveTo === undefined ? stored.effective_to : patch.effectiveTo;
    if (effectiveTo !== null && effectiveTo < effectiveFrom) {
      throw new InvalidInputError(
        patch.effectiveTo === undefined ? 'effectiveFrom' : 'effectiveTo',
        `the status would end (${effectiveTo}) before it takes effect (${effectiveFrom})`,
      );
    }
    const changes: Updateable<LegalStatusesTable> = { updated_at: ctx.now.toISOString() };
    if (patch.basis !== undefined) changes.basis = patch.basis;
    if (patch.authorityId !== undefined) changes.authority_id = patch.authorityId;
    if (patch.effectiveFrom !== undefined) changes.effective_from = patch.effectiveFrom;
    if (patch.effectiveTo !== undefined) changes.effective_to = patch.effectiveTo;
    if (patch.openQuestions !== undefined) {
      changes.open_questions = sealOpenQuestions(deps.cipher, statusId, patch.openQuestions);
    }
    if (!(await updateRow(ctx.tx, statusId, patch.version, changes))) {
      throw new ConflictError('legal status', stored.version + 1);
    }
    await ctx.audit({
      action: 'legal-status.update',
      targetType: 'legal_status',
      targetId: statusId,
      caseId,
      details: { personId, fields: givenFields(patch) },
    });
    const row = await findLegalStatus(ctx.tx, personId, statusId);
    if (!row) throw new NotFoundError('legal status');
    return legalStatusView(deps.cipher, row);
  });
}
