import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCommonPassword } from '../../src/security/common-passwords.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { bearer, fullLogin, postLogin } from './support/flows.js';

describe('passwords', () => {
  let h: Harness;
  let admin: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.user('admin');
  });
  afterAll(() => h.close());

  const me = (token: string) => h.app.inject({ method: 'GET', url: '/api/session', headers: bearer(token) });

  it('knows the most common passwords, whatever their case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('QWERTYUIOP')).toBe(true);
    expect(isCommonPassword('correct horse 1 battery')).toBe(false);
  });

  it('makes a password set by an administrator temporary: it expires unless the user sets their own', async () => {
    const created = (
      await h.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: admin.headers,
        payload: { username: 'temp-user', displayName: 'Temp User', role: 'lawyer' },
      })
    ).json();
    const login = await postLogin(h, { username: 'temp-user', password: created.initialPassword });
    expect(login.json().passwordChangeRequired).toBe(true);
    h.clock.advance(h.deps.sessions.temporaryPasswordMs + 1000);
    const expired = await postLogin(h, { username: 'temp-user', password: created.initialPassword });
    expect(expired.statusCode).toBe(401);
    const unknown = await postLogin(h, { username: 'no-such-user', password: created.initialPassword });
    expect(expired.body).toBe(unknown.body);
  });

  it('lets a user change their password: the current one is checked, other sessions end', async () => {
    const user = await h.user('lawyer');
    const other = await fullLogin(h, user, '203.0.113.30');
    const change = (payload: object) =>
      h.app.inject({ method: 'POST', url: '/api/session/password', headers: user.headers, payload });

    const wrong = await change({ currentPassword: 'not it', newPassword: 'my own new passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const common = await change({ currentPassword: user.password, newPassword: 'iloveyou1' });
    expect(common.json().errors[0].field).toBe('password');
    const same = await change({ currentPassword: user.password, newPassword: user.password });
    expect(same.json().errors[0].field).toBe('newPassword');
    expect((await me(other)).statusCode).toBe(200);

    const ok = await change({ currentPassword: user.password, newPassword: 'my own new passphrase' });
    expect(ok.statusCode).toBe(204);
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await postLogin(h, user)).statusCode).toBe(401);
    const again = await postLogin(h, { username: user.username, password: 'my own new passphrase' });
    expect(again.statusCode).toBe(201);
    expect(again.json().passwordChangeRequired).toBe(false);
    h.clock.advance(h.deps.sessions.temporaryPasswordMs + 1000);
    expect((await postLogin(h, { username: user.username, password: 'my own new passphrase' })).statusCode).toBe(201);
  });
});
