import { dateSpan } from '../../domain/fuzzy-date.js';
import type { IncidentInput } from '../../domain/incident.js';
import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { insertIncident, linkIncidentCase } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireCases } from './incident-access.js';
import { reindexIncident } from './incident-index.js';
import { addActs, addInterventions, addInvolvements, addSources, nestedField } from './incident-parts.js';
import { presentIncident } from './incident-view.js';
import { orderedId } from './ordered-id.js';

/**
 * Record an incident on one or more cases, with the acts, involvements, sources and
 * interventions known so far. Title, place, description and testimonies are encrypted; the
 * search index gets the keyed hashes of their words in the same transaction.
 */
export function createIncident(deps: Deps, actor: Actor, input: IncidentInput, locale: Locale = 'en') {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCases(ctx, input.caseIds, 'incident:record');
    const id = orderedId(ctx.now);
    const at = ctx.now.toISOString();
    const span = { from: dateSpan(input.start).from, to: dateSpan(input.end ?? input.start).to };
    const row = await insertIncident(ctx.tx, {
      id,
      title: deps.cipher.encrypt('incidents', 'title', id, input.title),
      start_value: input.start.value,
      start_precision: input.start.precision,
      end_value: input.end?.value ?? null,
      end_precision: input.end?.precision ?? null,
      occurred_from: span.from,
      occurred_to: span.to,
      country: input.country ?? null,
      place: input.place ? deps.cipher.encrypt('incidents', 'place', id, input.place) : null,
      description: deps.cipher.encrypt('incidents', 'description', id, input.description),
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    for (const caseId of input.caseIds) await linkIncidentCase(ctx.tx, id, caseId);
    const ref = { id, caseIds: input.caseIds };
    const acts = await addActs(ctx, ref, input.acts, nestedField('acts'));
    await addInvolvements(ctx, ref, input.involvements, nestedField('involvements'));
    const sources = await addSources(ctx, ref, input.sources, nestedField('sources'));
    await addInterventions(ctx, ref, input.interventions, nestedField('interventions'));
    await reindexIncident(ctx, id);
    for (const caseId of input.caseIds) {
      await ctx.audit({
        action: 'incident.create',
        targetType: 'incident',
        targetId: id,
        caseId,
        details: {
          acts: acts.length,
          sources: sources.length,
          place: input.place !== null && input.place !== undefined,
          cases: input.caseIds.length,
        },
      });
    }
    return presentIncident(ctx, row, input.caseIds, locale);
  });
}
