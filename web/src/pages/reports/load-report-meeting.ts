import { caseApi } from '../../api/case-api';
import { caseworkApi, type Engagement } from '../../api/casework-api';
import { NotFoundError } from '../../api/client';
import { reportApi, type Report } from '../../api/report-api';

/** Someone the report may name, by label: a person on the meeting's cases or an official who attended. */
export interface ReportPerson {
  id: string;
  label: string;
}

export interface ReportMeeting {
  engagement: Engagement;
  cases: { id: string; code: string }[];
  /** What the user may do on every case of the meeting, as the server's abilities say. */
  mayWrite: boolean;
  mayRecordConsent: boolean;
  people: ReportPerson[];
  /** Null until the report is written. */
  report: Report | null;
}

/**
 * The meeting with what the report screen needs. An engagement the user may not see is a 404
 * (the not-found page); the report is only asked for when the user may write it.
 */
export async function loadReportMeeting(engagementId: string, signal: AbortSignal): Promise<ReportMeeting> {
  const engagement = await caseworkApi.engagement(engagementId, signal);
  const cases = await Promise.all(engagement.caseIds.map((id) => caseApi.get(id, signal)));
  const mayWrite = cases.every((c) => c.abilities['report:write']);
  const mayRecordConsent = cases.every((c) => c.abilities['consent:record']);
  const codes = cases.map((c) => ({ id: c.id, code: c.code }));
  if (!mayWrite) return { engagement, cases: codes, mayWrite, mayRecordConsent, people: [], report: null };
  const onCases = await Promise.all(engagement.caseIds.map((id) => caseApi.people(id, signal)));
  const attendees = engagement.attendees.flatMap((a) => (a.personId ? [{ id: a.personId, label: a.label }] : []));
  const people = new Map(
    [...onCases.flatMap((p) => p.items), ...attendees].map((p) => [p.id, { id: p.id, label: p.label }]),
  );
  const report = await reportApi.get(engagementId, signal).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null;
    throw err;
  });
  return { engagement, cases: codes, mayWrite, mayRecordConsent, people: [...people.values()], report };
}
