import type { Actor } from '../../security/roles.js';
import { engagementCaseIds, engagementsOfCase } from '../../store/engagements.js';
import { partyLabels } from '../../store/party-labels.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { mayActOnAll } from './case-set-access.js';
import { engagementSummary } from './engagement-view.js';

/**
 * The requests and meetings that concern a case, newest first. One that also concerns a case
 * the actor may not see is left out.
 */
export function listCaseEngagements(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const visible = [];
    for (const row of await engagementsOfCase(ctx.tx, caseId)) {
      const caseIds = await engagementCaseIds(ctx.tx, row.id);
      if (await mayActOnAll(ctx, caseIds, 'read')) visible.push({ row, caseIds });
    }
    const names = await partyLabels(ctx.tx, {
      personIds: [],
      organizationIds: visible.map((v) => v.row.organization_id),
      userIds: visible.map((v) => v.row.requested_by),
    });
    return visible.map(({ row, caseIds }) =>
      engagementSummary(deps.cipher, row, {
        organizationName: names.organizations.get(row.organization_id) ?? '?',
        requestedByName: names.users.get(row.requested_by) ?? '?',
        caseIds,
      }),
    );
  });
}
