import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../security/audit-log.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { hashSessionToken, newSessionToken } from '../../security/session-token.js';
import { listWebauthnCredentials, findTotp } from '../../store/second-factors.js';
import { endSession, insertSession } from '../../store/sessions.js';
import { findUserByUsername } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { beginAttempt } from './attempt-guard.js';
import { LoginFailedError } from './auth-errors.js';

// A hash to check against when the user does not exist, so both answers take as long.
let decoy: Promise<string> | undefined;

export interface LoginRequest {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  /** A session token the client already held: it is ended, never carried over. */
  previousToken?: string | null;
}

export interface LoginResult {
  token: string;
  userId: string;
  /** What the new session must do before anything else: set up a second factor, or pass one. */
  secondFactor: { step: 'enrol' | 'verify'; methods: ('totp' | 'recovery-code' | 'webauthn')[] };
  /** The password was set by someone else and expires: the user must choose their own. */
  passwordChangeRequired: boolean;
}

/**
 * Check the password and open a new session, which is pending until a second factor is
 * passed. A new token at every login (no fixation); attempts are throttled per account and
 * per address; an unknown user and a wrong password get the same answer in about the same time.
 */
export async function login(deps: Deps, req: LoginRequest): Promise<LoginResult> {
  const username = req.username.normalize('NFC').toLowerCase();
  const user = await findUserByUsername(deps.db, username);
  const attempt = await beginAttempt(deps, { username, userId: user?.id ?? null, ip: req.ip });
  decoy ??= hashPassword('decoy password that matches nothing');
  const ok = await verifyPassword(user?.password_hash ?? (await decoy), req.password);
  const now = deps.now();
  const at = now.toISOString();
  const expired = user?.password_expires_at != null && user.password_expires_at <= at;
  if (!user || !ok || user.disabled_at || expired) {
    await deps.db.transaction().execute(async (tx) => {
      await appendAudit(
        tx,
        {
          actorId: user?.id ?? null,
          action: 'auth.login',
          outcome: 'refused',
          targetType: 'user',
          targetId: user?.id ?? null,
          reason: !user || !ok ? 'wrong-credentials' : user.disabled_at ? 'disabled' : 'password-expired',
        },
        now,
      );
      await attempt.failed(tx);
    });
    throw new LoginFailedError();
  }

  const totp = await findTotp(deps.db, user.id);
  const keys = await listWebauthnCredentials(deps.db, user.id);
  const methods: LoginResult['secondFactor']['methods'] = [];
  if (totp?.confirmed_at) methods.push('totp');
  if (keys.length > 0) methods.push('webauthn');
  if (methods.length > 0) methods.push('recovery-code');
  const step = methods.length > 0 ? 'verify' : 'enrol';

  const token = newSessionToken();
  await deps.db.transaction().execute(async (tx) => {
    if (req.previousToken) await endSession(tx, hashSessionToken(req.previousToken), at);
    await insertSession(tx, {
      token_hash: hashSessionToken(token),
      id: randomUUID(),
      user_id: user.id,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + deps.sessions.pendingLifetimeMs).toISOString(),
      password_at: at,
      second_factor_at: null,
      ip: req.ip,
      user_agent: req.userAgent?.slice(0, 300) ?? null,
      ended_at: null,
      challenge: null,
      challenge_expires_at: null,
    });
    await appendAudit(
      tx,
      {
        actorId: user.id,
        action: 'auth.login',
        outcome: 'ok',
        targetType: 'user',
        targetId: user.id,
        details: { secondFactor: step },
      },
      now,
    );
    await attempt.succeeded(tx);
  });
  return {
    token,
    userId: user.id,
    secondFactor: { step, methods },
    passwordChangeRequired: user.password_expires_at !== null,
  };
}
