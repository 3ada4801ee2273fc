import { randomUUID } from 'node:crypto';
import { addDays, dayOf } from '../../domain/calendar-days.js';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  EXCHANGE_STATUSES,
  FOLLOW_UP_ITEM_KINDS,
  type MinutesItemInput,
} from '../../domain/engagement.js';
import type { Actor } from '../../security/roles.js';
import { insertMinutesItem, lastMinutesPosition } from '../../store/engagements.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { mayBeAssigned } from '../tasks/assignee.js';
import { insertTaskRecord } from '../tasks/insert-task.js';
import { runUseCase } from '../use-case.js';
import { checkAttribution, checkOrganization } from './check-parties.js';
import { requireEngagement } from './engagement-access.js';
import { itemLabels, presentEngagement } from './engagement-view.js';

/**
 * Add items to the minutes, in order, each attributed to who said it. A commitment or a
 * referral given becomes a follow-up for the engagement's author (or, if they no longer work
 * on all its cases, for the actor), due some days after the meeting.
 */
export function addMinutes(deps: Deps, actor: Actor, engagementId: string, items: MinutesItemInput[]) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, caseIds } = await requireEngagement(ctx, engagementId, 'engagement:record');
    if (!EXCHANGE_STATUSES.includes(row.status)) {
      throw new InvalidInputError('items', 'minutes are kept of a meeting held or an answer received');
    }
    for (const [i, item] of items.entries()) {
      await checkAttribution(ctx, item.speaker, caseIds, `items.${i}.speaker`);
      if (item.refersToOrganizationId) {
        await checkOrganization(ctx, item.refersToOrganizationId, `items.${i}.refersToOrganizationId`);
      }
    }
    const assigneeId = (await mayBeAssigned(ctx, row.requested_by, caseIds)) ? row.requested_by : actor.userId;
    const from = row.outcome_on ?? dayOf(ctx.now);
    const at = ctx.now.toISOString();
    let position = await lastMinutesPosition(ctx.tx, engagementId);
    let followUps = 0;
    for (const item of items) {
      position += 1;
      const id = randomUUID();
      const stored = await insertMinutesItem(ctx.tx, {
        id,
        engagement_id: engagementId,
        position,
        kind: item.kind,
        speaker_person_id: item.speaker.personId ?? null,
        speaker_organization_id: item.speaker.organizationId ?? null,
        speaker_user_id: item.speaker.userId ?? null,
        refers_to_organization_id: item.refersToOrganizationId ?? null,
        text: deps.cipher.encrypt('minutes_items', 'text', id, item.text),
        recorded_by: actor.userId,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      if (!FOLLOW_UP_ITEM_KINDS.includes(item.kind)) continue;
      const labels = await itemLabels(ctx, [stored]);
      const speaker =
        labels.people.get(item.speaker.personId ?? '')?.label ??
        labels.organizations.get(item.speaker.organizationId ?? '') ??
        labels.users.get(item.speaker.userId ?? '') ??
        '?';
      const target = labels.organizations.get(item.refersToOrganizationId ?? '');
      await insertTaskRecord(ctx, {
        on: { engagementId },
        title:
          item.kind === 'commitment'
            ? `Follow up the commitment made by ${speaker}`
            : `Follow up the referral by ${speaker}${target ? ` to ${target}` : ''}`,
        kind: 'follow_up',
        dueOn: addDays(from, item.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS),
        remindOn: null,
        assigneeId,
        source: { kind: 'minutes_item', id },
      });
      followUps += 1;
    }
    await ctx.audit({
      action: 'engagement.minutes.add',
      targetType: 'engagement',
      targetId: engagementId,
      details: { items: items.length, followUps },
    });
    return presentEngagement(ctx, row, caseIds);
  });
}
