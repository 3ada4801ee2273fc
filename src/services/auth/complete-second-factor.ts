import { appendAudit } from '../../security/audit-log.js';
import { hashSessionToken, newSessionToken } from '../../security/session-token.js';
import type { Db } from '../../store/engine.js';
import { findLiveSessionById, updateLiveSession } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { ForbiddenError } from '../errors.js';

/**
 * The session has passed its second factor: it gets a new token (the one used so far is dead,
 * so a token seen before this step is worth nothing) and its full lifetime from login.
 */
export async function completeSecondFactor(
  tx: Db,
  deps: Deps,
  session: { id: string; userId: string },
  method: 'totp' | 'recovery-code' | 'webauthn',
  now: Date,
): Promise<string> {
  const row = await findLiveSessionById(tx, session.id);
  if (!row) throw new ForbiddenError('session');
  const token = newSessionToken();
  const at = now.toISOString();
  await updateLiveSession(tx, session.id, {
    token_hash: hashSessionToken(token),
    second_factor_at: at,
    last_seen_at: at,
    expires_at: new Date(Date.parse(row.created_at) + deps.sessions.absoluteLifetimeMs).toISOString(),
  });
  await appendAudit(
    tx,
    {
      actorId: session.userId,
      action: 'auth.second-factor',
      outcome: 'ok',
      targetType: 'user',
      targetId: session.userId,
      details: { method },
    },
    now,
  );
  return token;
}
