import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { ApiApp } from '../../src/api/api-app.js';
import { loadConfig } from '../../src/config.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

// The login throttle counts failures per client address, so the address must be the client's.
describe('client addresses behind a reverse proxy', () => {
  let h: Harness;
  let user: TestUser;
  let behindProxy: ApiApp;

  beforeAll(async () => {
    h = await startHarness();
    user = await h.user('lawyer');
    const { trustedProxies } = loadConfig({ SAFEHOLD_TRUST_PROXY: '127.0.0.1,10.0.0.0/8' });
    expect(trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8']);
    behindProxy = await buildServer({ store: h.store, deps: h.deps, trustedProxies });
  });
  afterAll(async () => {
    await behindProxy.close();
    await h.close();
  });

  async function sessionAddresses(app: ApiApp) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-for': '203.0.113.7' },
      payload: { username: user.username, password: user.password },
    });
    expect(login.statusCode).toBe(201);
    const list = await app.inject({ method: 'GET', url: '/api/session/list', headers: user.headers });
    const { items } = list.json<{ items: { ip: string | null }[] }>();
    return items.map((s) => s.ip);
  }

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    expect(await sessionAddresses(h.app)).not.toContain('203.0.113.7');
    expect(await sessionAddresses(behindProxy)).toContain('203.0.113.7');
  });

  it('refuses a malformed proxy list naming the variable', () => {
    expect(() => loadConfig({ SAFEHOLD_TRUST_PROXY: 'everyone' })).toThrow(/SAFEHOLD_TRUST_PROXY/);
  });
});
