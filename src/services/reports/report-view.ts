import type { Selectable } from 'kysely';
import { reportConsentsOf } from '../../store/reports.js';
import type { ReportConsentsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';
import { loadMeetingRecord, type MeetingRecord } from './meeting-record.js';
import { namedByConsent } from './name-consents.js';
import { checkReport, type CheckedHit } from './redaction-check.js';
import { standingResolutions, type Resolution } from './report-resolutions.js';

/** A report with its meeting, its consents, its standing resolutions and the result of the check. */
export interface CheckedReport {
  meeting: MeetingRecord;
  consents: Selectable<ReportConsentsTable>[];
  named: Set<string>;
  resolutions: Resolution[];
  hits: CheckedHit[];
  unresolved: number;
  people: number;
}

export async function checkedReport(
  ctx: UseCaseContext,
  { engagement, caseIds, report }: Pick<MeetingRecord, 'engagement' | 'caseIds' | 'report'>,
): Promise<CheckedReport> {
  const meeting = await loadMeetingRecord(ctx, engagement, caseIds, report);
  const consents = await reportConsentsOf(ctx.tx, report.id);
  const named = namedByConsent(consents, ctx.now.toISOString().slice(0, 10));
  const resolutions = await standingResolutions(ctx, report.id, meeting.texts);
  const { hits, people } = await checkReport(ctx, meeting, named, resolutions);
  const unresolved = hits.filter((h) => h.resolution === null).length;
  return { meeting, consents, named, resolutions, hits, unresolved, people };
}

/** What the author sees: the texts with every hit to highlight, and whether it may be published. */
export function presentReport(checked: CheckedReport) {
  const { report, engagement } = checked.meeting;
  const texts = checked.meeting.texts;
  return {
    id: report.id,
    engagementId: engagement.id,
    status: report.status,
    title: texts.get('title') ?? '',
    body: texts.get('body') ?? '',
    conclusions: texts.get('conclusions') ?? '',
    texts: [...texts].map(([field, text]) => ({ field, text })),
    hits: checked.hits.map((h) => ({
      field: h.field,
      start: h.start,
      end: h.end,
      kind: h.kind,
      personLabel: h.personLabel,
      resolution: h.resolution && {
        action: h.resolution.action,
        replacement: h.resolution.replacement,
        reason: h.resolution.reason,
      },
    })),
    unresolved: checked.unresolved,
    consents: checked.consents.map((c) => ({
      id: c.id,
      personId: c.person_id,
      purpose: c.purpose,
      givenOn: c.given_on,
      method: c.method,
      withdrawnOn: c.withdrawn_on,
    })),
    namedPersonIds: [...checked.named].sort(),
    version: report.version,
    createdAt: report.created_at,
    updatedAt: report.updated_at,
  };
}
