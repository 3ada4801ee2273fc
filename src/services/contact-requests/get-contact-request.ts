import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { presentContactRequest } from './contact-request-view.js';

/** A contact request with the requester's details and the person sought: a protected look, audited. */
export function getContactRequest(deps: Deps, actor: Actor, id: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'read');
    await ctx.audit({ action: 'contact-request.read', targetType: 'contact-request', targetId: id });
    return presentContactRequest(ctx, row);
  });
}
