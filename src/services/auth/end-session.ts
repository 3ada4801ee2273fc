import type { Actor } from '../../security/roles.js';
import { endSessionById } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { runUseCase } from '../use-case.js';

/** End one of the user's own sessions (a lost laptop, a forgotten browser). Others' are "not found". */
export function endSession(deps: Deps, actor: Actor, sessionId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    if (!(await endSessionById(ctx.tx, actor.userId, sessionId, ctx.now.toISOString()))) {
      throw new AccessRefused('auth.session.end', { type: 'session', id: sessionId }, 'not-found');
    }
    await ctx.audit({ action: 'auth.session.end', targetType: 'session', targetId: sessionId });
  });
}
