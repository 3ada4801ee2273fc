import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/services/users/create-user.js';
import { startHarness, totpCode, type Harness, type TestUser } from '../support/harness.js';
import { bearer, nextTotpCode, postLogin, setCookieOf } from './support/flows.js';
import { SESSION_COOKIE } from '../../src/api/session-actor.js';

describe('second factor', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  it('makes a new account enrol an authenticator app before anything else, then gives a new token', async () => {
    await createUser(h.deps, null, {
      username: 'new-caseworker',
      displayName: 'New Caseworker',
      role: 'caseworker',
      password: 'a long enough passphrase',
    });
    const login = await postLogin(h, { username: 'new-caseworker', password: 'a long enough passphrase' });
    expect(login.statusCode).toBe(201);
    expect(login.json().secondFactor).toEqual({ step: 'enrol', methods: [] });
    expect(login.json().user.secondFactorPassed).toBe(false);
    const pending = login.json().token as string;

    const cases = await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(pending) });
    expect(cases.statusCode).toBe(403);
    expect(cases.json().type).toBe('https://safehold.invalid/problems/second-factor-required');
    const created = await h.app.inject({ method: 'POST', url: '/api/cases', headers: bearer(pending), payload: {} });
    expect(created.statusCode).toBe(403);
    const me = await h.app.inject({ method: 'GET', url: '/api/session', headers: bearer(pending) });
    expect(me.statusCode).toBe(200);

    const enrol = await h.app.inject({ method: 'POST', url: '/api/session/totp', headers: bearer(pending) });
    expect(enrol.statusCode).toBe(201);
    const { secret, uri } = enrol.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Safehold:new-caseworker\?/);
    const stored = await h.store.db
      .selectFrom('totp_credentials')
      .select('secret')
      .where('user_id', '=', login.json().user.userId)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.secret).toString('latin1')).not.toContain(secret);

    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/session/totp/confirm',
      headers: bearer(pending),
      payload: { code: '000000' === (await totpCode(secret, h.clock.now())) ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('code');

    const confirm = await h.app.inject({
      method: 'POST',
      url: '/api/session/totp/confirm',
      headers: bearer(pending),
      payload: { code: await totpCode(secret, h.clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    const { token, recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(token).not.toBe(pending);
    expect(setCookieOf(confirm, SESSION_COOKIE)).toContain(token);

    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(pending) })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: bearer(token) })).statusCode).toBe(200);
  });

  it('refuses a TOTP code a second time, even for another session', async () => {
    const first = (await postLogin(h, lawyer)).json().token as string;
    const second = (await postLogin(h, lawyer)).json().token as string;
    const code = await nextTotpCode(h, lawyer);
    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(first),
      payload: { code },
    });
    expect(ok.statusCode).toBe(200);
    const replay = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(second),
      payload: { code },
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0].field).toBe('code');
    // An older code (the step before) is refused too, though still inside the clock-drift window.
    const older = await totpCode(lawyer.totpSecret, new Date(h.clock.now().getTime() - 30_000));
    const stale = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(second),
      payload: { code: older },
    });
    expect(stale.statusCode).toBe(400);
    const fresh = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(second),
      payload: { code: await nextTotpCode(h, lawyer) },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('accepts each recovery code once, in any case and with or without dashes', async () => {
    const code = lawyer.recoveryCodes[0] ?? '';
    const first = (await postLogin(h, lawyer)).json().token as string;
    const used = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(first),
      payload: { recoveryCode: code.toUpperCase().replaceAll('-', ' ') },
    });
    expect(used.statusCode).toBe(200);
    expect(used.json().recoveryCodesLeft).toBe(9);

    const second = (await postLogin(h, lawyer)).json().token as string;
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(second),
      payload: { recoveryCode: code },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('recoveryCode');
    const stored = await h.store.db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('user_id', '=', lawyer.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
  });

  it('does not let a pending session of an enrolled account set up another app', async () => {
    const pending = (await postLogin(h, lawyer)).json();
    expect(pending.secondFactor).toEqual({ step: 'verify', methods: ['totp', 'recovery-code'] });
    const r = await h.app.inject({ method: 'POST', url: '/api/session/totp', headers: bearer(pending.token) });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('totp');
    const keys = await h.app.inject({
      method: 'POST',
      url: '/api/session/webauthn/registration/options',
      headers: bearer(pending.token),
    });
    expect(keys.statusCode).toBe(403);
  });

  it('issues new recovery codes only after a recent proof', async () => {
    h.clock.advance(10 * 60_000);
    const fresh = await h.user('lawyer');
    h.clock.advance(6 * 60_000);
    const stale = await h.app.inject({ method: 'POST', url: '/api/session/recovery-codes', headers: fresh.headers });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().type).toBe('https://safehold.invalid/problems/step-up-required');
    const up = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: fresh.headers,
      payload: { password: fresh.password },
    });
    expect(up.statusCode).toBe(200);
    const r = await h.app.inject({ method: 'POST', url: '/api/session/recovery-codes', headers: fresh.headers });
    expect(r.statusCode).toBe(201);
    expect(r.json().recoveryCodes).toHaveLength(10);
    const pending = (await postLogin(h, fresh)).json().token as string;
    const old = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      headers: bearer(pending),
      payload: { recoveryCode: fresh.recoveryCodes[1] },
    });
    expect(old.statusCode).toBe(400);
  });
});
