import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { nextTotpCode } from './support/flows.js';

describe('step-up', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  const authenticatedAt = async () =>
    (await h.app.inject({ method: 'GET', url: '/api/session', headers: lawyer.headers })).json()
      .authenticatedAt as string;

  it('refreshes the proof time with the password', async () => {
    h.clock.advance(10 * 60_000);
    const before = await authenticatedAt();
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: lawyer.headers,
      payload: { password: lawyer.password },
    });
    expect(r.statusCode).toBe(200);
    expect(Math.abs(Date.parse(r.json().authenticatedAt) - h.clock.now().getTime())).toBeLessThan(5_000);
    expect(await authenticatedAt()).toBe(r.json().authenticatedAt);
    expect(Date.parse(r.json().authenticatedAt) - Date.parse(before)).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('refreshes it with a code from the app, each code once', async () => {
    h.clock.advance(10 * 60_000);
    const code = await nextTotpCode(h, lawyer);
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: lawyer.headers,
      payload: { code },
    });
    expect(r.statusCode).toBe(200);
    expect(await authenticatedAt()).toBe(r.json().authenticatedAt);
    const replay = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: lawyer.headers,
      payload: { code },
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0].field).toBe('code');
  });

  it('refuses a wrong password, keeps the old proof time, and records both outcomes', async () => {
    h.clock.advance(10 * 60_000);
    const before = await authenticatedAt();
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: lawyer.headers,
      payload: { password: 'not my password' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('password');
    expect(await authenticatedAt()).toBe(before);
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/session/step-up',
      headers: lawyer.headers,
      payload: { password: lawyer.password, code: '123456' },
    });
    expect(bad.statusCode).toBe(400);
    const audit = await h.store.db
      .selectFrom('audit_log')
      .select(['outcome', 'details'])
      .where('action', '=', 'auth.step-up')
      .where('actor_id', '=', lawyer.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a): unknown[] => [a.outcome, JSON.parse(a.details).method])).toEqual([
      ['ok', 'password'],
      ['ok', 'totp'],
      ['refused', 'totp'],
      ['refused', 'password'],
    ]);
  });

  it('is refused without a session', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/session/step-up', payload: { password: 'x' } });
    expect(r.statusCode).toBe(401);
  });
});
