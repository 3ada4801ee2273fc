import type { CaseAction } from '../../security/policy.js';
import { findEvidence } from '../../store/evidence.js';
import { incidentCaseIds } from '../../store/incidents.js';
import { AccessRefused } from '../errors.js';
import { allowedOnEvery, requireCases, requireIncident } from '../incidents/incident-access.js';
import type { UseCaseContext } from '../use-case.js';

/** What a piece of evidence belongs to: an incident (and so its cases), or one case directly. */
export type EvidenceOwner = { incidentId: string } | { caseId: string };

/** The cases of an owner the actor may take `action` on, or a refusal as if it did not exist. */
export async function requireOwner(ctx: UseCaseContext, owner: EvidenceOwner, action: CaseAction) {
  if ('incidentId' in owner) return (await requireIncident(ctx, owner.incidentId, action)).caseIds;
  await requireCases(ctx, [owner.caseId], action);
  return [owner.caseId];
}

/**
 * Load a piece of evidence the actor may take `action` on: on every case of its incident, or on
 * its case. Otherwise it is refused exactly like evidence that does not exist.
 */
export async function requireEvidence(ctx: UseCaseContext, evidenceId: string, action: CaseAction) {
  const evidence = await findEvidence(ctx.tx, evidenceId);
  const caseIds = !evidence
    ? []
    : evidence.incident_id !== null
      ? await incidentCaseIds(ctx.tx, evidence.incident_id)
      : evidence.case_id !== null
        ? [evidence.case_id]
        : [];
  if (!evidence || !(await allowedOnEvery(ctx, caseIds, action))) {
    throw new AccessRefused(`evidence.${action}`, { type: 'evidence', id: evidenceId }, 'not-found');
  }
  return { evidence, caseIds };
}
