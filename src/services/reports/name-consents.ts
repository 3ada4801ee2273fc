import type { Selectable } from 'kysely';
import { decideUse } from '../../domain/consent.js';
import type { ReportConsentsTable } from '../../store/schema.js';

/**
 * The people who may be named in the report on this day: each has a consent to public use with
 * their name in force. Everyone else is shown by their label (initials, or the pseudonym they
 * chose as their label).
 */
export function namedByConsent(consents: readonly Selectable<ReportConsentsTable>[], day: string): Set<string> {
  const records = consents.map((c) => ({
    purpose: c.purpose,
    givenBy: c.person_id,
    givenOn: c.given_on,
    withdrawnOn: c.withdrawn_on,
  }));
  const people = new Set(records.map((r) => r.givenBy));
  return new Set([...people].filter((p) => decideUse(records, 'public_with_name', day, [p]).allowed));
}
