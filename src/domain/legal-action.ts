import { z } from 'zod';
import { attribution } from './attribution.js';
import { id, isoDate, line, text, version } from './common.js';

/** Proceedings before a court or an authority for a case, with parties, hearings and filings. */
export const LEGAL_ACTION_KINDS = [
  'civil_claim',
  'administrative_appeal',
  'criminal_complaint',
  'residence_application',
  'asylum_application',
  'other',
] as const;
export const legalActionKind = z.enum(LEGAL_ACTION_KINDS);
export type LegalActionKind = z.infer<typeof legalActionKind>;

export const LEGAL_ACTION_STATUSES = ['preparing', 'filed', 'decided', 'appealed', 'closed', 'withdrawn'] as const;
export const legalActionStatus = z.enum(LEGAL_ACTION_STATUSES);
export type LegalActionStatus = z.infer<typeof legalActionStatus>;

const TRANSITIONS: Record<LegalActionStatus, readonly LegalActionStatus[]> = {
  preparing: ['filed', 'withdrawn'],
  filed: ['decided', 'withdrawn'],
  decided: ['appealed', 'closed'],
  appealed: ['decided', 'withdrawn'],
  closed: [],
  withdrawn: [],
};

export function canTransitionLegalAction(from: LegalActionStatus, to: LegalActionStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** Statuses in which the proceedings are over: they carry a closing date. */
export const FINISHED_STATUSES: readonly LegalActionStatus[] = ['closed', 'withdrawn'];

export const PARTY_SIDES = ['claimant', 'respondent', 'applicant', 'authority', 'third_party', 'counsel'] as const;
export const partySide = z.enum(PARTY_SIDES);
export type PartySide = z.infer<typeof partySide>;

const partyInput = z.strictObject({ party: attribution, side: partySide });

/** Outcomes and hearing results may name people and quote testimony: encrypted. */
const protectedText = text(8000).refine((s) => s.trim().length > 0, { error: 'must not be empty' });

export const legalActionInput = z.strictObject({
  /** The court or authority (an organization). */
  forumOrganizationId: id,
  kind: legalActionKind,
  /** Shown in lists: no names. */
  title: line(200),
  reference: line(100).nullish(),
  openedOn: isoDate,
  parties: z.array(partyInput).max(50).default([]),
});
export type LegalActionInput = z.infer<typeof legalActionInput>;

export const legalActionPatch = z.strictObject({
  version,
  status: legalActionStatus.optional(),
  title: line(200).optional(),
  reference: line(100).nullish(),
  closedOn: isoDate.nullish(),
  outcome: protectedText.nullish(),
});
export type LegalActionPatch = z.infer<typeof legalActionPatch>;

export const hearingInput = z.strictObject({
  on: isoDate,
  place: line(300),
  result: protectedText.nullish(),
});
export type HearingInput = z.infer<typeof hearingInput>;

export const hearingPatch = z.strictObject({
  version,
  on: isoDate.optional(),
  place: line(300).optional(),
  result: protectedText.nullish(),
});
export type HearingPatch = z.infer<typeof hearingPatch>;

export const filingInput = z.strictObject({
  kind: line(120),
  /** The last day to file. */
  deadlineOn: isoDate.nullish(),
  filedOn: isoDate.nullish(),
});
export type FilingInput = z.infer<typeof filingInput>;

export const filingPatch = z.strictObject({ version, filedOn: isoDate.nullable() });
