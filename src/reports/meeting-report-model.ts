import type { Stance } from '../domain/claim.js';
import type { MinutesItemKind } from '../domain/engagement.js';
import type { ReportLanguage } from '../domain/report.js';

/**
 * A meeting report as it is laid out: every person already shown as the report may show them
 * (initials, a pseudonym, or a name the person consented to), every replacement already made.
 * Renderers only escape and lay out; they decide nothing about who is named.
 */
export interface MeetingReportDocument {
  language: ReportLanguage;
  /** A preview of a draft is marked as such on every page. */
  draft: boolean;
  title: string;
  organization: string;
  requestedOn: string;
  heldOn: string | null;
  place: string | null;
  participants: { name: string; role: string }[];
  /** Questions, answers, statements and commitments, in the order of the minutes. */
  minutes: { kind: MinutesItemKind; speaker: string; text: string }[];
  claims: { by: string; topic: string; stance: Stance; statement: string }[];
  referrals: { by: string; to: string; text: string }[];
  body: string;
  conclusions: string;
}
