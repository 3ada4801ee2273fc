import type { SourceInput } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { addIncidentPart } from './add-incident-part.js';
import { addSources, ownField } from './incident-parts.js';

/** Record a source of information on the incident, with its testimony (encrypted) if it gave one. */
export function addSource(deps: Deps, actor: Actor, incidentId: string, input: SourceInput, locale: Locale = 'en') {
  return addIncidentPart(deps, actor, incidentId, { action: 'incident.source.create', locale }, (ctx, incident) =>
    addSources(ctx, incident, [input], ownField),
  );
}
