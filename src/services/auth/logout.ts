import { appendAudit } from '../../security/audit-log.js';
import type { Actor } from '../../security/roles.js';
import { hashSessionToken } from '../../security/session-token.js';
import { endSession } from '../../store/sessions.js';
import type { Deps } from '../deps.js';

export async function logout(deps: Deps, actor: Actor, token: string): Promise<void> {
  const now = deps.now();
  await deps.db.transaction().execute(async (tx) => {
    await endSession(tx, hashSessionToken(token), now.toISOString());
    await appendAudit(
      tx,
      { actorId: actor.userId, action: 'auth.logout', outcome: 'ok', targetType: 'user', targetId: actor.userId },
      now,
    );
  });
}
