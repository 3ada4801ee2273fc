import { allowsOnCase, type CaseAction } from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { findIncident, incidentCaseIds } from '../../store/incidents.js';
import { caseFacts, requireCase } from '../access/require-case.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Load an incident the actor may act on: they must be allowed `action` on every case it belongs
 * to, since it may speak of each of those clients. Otherwise it is refused exactly like one that
 * does not exist.
 */
export async function requireIncident(ctx: UseCaseContext, incidentId: string, action: CaseAction) {
  const incident = await findIncident(ctx.tx, incidentId);
  const caseIds = incident ? await incidentCaseIds(ctx.tx, incident.id) : [];
  if (!incident || !(await allowedOnEvery(ctx, caseIds, action))) {
    throw new AccessRefused(`incident.${action}`, { type: 'incident', id: incidentId }, 'not-found');
  }
  return { incident, caseIds };
}

/** Whether the actor may take `action` on every one of the cases (and there is at least one). */
export async function allowedOnEvery(ctx: UseCaseContext, caseIds: readonly string[], action: CaseAction) {
  if (caseIds.length === 0) return false;
  for (const caseId of caseIds) {
    const c = await findCase(ctx.tx, caseId);
    if (!c || !allowsOnCase(ctx.actor, action, await caseFacts(ctx.tx, c.id, c.team_id))) return false;
  }
  return true;
}

/** The cases a new record is to belong to: each must allow the action, or it is refused as not found. */
export async function requireCases(ctx: UseCaseContext, caseIds: readonly string[], action: CaseAction) {
  for (const caseId of caseIds) await requireCase(ctx, caseId, action);
}
