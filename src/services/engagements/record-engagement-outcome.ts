import { dayOf } from '../../domain/calendar-days.js';
import { canTransitionEngagement, type EngagementOutcomeInput } from '../../domain/engagement.js';
import type { Actor } from '../../security/roles.js';
import { replaceAttendees, updateEngagement } from '../../store/engagements.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { checkPerson, checkUser } from './check-parties.js';
import { requireEngagement } from './engagement-access.js';
import { latencyDays, presentEngagement } from './engagement-view.js';

/** What followed the request: the meeting held (where, who attended), an answer, a refusal, a withdrawal. */
export function recordEngagementOutcome(deps: Deps, actor: Actor, engagementId: string, input: EngagementOutcomeInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, caseIds } = await requireEngagement(ctx, engagementId, 'engagement:record');
    if (row.version !== input.version) throw new ConflictError('engagement', row.version);
    if (!canTransitionEngagement(row.status, input.status)) {
      throw new InvalidInputError(
        'status',
        `an engagement cannot go from ${row.status} to ${input.status}`,
        'not_allowed_now',
      );
    }
    if (input.on < row.requested_on) {
      throw new InvalidInputError('on', `must not be before the request was sent (${row.requested_on})`);
    }
    if (input.on > dayOf(ctx.now)) throw new InvalidInputError('on', 'must not be in the future', 'in_future');
    for (const [i, a] of input.attendees.entries()) {
      if (a.personId) await checkPerson(ctx, a.personId, caseIds, `attendees.${i}.personId`);
      if (a.userId) await checkUser(ctx, a.userId, `attendees.${i}.userId`);
    }
    const updated = await updateEngagement(ctx.tx, engagementId, input.version, {
      status: input.status,
      outcome_on: input.on,
      place: input.place ? deps.cipher.encrypt('engagements', 'place', engagementId, input.place) : null,
      updated_at: ctx.now.toISOString(),
    });
    if (!updated) throw new ConflictError('engagement', row.version + 1);
    await replaceAttendees(
      ctx.tx,
      engagementId,
      input.attendees.map((a, i) => ({
        engagement_id: engagementId,
        position: i + 1,
        person_id: a.personId ?? null,
        user_id: a.userId ?? null,
        role: a.role,
      })),
    );
    await ctx.audit({
      action: 'engagement.outcome',
      targetType: 'engagement',
      targetId: engagementId,
      details: { status: input.status, attendees: input.attendees.length, latencyDays: latencyDays(updated) },
    });
    return presentEngagement(ctx, updated, caseIds);
  });
}
