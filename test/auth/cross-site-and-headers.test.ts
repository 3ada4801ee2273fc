import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/api/session-actor.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const client = { label: 'B. K.', identity: { names: [{ script: 'latin', full: 'Bahar Kiani' }] } };

describe('cross-site requests and security headers', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  const createWithCookie = (headers: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url: '/api/cases',
      cookies: { [SESSION_COOKIE]: lawyer.token },
      headers: { host: 'safehold.test:8080', ...headers },
      payload: { client },
    });

  it('refuses a cookie-borne POST sent from another site, and changes nothing', async () => {
    const before = await h.store.db.selectFrom('cases').select('id').execute();
    for (const headers of [
      { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.safehold.test' },
      { origin: 'https://elsewhere.example' },
      { origin: 'null' },
    ] as Record<string, string>[]) {
      const r = await createWithCookie(headers);
      expect(r.statusCode).toBe(403);
      expect(r.json().type).toBe('https://safehold.invalid/problems/cross-site-request');
    }
    const logout = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      cookies: { [SESSION_COOKIE]: lawyer.token },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(logout.statusCode).toBe(403);
    expect(await h.store.db.selectFrom('cases').select('id').execute()).toEqual(before);
  });

  it('accepts the same request from the site itself, and a Bearer request from anywhere', async () => {
    expect(
      (await createWithCookie({ 'sec-fetch-site': 'same-origin', origin: 'http://safehold.test:8080' })).statusCode,
    ).toBe(201);
    expect((await createWithCookie({ origin: 'http://safehold.test:8080' })).statusCode).toBe(201);
    expect((await createWithCookie({ origin: h.deps.site.origin })).statusCode).toBe(201);
    const api = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...lawyer.headers, origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
      payload: { client },
    });
    expect(api.statusCode).toBe(201);
    // Reading is not refused: a cross-site GET cannot change anything.
    const read = await h.app.inject({
      method: 'GET',
      url: '/api/cases',
      cookies: { [SESSION_COOKIE]: lawyer.token },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
  });

  it('sends the security headers on every answer, errors included', async () => {
    for (const r of [
      await h.app.inject({ method: 'GET', url: '/api/cases', headers: lawyer.headers }),
      await h.app.inject({ method: 'GET', url: '/api/cases' }),
      await h.app.inject({ method: 'GET', url: '/healthz' }),
      await h.app.inject({ method: 'GET', url: '/no-such-page' }),
    ]) {
      expect(r.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(r.headers['permissions-policy']).toContain('camera=()');
      expect(r.headers['cache-control']).toBe('no-store');
      // Served over plain http here (the default origin): no HSTS.
      expect(r.headers['strict-transport-security']).toBeUndefined();
    }
  });
});
