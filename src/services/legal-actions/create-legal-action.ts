import { randomUUID } from 'node:crypto';
import type { LegalActionInput } from '../../domain/legal-action.js';
import type { Actor } from '../../security/roles.js';
import { insertLegalAction, insertParties } from '../../store/legal-actions.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { checkAttribution, checkOrganization } from '../engagements/check-parties.js';
import { runUseCase } from '../use-case.js';
import { presentLegalAction } from './legal-action-view.js';

/** Open proceedings before a court or authority for a case, with the parties on each side. */
export function createLegalAction(deps: Deps, actor: Actor, caseId: string, input: LegalActionInput) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'update');
    await checkOrganization(ctx, input.forumOrganizationId, 'forumOrganizationId');
    for (const [i, p] of input.parties.entries()) await checkAttribution(ctx, p.party, [caseId], `parties.${i}.party`);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertLegalAction(ctx.tx, {
      id,
      case_id: caseId,
      forum_organization_id: input.forumOrganizationId,
      kind: input.kind,
      title: input.title,
      reference: input.reference ?? null,
      status: 'preparing',
      opened_on: input.openedOn,
      closed_on: null,
      outcome: null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertParties(
      ctx.tx,
      input.parties.map((p, i) => ({
        legal_action_id: id,
        position: i + 1,
        person_id: p.party.personId ?? null,
        organization_id: p.party.organizationId ?? null,
        side: p.side,
      })),
    );
    await ctx.audit({
      action: 'legal-action.create',
      targetType: 'legal-action',
      targetId: id,
      caseId,
      details: { kind: input.kind, forumOrganizationId: input.forumOrganizationId, parties: input.parties.length },
    });
    return presentLegalAction(ctx, row);
  });
}
