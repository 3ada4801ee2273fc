import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { ApiApp } from '../../src/api/api-app.js';
import { loadConfig } from '../../src/config.js';
import { startHarness, type Harness } from '../support/harness.js';

describe('HSTS', () => {
  let h: Harness;
  let app: ApiApp;

  beforeAll(async () => {
    h = await startHarness();
    const site = loadConfig({ SAFEHOLD_PUBLIC_ORIGIN: 'https://safehold.example.org' }).site;
    expect(site).toEqual({ origin: 'https://safehold.example.org', rpId: 'safehold.example.org' });
    app = await buildServer({ store: h.store, deps: { ...h.deps, site } });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('is sent when the public origin is https', async () => {
    const r = await app.inject({ method: 'GET', url: '/healthz' });
    expect(r.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });
});
