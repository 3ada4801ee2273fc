import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { findConsent, withdrawConsent as withdrawRow } from '../../store/consents.js';
import { findIncident } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { presentIncident } from './incident-view.js';

/** Record that a consent was withdrawn, and from when: the consent stays on record, no longer in force. */
export function withdrawConsent(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  consentId: string,
  withdrawnOn: string,
  locale: Locale = 'en',
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireIncident(ctx, incidentId, 'consent:record');
    const consent = await findConsent(ctx.tx, incidentId, consentId);
    if (!consent) throw new NotFoundError('consent');
    if (consent.withdrawn_on !== null) {
      throw new InvalidInputError('consentId', `this consent was already withdrawn on ${consent.withdrawn_on}`);
    }
    if (withdrawnOn < consent.given_on) {
      throw new InvalidInputError('withdrawnOn', `must not be before the consent was given (${consent.given_on})`);
    }
    const row = await withdrawRow(ctx.tx, consentId, {
      withdrawn_on: withdrawnOn,
      withdrawal_recorded_by: actor.userId,
      withdrawal_recorded_at: ctx.now.toISOString(),
    });
    if (!row) throw new InvalidInputError('consentId', 'this consent was already withdrawn');
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'incident.consent.withdraw',
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        details: { consentId, purpose: consent.purpose },
      });
    }
    const incident = await findIncident(ctx.tx, incidentId);
    if (!incident) throw new NotFoundError('incident');
    return presentIncident(ctx, incident, caseIds, locale);
  });
}
