import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { fullLogin, postLogin } from './support/flows.js';

describe('throttled sign-in', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  async function fail(user: TestUser, remoteAddress: string, times: number) {
    for (let i = 0; i < times; i++) {
      const r = await postLogin(h, { username: user.username, password: 'not the password' }, { remoteAddress });
      expect(r.statusCode).toBe(401);
    }
  }

  it('stops an account after five failures, says how long to wait, and lets it in again after', async () => {
    const user = await h.user('lawyer');
    await fail(user, '192.0.2.10', 5);
    const blocked = await postLogin(h, user, { remoteAddress: '192.0.2.10' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('30');
    expect(blocked.json().type).toBe('https://safehold.invalid/problems/too-many-requests');

    // The right password does not get through while the account is held back, from anywhere new.
    const elsewhere = await postLogin(h, user, { remoteAddress: '198.51.100.7' });
    expect(elsewhere.statusCode).toBe(429);

    const lockouts = await h.store.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'auth.lockout')
      .where('target_id', '=', user.id)
      .execute();
    expect(lockouts).toHaveLength(1);
    expect(JSON.parse(lockouts[0]?.details ?? '{}')).toMatchObject({ scope: 'account', failures: 5 });

    h.clock.advance(31_000);
    await fail(user, '192.0.2.10', 1);
    const longer = await postLogin(h, user, { remoteAddress: '192.0.2.10' });
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBe(60);

    h.clock.advance(61_000);
    expect((await postLogin(h, user, { remoteAddress: '192.0.2.10' })).statusCode).toBe(201);
    // A success starts the count over.
    await fail(user, '192.0.2.10', 4);
    expect((await postLogin(h, user, { remoteAddress: '192.0.2.10' })).statusCode).toBe(201);
  });

  it('never holds an account back longer than fifteen minutes', async () => {
    const user = await h.user('lawyer');
    const waits: number[] = [];
    for (let failures = 0; failures < 12;) {
      const r = await postLogin(h, { username: user.username, password: 'wrong' }, { remoteAddress: '192.0.2.20' });
      if (r.statusCode === 401) failures += 1;
      else {
        waits.push(Number(r.headers['retry-after']));
        h.clock.advance(Number(r.headers['retry-after']) * 1000);
      }
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    const blocked = await postLogin(h, user, { remoteAddress: '192.0.2.20' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60);
    h.clock.advance(15 * 60_000);
    expect((await postLogin(h, user, { remoteAddress: '192.0.2.20' })).statusCode).toBe(201);
  });

  it('lets the real user in from an address they signed in from while someone guesses elsewhere', async () => {
    const user = await h.user('caseworker');
    await fullLogin(h, user, '203.0.113.5');
    await fail(user, '192.0.2.30', 5);
    expect((await postLogin(h, user, { remoteAddress: '192.0.2.30' })).statusCode).toBe(429);
    expect((await postLogin(h, user, { remoteAddress: '203.0.113.5' })).statusCode).toBe(201);
  });

  it('answers an unknown username exactly as a known one, throttled alike', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await postLogin(
        h,
        { username: 'nobody-here', password: 'whatever it is' },
        { remoteAddress: '192.0.2.40' },
      );
      expect(r.statusCode).toBe(401);
    }
    const r = await postLogin(
      h,
      { username: 'nobody-here', password: 'whatever it is' },
      { remoteAddress: '192.0.2.40' },
    );
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBe('30');
  });

  it('holds back an address that tries many accounts', async () => {
    const address = '192.0.2.50';
    const user = await h.user('lawyer');
    for (let i = 0; i < 30; i++) {
      const r = await postLogin(h, { username: `guess-${i}`, password: 'password guess' }, { remoteAddress: address });
      expect(r.statusCode).toBe(401);
      // Signing in to one's own account in between gives no attempt back.
      if (i === 20) expect((await postLogin(h, user, { remoteAddress: address })).statusCode).toBe(201);
    }
    const blocked = await postLogin(h, user, { remoteAddress: address });
    expect(blocked.statusCode).toBe(429);
    expect((await postLogin(h, user, { remoteAddress: '192.0.2.51' })).statusCode).toBe(201);
  });

  it('counts wrong second-factor codes against the account', async () => {
    const user = await h.user('lawyer');
    const token = (await postLogin(h, user, { remoteAddress: '192.0.2.60' })).json().token as string;
    let last = 0;
    for (let i = 0; i < 6; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/api/session/second-factor',
        headers: { authorization: `Bearer ${token}` },
        payload: { code: '000000' },
        remoteAddress: '192.0.2.60',
      });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });
});
