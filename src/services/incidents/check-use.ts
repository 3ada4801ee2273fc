import type { ConsentPurpose } from '../../domain/consent.js';
import type { Actor } from '../../security/roles.js';
import { findSource } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { mayUseIncident, mayUseTestimony } from './may-use.js';

/** Whether the incident, or one of its testimonies, may be used for a purpose today (or on a day). */
export function checkUse(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  query: { purpose: ConsentPurpose; sourceId?: string; on?: string },
) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireIncident(ctx, incidentId, 'read');
    const day = query.on ?? ctx.now.toISOString().slice(0, 10);
    if (query.sourceId === undefined) {
      return { purpose: query.purpose, on: day, ...(await mayUseIncident(ctx.tx, incidentId, query.purpose, day)) };
    }
    if (!(await findSource(ctx.tx, incidentId, query.sourceId))) {
      throw new InvalidInputError('sourceId', 'no source with this id in the incident');
    }
    const decision = await mayUseTestimony(ctx.tx, incidentId, query.sourceId, query.purpose, day);
    return { purpose: query.purpose, on: day, ...decision };
  });
}
