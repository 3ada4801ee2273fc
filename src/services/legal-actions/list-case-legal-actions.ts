import type { Actor } from '../../security/roles.js';
import { legalActionsOfCase } from '../../store/legal-actions.js';
import { partyLabels } from '../../store/party-labels.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { legalActionSummary } from './legal-action-view.js';

/** The proceedings of a case, latest opened first. */
export function listCaseLegalActions(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const rows = await legalActionsOfCase(ctx.tx, caseId);
    const labels = await partyLabels(ctx.tx, {
      personIds: [],
      organizationIds: rows.map((r) => r.forum_organization_id),
      userIds: [],
    });
    return rows.map((r) => legalActionSummary(r, labels.organizations.get(r.forum_organization_id) ?? '?'));
  });
}
