import { CONSENT_PURPOSES, decideUse, type ConsentPurpose } from '../consent.js';

/**
 * The consents that cover a use (anonymous advocacy is covered by itself and by public use with
 * the name), as the consent rules decide it, for queries that select what may be counted.
 */
export function purposesCovering(use: ConsentPurpose): ConsentPurpose[] {
  const day = '2000-01-01';
  return CONSENT_PURPOSES.filter(
    (purpose) => decideUse([{ purpose, givenBy: 'p', givenOn: day, withdrawnOn: null }], use, day, ['p']).allowed,
  );
}
