import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/api/session-actor.js';
import { startHarness, type Harness } from '../support/harness.js';
import { bearer, fullLogin, nextTotpCode, postLogin, setCookieOf } from './support/flows.js';

describe('sessions', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const me = (token: string) => h.app.inject({ method: 'GET', url: '/api/session', headers: bearer(token) });

  it('gives a new token at login and at the second factor, and an earlier one is dead', async () => {
    const user = await h.user('lawyer');
    const login = await postLogin(h, user, { cookie: user.token });
    expect(login.statusCode).toBe(201);
    const pending = login.json().token as string;
    expect(pending).not.toBe(user.token);
    expect(Buffer.from(pending, 'base64url').length).toBeGreaterThanOrEqual(16);
    // The token the browser held before this login was ended, not carried over.
    expect((await me(user.token)).statusCode).toBe(401);

    const verified = await h.app.inject({
      method: 'POST',
      url: '/api/session/second-factor',
      cookies: { [SESSION_COOKIE]: pending },
      payload: { code: await nextTotpCode(h, user) },
    });
    expect(verified.statusCode).toBe(200);
    const full = verified.json().token as string;
    expect(full).not.toBe(pending);
    expect(setCookieOf(verified, SESSION_COOKIE)).toContain(full);
    expect((await me(pending)).statusCode).toBe(401);
    expect((await me(full)).json()).toMatchObject({ userId: user.id, secondFactorPassed: true });

    const stored = await h.store.db.selectFrom('sessions').select(['token_hash', 'id']).execute();
    expect(JSON.stringify(stored)).not.toContain(full);
  });

  it('sets the session cookie with __Host-, Secure, HttpOnly, SameSite=Strict, Path=/ and no Domain', async () => {
    const user = await h.user('caseworker');
    const login = await postLogin(h, user);
    const cookie = setCookieOf(login, SESSION_COOKIE) ?? '';
    expect(cookie.startsWith('__Host-safehold-session=')).toBe(true);
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/']));
    expect(attributes.some((a) => a.startsWith('domain'))).toBe(false);
  });

  it('ends a session left idle too long', async () => {
    const user = await h.user('lawyer');
    h.clock.advance(h.deps.sessions.idleTimeoutMs - 60_000);
    expect((await me(user.token)).statusCode).toBe(200);
    h.clock.advance(h.deps.sessions.idleTimeoutMs - 60_000);
    expect((await me(user.token)).statusCode).toBe(200);
    h.clock.advance(h.deps.sessions.idleTimeoutMs + 1000);
    expect((await me(user.token)).statusCode).toBe(401);
    h.clock.advance(-h.deps.sessions.idleTimeoutMs);
    expect((await me(user.token)).statusCode).toBe(401);
  });

  it('ends a session at its absolute lifetime even when in use', async () => {
    const user = await h.user('lawyer');
    const step = h.deps.sessions.idleTimeoutMs / 2;
    let elapsed = 0;
    while (elapsed + step < h.deps.sessions.absoluteLifetimeMs - 60_000) {
      h.clock.advance(step);
      elapsed += step;
      expect((await me(user.token)).statusCode).toBe(200);
    }
    h.clock.advance(h.deps.sessions.absoluteLifetimeMs - elapsed);
    expect((await me(user.token)).statusCode).toBe(401);
  });

  it('ends a session stuck before its second factor after a few minutes', async () => {
    const user = await h.user('lawyer');
    const pending = (await postLogin(h, user)).json().token as string;
    h.clock.advance(h.deps.sessions.pendingLifetimeMs + 1000);
    expect((await me(pending)).statusCode).toBe(401);
  });

  it('lists the user’s sessions by opaque id and ends one of them; another user’s is not found', async () => {
    const user = await h.user('lawyer');
    const laptop = await fullLogin(h, user, '203.0.113.20');
    const list = await h.app.inject({ method: 'GET', url: '/api/session/list', headers: user.headers });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; ip: string | null }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain(laptop);
    expect(JSON.stringify(items)).not.toContain(user.token);
    const other = items.find((s) => !s.current);
    expect(other?.ip).toBe('203.0.113.20');

    const stranger = await h.user('lawyer');
    const refused = await h.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${other?.id}`,
      headers: stranger.headers,
    });
    expect(refused.statusCode).toBe(404);
    expect((await me(laptop)).statusCode).toBe(200);

    const ended = await h.app.inject({ method: 'DELETE', url: `/api/sessions/${other?.id}`, headers: user.headers });
    expect(ended.statusCode).toBe(204);
    expect((await me(laptop)).statusCode).toBe(401);
    const again = await h.app.inject({ method: 'DELETE', url: `/api/sessions/${other?.id}`, headers: user.headers });
    expect(again.statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/session/list' })).statusCode).toBe(401);
  });

  it('logs out on the server and tells the browser to clear what it kept', async () => {
    const user = await h.user('lawyer');
    const r = await h.app.inject({ method: 'DELETE', url: '/api/session', headers: user.headers });
    expect(r.statusCode).toBe(204);
    expect(r.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    expect(setCookieOf(r, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expect((await me(user.token)).statusCode).toBe(401);
    const audit = await h.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.totp.enrol', 'auth.second-factor', 'auth.logout']),
    );
  });

  it('ends the sessions of a disabled account at once', async () => {
    const admin = await h.user('admin');
    const user = await h.user('lawyer');
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/admin/users/${user.id}/disable`,
      headers: admin.headers,
    });
    expect(r.statusCode).toBe(200);
    expect((await me(user.token)).statusCode).toBe(401);
    expect((await postLogin(h, user)).statusCode).toBe(401);
  });
});
