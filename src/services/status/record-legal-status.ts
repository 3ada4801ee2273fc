import { randomUUID } from 'node:crypto';
import type { LegalStatusInput } from '../../domain/legal-status.js';
import type { Actor } from '../../security/roles.js';
import { findLegalStatus, insertLegalStatus } from '../../store/legal-status.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { requireKnownOrganization } from '../support/known-organization.js';
import { runUseCase } from '../use-case.js';
import { givenFields } from '../support/given-fields.js';
import { legalStatusView, sealOpenQuestions } from './status-view.js';

/** Record a change of a person's legal status: a new entry of the history. */
export function recordLegalStatus(deps: Deps, actor: Actor, personId: string, input: LegalStatusInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'update', null);
    await requireKnownOrganization(ctx, 'authorityId', input.authorityId);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    await insertLegalStatus(ctx.tx, {
      id,
      person_id: personId,
      basis: input.basis,
      authority_id: input.authorityId ?? null,
      effective_from: input.effectiveFrom,
      effective_to: input.effectiveTo ?? null,
      open_questions: sealOpenQuestions(deps.cipher, id, input.openQuestions ?? null),
      recorded_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'legal-status.create',
      targetType: 'legal_status',
      targetId: id,
      caseId,
      details: { personId, fields: givenFields(input) },
    });
    const row = await findLegalStatus(ctx.tx, personId, id);
    if (!row) throw new Error('the status entry just recorded cannot be read back');
    return legalStatusView(deps.cipher, row);
  });
}
