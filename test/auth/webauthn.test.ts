import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/services/users/create-user.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { bearer, postLogin } from './support/flows.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

describe('security keys (WebAuthn)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const post = (token: string, url: string, payload?: object) =>
    h.app.inject({ method: 'POST', url, headers: bearer(token), ...(payload ? { payload } : {}) });

  it('enrols a key as the first second factor, then signs in with it; each challenge answers once', async () => {
    await createUser(h.deps, null, {
      username: 'key-holder',
      displayName: 'Key Holder',
      role: 'lawyer',
      password: 'a long enough passphrase',
    });
    const pending = (await postLogin(h, { username: 'key-holder', password: 'a long enough passphrase' })).json()
      .token as string;
    const key = new SoftAuthenticator(h.deps.site.origin, h.deps.site.rpId);

    const options = await post(pending, '/api/session/webauthn/registration/options');
    expect(options.statusCode).toBe(200);
    expect(options.json().rp).toEqual({ name: 'Safehold', id: 'localhost' });
    const registered = await post(pending, '/api/session/webauthn/registration', {
      name: 'Blue key',
      response: key.register(options.json()),
    });
    expect(registered.statusCode).toBe(200);
    const { token, recoveryCodes } = registered.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(pending) })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(token) })).statusCode).toBe(200);

    const login = (await postLogin(h, { username: 'key-holder', password: 'a long enough passphrase' })).json();
    expect(login.secondFactor).toEqual({ step: 'verify', methods: ['webauthn', 'recovery-code'] });
    const auth = await post(login.token, '/api/session/webauthn/authentication/options');
    expect(auth.statusCode).toBe(200);
    const answer = key.authenticate(auth.json());
    const passed = await post(login.token, '/api/session/webauthn/authentication', { response: answer });
    expect(passed.statusCode).toBe(200);
    expect(passed.json().token).not.toBe(login.token);

    // The same answer again: its challenge was used up.
    const second = (await postLogin(h, { username: 'key-holder', password: 'a long enough passphrase' })).json();
    await post(second.token, '/api/session/webauthn/authentication/options');
    const replay = await post(second.token, '/api/session/webauthn/authentication', { response: answer });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0].field).toBe('response');
  });

  it('refuses a registration made for another origin', async () => {
    await createUser(h.deps, null, {
      username: 'phished',
      displayName: 'Phished',
      role: 'lawyer',
      password: 'a long enough passphrase',
    });
    const pending = (await postLogin(h, { username: 'phished', password: 'a long enough passphrase' })).json()
      .token as string;
    const key = new SoftAuthenticator(h.deps.site.origin, h.deps.site.rpId);
    const options = (await post(pending, '/api/session/webauthn/registration/options')).json();
    const r = await post(pending, '/api/session/webauthn/registration', {
      name: 'Key',
      response: key.register(options, 'https://safehold-login.example'),
    });
    expect(r.statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(pending) })).statusCode).toBe(403);
  });

  it('adds a key to a full session and uses it to step up', async () => {
    const user: TestUser = await h.user('lawyer');
    const key = new SoftAuthenticator(h.deps.site.origin, h.deps.site.rpId);
    h.clock.advance(h.deps.sessions.stepUpWindowMs + 1000);
    const stale = await post(user.token, '/api/session/webauthn/registration/options');
    expect(stale.statusCode).toBe(403);
    expect(stale.json().type).toBe('https://safehold.invalid/problems/step-up-required');
    expect((await post(user.token, '/api/session/step-up', { password: user.password })).statusCode).toBe(200);
    const options = (await post(user.token, '/api/session/webauthn/registration/options')).json();
    const registered = await post(user.token, '/api/session/webauthn/registration', {
      name: 'Laptop',
      response: key.register(options),
    });
    expect(registered.json()).toEqual({ token: null, recoveryCodes: [] });
    h.clock.advance(10 * 60_000);
    const auth = (await post(user.token, '/api/session/webauthn/authentication/options')).json();
    const up = await post(user.token, '/api/session/webauthn/authentication', { response: key.authenticate(auth) });
    expect(up.statusCode).toBe(200);
    expect(up.json().token).toBeNull();
    const me = await h.app.inject({ method: 'GET', url: '/api/session', headers: user.headers });
    expect(me.json().authenticatedAt).toBe(up.json().authenticatedAt);
  });
});
