import { randomUUID } from 'node:crypto';
import { dayOf } from '../../domain/calendar-days.js';
import type { EngagementRequestInput } from '../../domain/engagement.js';
import type { Actor } from '../../security/roles.js';
import { insertEngagement, linkEngagementCases } from '../../store/engagements.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { checkOrganization } from './check-parties.js';
import { presentEngagement } from './engagement-view.js';

/** Record a request sent to an organization (for a meeting, or a written answer) about some cases. */
export function createEngagement(deps: Deps, actor: Actor, input: EngagementRequestInput) {
  return runUseCase(deps, actor, async (ctx) => {
    for (const caseId of input.caseIds) await requireCase(ctx, caseId, 'engagement:record');
    await checkOrganization(ctx, input.organizationId, 'organizationId');
    if (input.requestedOn > dayOf(ctx.now))
      throw new InvalidInputError('requestedOn', 'must not be in the future', 'in_future');
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertEngagement(ctx.tx, {
      id,
      organization_id: input.organizationId,
      requested_by: actor.userId,
      requested_on: input.requestedOn,
      channel: input.channel,
      subject: deps.cipher.encrypt('engagements', 'subject', id, input.subject),
      status: 'requested',
      outcome_on: null,
      place: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await linkEngagementCases(ctx.tx, id, input.caseIds);
    await ctx.audit({
      action: 'engagement.create',
      targetType: 'engagement',
      targetId: id,
      details: { organizationId: input.organizationId, caseIds: input.caseIds },
    });
    return presentEngagement(ctx, row, [...input.caseIds].sort());
  });
}
