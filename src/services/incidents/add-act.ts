import type { ActInput } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { addIncidentPart } from './add-incident-part.js';
import { addActs, ownField } from './incident-parts.js';

/** Record one more act of the incident: its type, victim, perpetrator and the rights it affected. */
export function addAct(deps: Deps, actor: Actor, incidentId: string, input: ActInput, locale: Locale = 'en') {
  return addIncidentPart(deps, actor, incidentId, { action: 'incident.act.create', locale }, (ctx, incident) =>
    addActs(ctx, incident, [input], ownField),
  );
}
