import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { bearer, postLogin } from './support/flows.js';

describe('login', () => {
  let h: Harness;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  it('gives an unknown user, a wrong password and a disabled account the same answer', async () => {
    const unknown = await postLogin(h, { username: 'no-such-user', password: 'some password' });
    const wrong = await postLogin(h, { username: lawyer.username, password: 'some password' });
    const disabled = await h.user('lawyer');
    await h.store.db
      .updateTable('users')
      .set({ disabled_at: h.clock.now().toISOString() })
      .where('id', '=', disabled.id)
      .execute();
    const refusedDisabled = await postLogin(h, disabled);
    for (const r of [unknown, wrong, refusedDisabled]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.body).toBe(unknown.body);
    expect(refusedDisabled.body).toBe(unknown.body);
    expect(unknown.json().title).toBe('Unknown user or wrong password');

    const audit = await h.store.db
      .selectFrom('audit_log')
      .select(['target_id', 'outcome', 'reason'])
      .where('action', '=', 'auth.login')
      .where('outcome', '=', 'refused')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { target_id: null, outcome: 'refused', reason: 'wrong-credentials' },
      { target_id: lawyer.id, outcome: 'refused', reason: 'wrong-credentials' },
      { target_id: disabled.id, outcome: 'refused', reason: 'disabled' },
    ]);
  });

  it('matches the username whatever its case, and accepts the password exactly', async () => {
    expect(
      (await postLogin(h, { username: lawyer.username.toUpperCase(), password: lawyer.password })).statusCode,
    ).toBe(201);
    expect(
      (await postLogin(h, { username: lawyer.username, password: lawyer.password.toUpperCase() })).statusCode,
    ).toBe(401);
  });

  it('keeps a session that passed only the password away from cases and administration', async () => {
    const pending = (await postLogin(h, lawyer)).json().token as string;
    for (const [method, url] of [
      ['GET', '/api/cases'],
      ['POST', '/api/cases'],
      ['GET', '/api/organizations'],
      ['GET', '/api/session/list'],
      ['POST', '/api/session/step-up'],
      ['GET', '/api/admin/users'],
    ] as const) {
      const r = await h.app.inject({
        method,
        url,
        headers: bearer(pending),
        payload: method === 'POST' ? {} : undefined,
      });
      expect(r.statusCode, `${method} ${url}`).toBe(403);
      expect(r.json().type).toBe('https://safehold.invalid/problems/second-factor-required');
    }
    const out = await h.app.inject({ method: 'DELETE', url: '/api/session', headers: bearer(pending) });
    expect(out.statusCode).toBe(204);
  });

  it('refuses a malformed login naming the field', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: lawyer.username } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('body.password');
  });
});
