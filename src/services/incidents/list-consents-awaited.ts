import type { Actor } from '../../security/roles.js';
import { findCase } from '../../store/cases.js';
import { incidentsAwaitingConsent, victimsAwaitingConsent } from '../../store/consents-awaited.js';
import { incidentCaseIds } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { reportScope } from '../support/report-scope.js';
import { runUseCase } from '../use-case.js';
import { allowedOnEvery } from './incident-access.js';

/**
 * Incidents on the actor's open cases with a victim whose consent was never recorded for any
 * use: until it is, nothing of the incident may leave the team (no anonymous advocacy, no
 * publication, no litigation). Longest waiting first, at most `limit`. An incident that also
 * belongs to a case the actor does not see is left out, as on the case page.
 */
export function listConsentsAwaited(deps: Deps, actor: Actor, query: { limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    const scope = reportScope(ctx, 'consents.awaited');
    const items = [];
    for (const row of await incidentsAwaitingConsent(ctx.tx, scope, query.limit)) {
      const caseIds = await incidentCaseIds(ctx.tx, row.id);
      if (!(await allowedOnEvery(ctx, caseIds, 'read'))) continue;
      const cases = [];
      for (const caseId of caseIds) {
        const c = await findCase(ctx.tx, caseId);
        if (c) cases.push({ id: c.id, code: c.code });
      }
      items.push({
        incidentId: row.id,
        title: ctx.deps.cipher.decrypt('incidents', 'title', row.id, row.title),
        occurredFrom: row.occurred_from,
        recordedAt: row.created_at,
        cases,
        victims: (await victimsAwaitingConsent(ctx.tx, row.id)).map((v) => ({ personId: v.id, label: v.label })),
      });
    }
    return { items };
  });
}
