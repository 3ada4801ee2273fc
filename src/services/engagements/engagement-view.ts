import type { Selectable } from 'kysely';
import { daysBetween } from '../../domain/calendar-days.js';
import { EXCHANGE_STATUSES } from '../../domain/engagement.js';
import type { FieldCipher } from '../../security/field-cipher.js';
import { listAttendees, listMinutesItems } from '../../store/engagements.js';
import { partyLabels, type PartyLabels } from '../../store/party-labels.js';
import type { EngagementsTable, MinutesItemsTable } from '../../store/schema.js';
import { tasksOfEngagement } from '../../store/tasks.js';
import { taskView } from '../tasks/task-view.js';
import type { UseCaseContext } from '../use-case.js';

/** Days from the request to the meeting or answer; null until one came. */
export function latencyDays(row: Selectable<EngagementsTable>): number | null {
  return row.outcome_on && EXCHANGE_STATUSES.includes(row.status)
    ? daysBetween(row.requested_on, row.outcome_on)
    : null;
}

/** The request and its outcome, as lists show it. */
export function engagementSummary(
  cipher: FieldCipher,
  row: Selectable<EngagementsTable>,
  extra: { organizationName: string; requestedByName: string; caseIds: string[] },
) {
  return {
    id: row.id,
    organization: { id: row.organization_id, name: extra.organizationName },
    requestedBy: { id: row.requested_by, displayName: extra.requestedByName },
    requestedOn: row.requested_on,
    channel: row.channel,
    subject: cipher.decrypt('engagements', 'subject', row.id, row.subject),
    status: row.status,
    outcomeOn: row.outcome_on,
    latencyDays: latencyDays(row),
    caseIds: extra.caseIds,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function speakerOf(row: Selectable<MinutesItemsTable>, labels: PartyLabels) {
  if (row.speaker_person_id) {
    return { personId: row.speaker_person_id, label: labels.people.get(row.speaker_person_id)?.label ?? '?' };
  }
  if (row.speaker_organization_id) {
    return {
      organizationId: row.speaker_organization_id,
      label: labels.organizations.get(row.speaker_organization_id) ?? '?',
    };
  }
  const userId = row.speaker_user_id ?? '';
  return { userId, label: labels.users.get(userId) ?? '?' };
}

export function minutesItemView(cipher: FieldCipher, row: Selectable<MinutesItemsTable>, labels: PartyLabels) {
  const refersTo = row.refers_to_organization_id;
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    speaker: speakerOf(row, labels),
    refersTo: refersTo ? { id: refersTo, name: labels.organizations.get(refersTo) ?? '?' } : null,
    text: cipher.decrypt('minutes_items', 'text', row.id, row.text),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function itemLabels(ctx: UseCaseContext, items: readonly Selectable<MinutesItemsTable>[]) {
  return partyLabels(ctx.tx, {
    personIds: items.flatMap((i) => (i.speaker_person_id ? [i.speaker_person_id] : [])),
    organizationIds: items.flatMap((i) =>
      [i.speaker_organization_id, i.refers_to_organization_id].filter((x): x is string => x !== null),
    ),
    userIds: items.flatMap((i) => (i.speaker_user_id ? [i.speaker_user_id] : [])),
  });
}

/** Everything about one engagement: request, outcome, attendees, minutes in order, follow-ups. */
export async function presentEngagement(ctx: UseCaseContext, row: Selectable<EngagementsTable>, caseIds: string[]) {
  const cipher = ctx.deps.cipher;
  const items = await listMinutesItems(ctx.tx, row.id);
  const labels = await itemLabels(ctx, items);
  const names = await partyLabels(ctx.tx, {
    personIds: [],
    organizationIds: [row.organization_id],
    userIds: [row.requested_by],
  });
  const attendees = await listAttendees(ctx.tx, row.id);
  return {
    ...engagementSummary(cipher, row, {
      organizationName: names.organizations.get(row.organization_id) ?? '?',
      requestedByName: names.users.get(row.requested_by) ?? '?',
      caseIds,
    }),
    place: row.place ? cipher.decrypt('engagements', 'place', row.id, row.place) : null,
    attendees: attendees.map((a) => ({
      personId: a.person_id,
      userId: a.user_id,
      label: a.person_label ?? a.user_name ?? '?',
      kind: a.person_kind ?? ('staff' as const),
      role: a.role,
    })),
    minutes: items.map((i) => minutesItemView(cipher, i, labels)),
    followUps: (await tasksOfEngagement(ctx.tx, row.id)).map(taskView),
  };
}
