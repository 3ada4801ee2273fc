import type { ConsentPurpose } from './consent.js';
import { purposesCovering } from './disclosure/purposes-covering.js';
import { consentNeededFor, decideIncidentUse, type IncidentUseRecords } from './incident-use.js';

/** Whether an incident may be used for a purpose on a day, and the first later day on which that may differ. */
export interface IncidentStanding {
  usable: boolean;
  /**
   * The first day after `on` on which a consent that decides the use comes into force or is
   * withdrawn; null when none does. Until then the same records give the same answer.
   */
  validUntil: string | null;
}

/** Whether the incident may be used for `use` on `on` (`decideIncidentUse`), from its records. */
export function incidentStandingOn(records: IncidentUseRecords, use: ConsentPurpose, on: string): IncidentStanding {
  const needed = new Set(consentNeededFor(records));
  const covering = purposesCovering(use);
  // Only a consent of someone whose consent is needed, to a purpose that covers the use, can
  // turn the answer, and only on the day it is given or withdrawn.
  const turns = records.consents
    .filter((c) => needed.has(c.givenBy) && covering.includes(c.purpose))
    .flatMap((c) => [c.givenOn, c.withdrawnOn])
    .filter((day): day is string => day !== null && day > on)
    .sort();
  return { usable: decideIncidentUse(records, use, on).allowed, validUntil: turns[0] ?? null };
}
