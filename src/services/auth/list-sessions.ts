import type { Actor } from '../../security/roles.js';
import { listLiveSessions } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** The user's own live sessions, by opaque id (never the token), the current one marked. */
export function listSessions(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    const rows = await listLiveSessions(ctx.tx, actor.userId, ctx.now.toISOString());
    const idleCutoff = ctx.now.getTime() - deps.sessions.idleTimeoutMs;
    return rows
      .filter((r) => Date.parse(r.last_seen_at) >= idleCutoff)
      .map((r) => ({
        id: r.id,
        current: r.id === actor.sessionId,
        secondFactorPassed: r.second_factor_at !== null,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
        ip: r.ip,
        userAgent: r.user_agent,
      }));
  });
}
