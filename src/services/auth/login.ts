import { appendAudit } from '../../security/audit-log.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { hashSessionToken, newSessionToken } from '../../security/session-token.js';
import { insertSession } from '../../store/sessions.js';
import { findUserByUsername } from '../../store/users.js';
import type { Deps } from '../deps.js';

export class LoginFailedError extends Error {
  constructor() {
    super('unknown user or wrong password');
    this.name = 'LoginFailedError';
  }
}

// A hash to check against when the user does not exist, so both answers take as long.
let decoy: Promise<string> | undefined;

export interface LoginRequest {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/** Check the password and open a new session (a new token at every login: no fixation). */
export async function login(deps: Deps, req: LoginRequest): Promise<{ token: string; userId: string }> {
  const user = await findUserByUsername(deps.db, req.username.normalize('NFC').toLowerCase());
  decoy ??= hashPassword('decoy password that matches nothing');
  const ok = await verifyPassword(user?.password_hash ?? (await decoy), req.password);
  const now = deps.now();
  const at = now.toISOString();
  if (!user || !ok || user.disabled_at) {
    await deps.db.transaction().execute((tx) =>
      appendAudit(
        tx,
        {
          actorId: user?.id ?? null,
          action: 'auth.login',
          outcome: 'refused',
          targetType: 'user',
          targetId: user?.id ?? null,
        },
        now,
      ),
    );
    throw new LoginFailedError();
  }
  const token = newSessionToken();
  await deps.db.transaction().execute(async (tx) => {
    await insertSession(tx, {
      token_hash: hashSessionToken(token),
      user_id: user.id,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + deps.sessions.absoluteLifetimeMs).toISOString(),
      password_at: at,
      second_factor_at: null,
      ip: req.ip,
      user_agent: req.userAgent?.slice(0, 300) ?? null,
      ended_at: null,
    });
    await appendAudit(
      tx,
      { actorId: user.id, action: 'auth.login', outcome: 'ok', targetType: 'user', targetId: user.id },
      now,
    );
  });
  return { token, userId: user.id };
}
