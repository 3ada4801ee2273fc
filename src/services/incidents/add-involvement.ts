import type { InvolvementInput } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { addIncidentPart } from './add-incident-part.js';
import { addInvolvements, ownField } from './incident-parts.js';

/** Record how a person or organization was involved in the incident (or one of its acts). */
export function addInvolvement(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: InvolvementInput,
  locale: Locale = 'en',
) {
  return addIncidentPart(deps, actor, incidentId, { action: 'incident.involvement.create', locale }, (ctx, incident) =>
    addInvolvements(ctx, incident, [input], ownField),
  );
}
