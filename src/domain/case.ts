import { z } from 'zod';
import { id, isoDate, text, version } from './common.js';
import { identity, label, location } from './person.js';

export const CASE_STATUSES = ['intake', 'open', 'on_hold', 'closed'] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;

/** A list of cases in one status, or `active`: every case not closed. */
export const caseStatusFilter = z.enum([...CASE_STATUSES, 'active']);
export type CaseStatusFilter = z.infer<typeof caseStatusFilter>;

/** Allowed status changes; closing records the date, reopening clears it. */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  intake: ['open', 'closed'],
  open: ['on_hold', 'closed'],
  on_hold: ['open', 'closed'],
  closed: ['open'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

export const caseSummary = text(4000);
export const noteBody = text(20000).refine((s) => s.trim().length > 0, { error: 'must not be empty' });

export const openedOn = isoDate;

/** Case codes are random (no sequence that would reveal volume or order): C-XXXX-XXXX. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function caseCode(random: Uint8Array): string {
  const chars = [...random.subarray(0, 8)].map((b) => ALPHABET[b % 32]).join('');
  return `C-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export const newClient = z.strictObject({
  label: label.nullish(),
  identity,
  location: location.nullish(),
});

export const caseCreateInput = z
  .strictObject({
    client: newClient.optional(),
    clientId: id.optional(),
    teamId: id.nullish(),
    openedOn: isoDate.optional(),
    summary: caseSummary.nullish(),
  })
  .refine((v) => (v.client ? !v.clientId : Boolean(v.clientId)), {
    error: 'give either a new client or the id of an existing one',
    path: ['client'],
  });
export type CaseCreateInput = z.infer<typeof caseCreateInput>;

export const casePatch = z.strictObject({
  version,
  status: caseStatus.optional(),
  teamId: id.nullish(),
  summary: caseSummary.nullish(),
});
export type CasePatch = z.infer<typeof casePatch>;
