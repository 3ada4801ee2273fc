import { resolveSession } from '../../../src/services/auth/resolve-session.js';
import { startTotpEnrolment } from '../../../src/services/auth/start-totp-enrolment.js';
import { SoftAuthenticator } from '../../auth/support/soft-authenticator.js';
import { totpCode, type Harness, type TestUser } from '../../support/harness.js';
import { beforeSecondFactor, publicRoute, req, signedIn, type RouteTable } from '../route-spec.js';
import type { Body } from '../world.js';
import { fullSession, newAccountSession, pendingSession, recoveryCode, sessionIdOf } from '../sessions.js';

/** The security key each user registered during the walk. */
const keys = new WeakMap<TestUser, SoftAuthenticator>();

async function post(h: Harness, user: TestUser, url: string, payload?: object): Promise<Body> {
  const r = await h.app.inject({ method: 'POST', url, headers: user.headers, ...(payload ? { payload } : {}) });
  if (r.statusCode !== 200) throw new Error(`POST ${url} answered ${r.statusCode}: ${r.body}`);
  return r.json();
}

/** The user's security key, registered in their session first if they have none. */
async function keyOf(h: Harness, user: TestUser): Promise<SoftAuthenticator> {
  const known = keys.get(user);
  if (known) return known;
  const key = new SoftAuthenticator(h.deps.site.origin, h.deps.site.rpId);
  const options = await post(h, user, '/api/session/webauthn/registration/options');
  await post(h, user, '/api/session/webauthn/registration', { name: 'Walk key', response: key.register(options) });
  keys.set(user, key);
  return key;
}

/** Signing in, the user's own sessions, and their second factors. */
export const sessionRoutes: RouteTable = {
  'POST /api/session': {
    rule: publicRoute,
    request: ({ as }) => ({
      ...req('POST', '/api/session', { username: as.username, password: as.password }),
      token: null,
    }),
  },
  'GET /api/session': { rule: beforeSecondFactor, request: () => req('GET', '/api/session') },
  'DELETE /api/session': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => ({ ...req('DELETE', '/api/session'), token: await fullSession(w.h, as) }),
  },
  'POST /api/session/step-up': {
    rule: signedIn,
    request: ({ as }) => req('POST', '/api/session/step-up', { password: as.password }),
  },
  'POST /api/session/password': {
    rule: signedIn,
    request: ({ as }) => {
      const newPassword = `${as.password} again`.slice(-100);
      return {
        ...req('POST', '/api/session/password', { currentPassword: as.password, newPassword }),
        onSuccess: () => {
          as.password = newPassword;
        },
      };
    },
  },
  'GET /api/session/list': { rule: signedIn, request: () => req('GET', '/api/session/list') },
  'DELETE /api/sessions/:id': {
    rule: signedIn,
    request: async ({ w, as }) => req('DELETE', `/api/sessions/${await sessionIdOf(w.h, await fullSession(w.h, as))}`),
  },
  'POST /api/session/totp': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => ({
      ...req('POST', '/api/session/totp'),
      token: await newAccountSession(w.h, as.actor.role),
    }),
  },
  'POST /api/session/totp/confirm': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => {
      const token = await newAccountSession(w.h, as.actor.role);
      const actor = await resolveSession(w.h.deps, token);
      if (!actor) throw new Error('the new account has no session');
      const { secret } = await startTotpEnrolment(w.h.deps, actor);
      return { ...req('POST', '/api/session/totp/confirm', { code: await totpCode(secret, w.h.clock.now()) }), token };
    },
  },
  'POST /api/session/second-factor': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => ({
      ...req('POST', '/api/session/second-factor', { recoveryCode: recoveryCode(as) }),
      token: await pendingSession(w.h, as),
    }),
  },
  'POST /api/session/recovery-codes': {
    rule: signedIn,
    request: ({ as }) => ({
      ...req('POST', '/api/session/recovery-codes'),
      onSuccess: (r) => {
        as.recoveryCodes = r.json<{ recoveryCodes: string[] }>().recoveryCodes;
      },
    }),
  },
  'POST /api/session/webauthn/registration/options': {
    rule: beforeSecondFactor,
    request: () => req('POST', '/api/session/webauthn/registration/options'),
  },
  'POST /api/session/webauthn/registration': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => {
      const key = new SoftAuthenticator(w.h.deps.site.origin, w.h.deps.site.rpId);
      const options = await post(w.h, as, '/api/session/webauthn/registration/options');
      return {
        ...req('POST', '/api/session/webauthn/registration', { name: 'Second key', response: key.register(options) }),
        onSuccess: () => keys.set(as, key),
      };
    },
  },
  'POST /api/session/webauthn/authentication/options': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => {
      await keyOf(w.h, as);
      return req('POST', '/api/session/webauthn/authentication/options');
    },
  },
  'POST /api/session/webauthn/authentication': {
    rule: beforeSecondFactor,
    request: async ({ w, as }) => {
      const key = await keyOf(w.h, as);
      const options = await post(w.h, as, '/api/session/webauthn/authentication/options');
      return req('POST', '/api/session/webauthn/authentication', { response: key.authenticate(options) });
    },
  },
};
