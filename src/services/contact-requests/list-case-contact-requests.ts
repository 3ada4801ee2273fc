import type { Actor } from '../../security/roles.js';
import { contactRequestsMatchedTo } from '../../store/contact-requests.js';
import { requireCase } from '../access/require-case.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { presentContactRequestList } from './contact-request-summary.js';

/**
 * The requests matched to a case's client, among those of the actor's teams (another team's
 * requests stay theirs, as everywhere), newest first, closed ones included.
 */
export function listCaseContactRequests(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row } = await requireCase(ctx, caseId, 'read');
    requireGlobal(ctx, 'contact:handle', { type: 'contact-request' });
    const rows = await contactRequestsMatchedTo(ctx.tx, row.client_id, actor.teamIds);
    return presentContactRequestList(ctx, rows, { list: 'case', caseId });
  });
}
