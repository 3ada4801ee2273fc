import { decideUse, type ConsentDecision, type ConsentPurpose, type ConsentRecord } from './consent.js';

/** What the use of an incident is decided from. */
export interface IncidentUseRecords {
  /** The victims of its acts who are people on record (one entry per such act). */
  victims: readonly string[];
  /** The people on record who told of it (one entry per such source). */
  sources: readonly string[];
  /** Its consents to uses of the whole incident; those for one testimony decide only that testimony. */
  consents: readonly ConsentRecord[];
}

/**
 * Whose consent a use of the incident needs: every person it was done to, that is the victims
 * among the people on record or, when none of its victims is a person, the people who told of it.
 */
export function consentNeededFor(records: IncidentUseRecords): readonly string[] {
  return records.victims.length > 0 ? records.victims : records.sources;
}

/** May the incident be used for `purpose` on `day`? Only when everyone whose consent it needs has one in force that covers the use. */
export function decideIncidentUse(records: IncidentUseRecords, purpose: ConsentPurpose, day: string): ConsentDecision {
  return decideUse(records.consents, purpose, day, consentNeededFor(records));
}
