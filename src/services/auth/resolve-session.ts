import type { Actor } from '../../security/roles.js';
import { hashSessionToken } from '../../security/session-token.js';
import { endSession, findLiveSession, touchSession } from '../../store/sessions.js';
import { teamIdsOfUser } from '../../store/users.js';
import type { Deps } from '../deps.js';

/** Refresh last-seen at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The actor behind a session token, or null when the session is unknown, ended, idle too long,
 * past its lifetime, or its user is disabled (the session is then ended for good).
 */
export async function resolveSession(deps: Deps, token: string): Promise<Actor | null> {
  const tokenHash = hashSessionToken(token);
  const session = await findLiveSession(deps.db, tokenHash);
  if (!session) return null;
  const now = deps.now();
  const idleSince = now.getTime() - Date.parse(session.last_seen_at);
  if (session.disabled_at || idleSince > deps.sessions.idleTimeoutMs || now.toISOString() >= session.expires_at) {
    await endSession(deps.db, tokenHash, now.toISOString());
    return null;
  }
  if (idleSince > TOUCH_EVERY_MS) await touchSession(deps.db, tokenHash, { last_seen_at: now.toISOString() });
  const lastProof = [session.password_at, session.second_factor_at]
    .filter((v): v is string => Boolean(v))
    .sort()
    .at(-1);
  return {
    userId: session.user_id,
    role: session.role,
    teamIds: await teamIdsOfUser(deps.db, session.user_id),
    authenticatedAt: new Date(lastProof ?? session.password_at),
    sessionId: session.id,
    awaitingSecondFactor: session.second_factor_at === null,
  };
}
