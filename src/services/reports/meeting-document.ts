import { firstGrapheme } from '../../domain/text.js';
import type { ReportLanguage } from '../../domain/report.js';
import type { MeetingReportDocument } from '../../reports/meeting-report-model.js';
import { protectedPeople } from '../../store/reports.js';
import { openIdentity } from '../people/protected-fields.js';
import type { UseCaseContext } from '../use-case.js';
import type { CheckedReport } from './report-view.js';
import { withReplacements } from './report-resolutions.js';

/** Our own staff appear by the initials of their display name. */
function staffInitials(displayName: string): string {
  return displayName
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => `${firstGrapheme(w).toLocaleUpperCase()}.`)
    .join(' ');
}

/**
 * The report as it is laid out: people by label, unless they consented to be named (then by
 * their name in the report's script when they have one), organizations by name, staff by
 * initials, every free text with the author's replacements made.
 */
export async function meetingDocument(
  ctx: UseCaseContext,
  checked: CheckedReport,
  opts: { language: ReportLanguage; draft: boolean },
): Promise<MeetingReportDocument> {
  const { meeting, resolutions } = checked;
  const { labels, engagement, texts } = meeting;
  const script = opts.language === 'fa' ? 'persian' : 'latin';
  const names = new Map<string, string>();
  const consenting =
    checked.named.size > 0 ? await protectedPeople(ctx.tx, { caseIds: [], personIds: [...checked.named] }) : [];
  for (const row of consenting) {
    const identity = openIdentity(ctx.deps.cipher, row.id, row.identity);
    const name = identity.names.find((n) => n.script === script) ?? identity.names[0];
    if (name) names.set(row.id, name.full);
  }
  const person = (id: string) => names.get(id) ?? labels.people.get(id)?.label ?? '?';
  const organization = (id: string | null) => (id ? (labels.organizations.get(id) ?? '?') : '?');
  const user = (id: string) => staffInitials(labels.users.get(id) ?? '?');
  const text = (field: string) => withReplacements(field, texts.get(field) ?? '', resolutions);
  const speaker = (i: (typeof meeting.items)[number]) =>
    i.speaker_person_id
      ? person(i.speaker_person_id)
      : i.speaker_organization_id
        ? organization(i.speaker_organization_id)
        : user(i.speaker_user_id ?? '');
  const place = texts.has('place') ? text('place') : null;

  return {
    language: opts.language,
    draft: opts.draft,
    title: text('title'),
    organization: organization(engagement.organization_id),
    requestedOn: engagement.requested_on,
    heldOn: engagement.outcome_on,
    place,
    participants: meeting.attendees.map((a) => ({
      name: a.person_id ? person(a.person_id) : user(a.user_id ?? ''),
      role: a.role,
    })),
    minutes: meeting.items
      .filter((i) => i.kind !== 'referral_given')
      .map((i) => ({ kind: i.kind, speaker: speaker(i), text: text(`minutes:${i.id}`) })),
    claims: meeting.claims.map((c) => ({
      by: c.asserted_by_person_id ? person(c.asserted_by_person_id) : organization(c.asserted_by_organization_id),
      topic: text(`topic:${c.topic_id}`),
      stance: c.stance,
      statement: text(`claim:${c.id}`),
    })),
    referrals: meeting.items
      .filter((i) => i.kind === 'referral_given')
      .map((i) => ({ by: speaker(i), to: organization(i.refers_to_organization_id), text: text(`minutes:${i.id}`) })),
    body: text('body'),
    conclusions: text('conclusions'),
  };
}
