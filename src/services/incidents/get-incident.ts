import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { presentIncident } from './incident-view.js';

/** The whole record of an incident (but its place), for a reader of every case it belongs to. */
export function getIncident(deps: Deps, actor: Actor, incidentId: string, locale: Locale) {
  return runUseCase(deps, actor, async (ctx) => {
    const { incident, caseIds } = await requireIncident(ctx, incidentId, 'read');
    return presentIncident(ctx, incident, caseIds, locale);
  });
}
