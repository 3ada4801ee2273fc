import { findContactRequest } from '../../store/contact-requests.js';
import { requireGlobal } from '../access/require-global.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Load a contact request the actor may handle: staff of the team that received it. A request of
 * another team is refused exactly like one that does not exist.
 */
export async function requireContactRequest(ctx: UseCaseContext, id: string, action: string) {
  requireGlobal(ctx, 'contact:handle', { type: 'contact-request', id });
  const row = await findContactRequest(ctx.tx, id);
  if (!row || !ctx.actor.teamIds.includes(row.team_id)) {
    throw new AccessRefused(`contact-request.${action}`, { type: 'contact-request', id }, 'not-found');
  }
  return row;
}
