import type { InterventionInput } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { addIncidentPart } from './add-incident-part.js';
import { addInterventions, ownField } from './incident-parts.js';

/** Record an intervention made about the incident: its type, who made it, when and where it stands. */
export function addIntervention(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: InterventionInput,
  locale: Locale = 'en',
) {
  return addIncidentPart(deps, actor, incidentId, { action: 'incident.intervention.create', locale }, (ctx, incident) =>
    addInterventions(ctx, incident, [input], ownField),
  );
}
