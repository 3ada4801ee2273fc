import type { LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../../../src/api/session-actor.js';
import { totpCode, type Harness, type TestUser } from '../../support/harness.js';

export const TOTP_STEP_MS = 30_000;

/** Sign in through the API with a password; the session is then pending. */
export function postLogin(
  h: Harness,
  body: { username: string; password: string },
  opts: { remoteAddress?: string; cookie?: string } = {},
): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: body.username, password: body.password },
    remoteAddress: opts.remoteAddress ?? '127.0.0.1',
    ...(opts.cookie ? { cookies: { [SESSION_COOKIE]: opts.cookie } } : {}),
  });
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

/** A fresh code of the user's app: the clock moves one step on, as a code is good only once. */
export async function nextTotpCode(h: Harness, user: Pick<TestUser, 'totpSecret'>): Promise<string> {
  h.clock.advance(TOTP_STEP_MS);
  return totpCode(user.totpSecret, h.clock.now());
}

/** Password, then a code from the app: the token of a full session. */
export async function fullLogin(h: Harness, user: TestUser, remoteAddress = '127.0.0.1'): Promise<string> {
  const login = await postLogin(h, user, { remoteAddress });
  if (login.statusCode !== 201) throw new Error(`login answered ${login.statusCode}: ${login.body}`);
  const code = await nextTotpCode(h, user);
  const verified = await h.app.inject({
    method: 'POST',
    url: '/api/session/second-factor',
    headers: bearer(login.json().token),
    payload: { code },
    remoteAddress,
  });
  if (verified.statusCode !== 200) throw new Error(`second factor answered ${verified.statusCode}: ${verified.body}`);
  return verified.json().token as string;
}

/** The value of a Set-Cookie header for `name`, with its attributes. */
export function setCookieOf(r: LightMyRequestResponse, name: string): string | undefined {
  const raw = r.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return all.find((c) => c.startsWith(`${name}=`));
}
