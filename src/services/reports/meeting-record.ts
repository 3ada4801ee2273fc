import type { Selectable } from 'kysely';
import { listAttendees, listMinutesItems } from '../../store/engagements.js';
import { partyLabels } from '../../store/party-labels.js';
import { claimsFromMinutes } from '../../store/reports.js';
import type { EngagementsTable, ReportsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';

const REPORT_FIELDS = ['title', 'body', 'conclusions'] as const;

/**
 * Everything a meeting report is made of, decrypted: the report's own text, the meeting (place,
 * attendees, minutes), the claims sourced from its minutes, and the labels of everyone named.
 * `texts` holds every free text the report shows, by the field key the redaction check uses.
 */
export async function loadMeetingRecord(
  ctx: UseCaseContext,
  engagement: Selectable<EngagementsTable>,
  caseIds: readonly string[],
  report: Selectable<ReportsTable>,
) {
  const cipher = ctx.deps.cipher;
  const items = await listMinutesItems(ctx.tx, engagement.id);
  const claims = await claimsFromMinutes(
    ctx.tx,
    items.map((i) => i.id),
  );
  const attendees = await listAttendees(ctx.tx, engagement.id);
  const personIds = [
    ...attendees.flatMap((a) => (a.person_id ? [a.person_id] : [])),
    ...items.flatMap((i) => (i.speaker_person_id ? [i.speaker_person_id] : [])),
    ...claims.flatMap((c) => (c.asserted_by_person_id ? [c.asserted_by_person_id] : [])),
  ];
  const labels = await partyLabels(ctx.tx, {
    personIds,
    organizationIds: [
      engagement.organization_id,
      ...items.flatMap((i) => [i.speaker_organization_id, i.refers_to_organization_id]),
      ...claims.map((c) => c.asserted_by_organization_id),
    ].filter((x): x is string => x !== null),
    userIds: [
      ...attendees.flatMap((a) => (a.user_id ? [a.user_id] : [])),
      ...items.flatMap((i) => (i.speaker_user_id ? [i.speaker_user_id] : [])),
    ],
  });

  const texts = new Map<string, string>();
  for (const field of REPORT_FIELDS) texts.set(field, cipher.decrypt('reports', field, report.id, report[field]));
  if (engagement.place) texts.set('place', cipher.decrypt('engagements', 'place', engagement.id, engagement.place));
  for (const i of items) texts.set(`minutes:${i.id}`, cipher.decrypt('minutes_items', 'text', i.id, i.text));
  for (const c of claims) {
    texts.set(`topic:${c.topic_id}`, c.topic_title);
    texts.set(`claim:${c.id}`, cipher.decrypt('claims', 'statement', c.id, c.statement));
  }
  return { engagement, caseIds, report, items, claims, attendees, labels, personIds: [...new Set(personIds)], texts };
}

export type MeetingRecord = Awaited<ReturnType<typeof loadMeetingRecord>>;
