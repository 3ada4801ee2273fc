import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/role.js';
import { login } from '../../src/services/auth/login.js';
import { createUser } from '../../src/services/users/create-user.js';
import type { Harness, TestUser } from '../support/harness.js';

/** A new session of the user that has passed the password only. */
export async function pendingSession(h: Harness, user: Pick<TestUser, 'username' | 'password'>): Promise<string> {
  const r = await login(h.deps, {
    username: user.username,
    password: user.password,
    ip: '127.0.0.1',
    userAgent: 'walk',
  });
  return r.token;
}

/** A recovery code of the user, used up by the caller. */
export function recoveryCode(user: TestUser): string {
  const code = user.recoveryCodes.shift();
  if (!code) throw new Error(`${user.username} has no recovery code left`);
  return code;
}

/** A new full session of the user (password, then a recovery code): one a call may end. */
export async function fullSession(h: Harness, user: TestUser): Promise<string> {
  const r = await h.app.inject({
    method: 'POST',
    url: '/api/session/second-factor',
    headers: { authorization: `Bearer ${await pendingSession(h, user)}` },
    payload: { recoveryCode: recoveryCode(user) },
  });
  if (r.statusCode !== 200) throw new Error(`second factor answered ${r.statusCode}: ${r.body}`);
  return r.json<{ token: string }>().token;
}

/** The opaque id of the session a token belongs to. */
export async function sessionIdOf(h: Harness, token: string): Promise<string> {
  const r = await h.app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${token}` } });
  if (r.statusCode !== 200) throw new Error(`GET /api/session answered ${r.statusCode}: ${r.body}`);
  return r.json<{ sessionId: string }>().sessionId;
}

/** A new account of the role with no second factor yet, signed in with its password: its pending session. */
export async function newAccountSession(h: Harness, role: Role): Promise<string> {
  const username = `new-${role}-${randomUUID().slice(0, 8)}`;
  const password = 'a long enough passphrase for the walk';
  await createUser(h.deps, null, { username, displayName: `New ${role}`, role, password });
  return pendingSession(h, { username, password });
}
