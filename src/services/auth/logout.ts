import type { Actor } from '../../security/roles.js';
import { hashSessionToken } from '../../security/session-token.js';
import { endSession } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** End the current session on the server: its token is worth nothing from now on. */
export function logout(deps: Deps, actor: Actor, token: string): Promise<void> {
  return runUseCase(deps, actor, async (ctx) => {
    await endSession(ctx.tx, hashSessionToken(token), ctx.now.toISOString());
    await ctx.audit({ action: 'auth.logout', targetType: 'user', targetId: actor.userId });
  });
}
