import type { Updateable } from 'kysely';
import { dateSpan } from '../../domain/fuzzy-date.js';
import type { IncidentPatch } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { updateIncident as updateRow } from '../../store/incidents.js';
import type { IncidentsTable } from '../../store/schema.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { reindexIncident } from './incident-index.js';
import { presentIncident } from './incident-view.js';

/** Change an incident's title, dates, place or description, at the version the user saw. */
export function updateIncident(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  patch: IncidentPatch,
  locale: Locale = 'en',
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { incident, caseIds } = await requireIncident(ctx, incidentId, 'incident:record');
    const changes: Updateable<IncidentsTable> = { updated_at: ctx.now.toISOString() };
    if (patch.title !== undefined) changes.title = deps.cipher.encrypt('incidents', 'title', incidentId, patch.title);
    if (patch.description !== undefined) {
      changes.description = deps.cipher.encrypt('incidents', 'description', incidentId, patch.description);
    }
    if (patch.place !== undefined) {
      changes.place = patch.place === null ? null : deps.cipher.encrypt('incidents', 'place', incidentId, patch.place);
    }
    if (patch.country !== undefined) changes.country = patch.country;
    if (patch.start !== undefined || patch.end !== undefined) {
      const start = patch.start ?? { value: incident.start_value, precision: incident.start_precision };
      const storedEnd =
        incident.end_value !== null && incident.end_precision !== null
          ? { value: incident.end_value, precision: incident.end_precision }
          : null;
      const end = patch.end === undefined ? storedEnd : patch.end;
      const from = dateSpan(start).from;
      const to = dateSpan(end ?? start).to;
      if (to < from)
        throw new InvalidInputError(patch.end === undefined ? 'start' : 'end', 'the end must not be before the start');
      Object.assign(changes, {
        start_value: start.value,
        start_precision: start.precision,
        end_value: end?.value ?? null,
        end_precision: end?.precision ?? null,
        occurred_from: from,
        occurred_to: to,
      });
    }
    const row = await updateRow(ctx.tx, incidentId, patch.version, changes);
    if (!row) throw new ConflictError('incident', incident.version);
    await reindexIncident(ctx, incidentId);
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'incident.update',
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        details: { fields: Object.keys(patch).filter((k) => k !== 'version') },
      });
    }
    return presentIncident(ctx, row, caseIds, locale);
  });
}
