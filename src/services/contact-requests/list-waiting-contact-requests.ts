import type { Actor } from '../../security/roles.js';
import { openContactRequestsOfTeams } from '../../store/contact-requests.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { presentContactRequestList } from './contact-request-summary.js';

/**
 * The requests of the actor's teams waiting for the team's next step (every one not closed),
 * longest received first, at most `limit`. Whom they were matched to is not part of the list.
 */
export function listWaitingContactRequests(deps: Deps, actor: Actor, query: { limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'contact:handle', { type: 'contact-request' });
    const rows = await openContactRequestsOfTeams(ctx.tx, actor.teamIds, query.limit);
    return presentContactRequestList(ctx, rows, { list: 'waiting' });
  });
}
