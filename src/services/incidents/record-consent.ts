import type { ConsentInput } from '../../domain/consent.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { insertConsent } from '../../store/consents.js';
import { actsOf, findIncident, findSource } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { presentIncident } from './incident-view.js';
import { orderedId } from './ordered-id.js';

/**
 * Record a person's consent to one use of the incident (they must be one of its victims) or of
 * their own testimony (they must be its source): when and how it was given, and who recorded it.
 */
export function recordConsent(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: ConsentInput,
  locale: Locale = 'en',
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireIncident(ctx, incidentId, 'consent:record');
    if (input.sourceId) {
      const source = await findSource(ctx.tx, incidentId, input.sourceId);
      if (!source) throw new InvalidInputError('sourceId', 'no source with this id in the incident');
      if (source.person_id !== input.givenBy) {
        throw new InvalidInputError('givenBy', 'only the person who gave the testimony can consent to its use');
      }
    } else {
      const victims = (await actsOf(ctx.tx, incidentId)).map((a) => a.victim_person_id);
      if (!victims.includes(input.givenBy)) {
        throw new InvalidInputError('givenBy', 'only a victim of the incident can consent to its use');
      }
    }
    const id = orderedId(ctx.now);
    await insertConsent(ctx.tx, {
      id,
      incident_id: incidentId,
      source_id: input.sourceId ?? null,
      purpose: input.purpose,
      given_by: input.givenBy,
      given_on: input.givenOn,
      method: input.method,
      recorded_by: actor.userId,
      recorded_at: ctx.now.toISOString(),
      withdrawn_on: null,
      withdrawal_recorded_by: null,
      withdrawal_recorded_at: null,
    });
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'incident.consent.record',
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        details: { consentId: id, purpose: input.purpose, sourceId: input.sourceId ?? null },
      });
    }
    const incident = await findIncident(ctx.tx, incidentId);
    if (!incident) throw new NotFoundError('incident');
    return presentIncident(ctx, incident, caseIds, locale);
  });
}
