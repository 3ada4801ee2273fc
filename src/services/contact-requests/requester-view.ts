import { requesterView } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { openShared } from './contact-request-fields.js';

/**
 * What the caseworker may tell the requester, and nothing more: before the sought person consents,
 * that the request is being handled (whether or not anyone was found, whatever the status); after,
 * only what they agreed to share. What was read out is audited.
 */
export function getRequesterView(deps: Deps, actor: Actor, id: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'requester-view');
    const view = requesterView(row.answer, row.shared ? openShared(deps.cipher, id, row.shared) : null);
    await ctx.audit({
      action: 'contact-request.requester-view',
      targetType: 'contact-request',
      targetId: id,
      details: { shared: Object.keys(view.shared ?? {}) },
    });
    return { requestId: id, ...view };
  });
}
