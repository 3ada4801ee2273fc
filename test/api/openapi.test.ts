import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';

describe('the OpenAPI document', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is OpenAPI 3.1, public, and describes every API route with its schemas', async () => {
    const r = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops))
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    for (const route of ['POST /api/cases', 'GET /api/cases/:id', 'PATCH /api/cases/:id', 'POST /api/session']) {
      expect(documented).toContain(route);
    }
    const create = doc.paths['/api/cases'].post;
    expect(create.requestBody.content['application/json'].schema.properties).toHaveProperty('client');
    expect(create.responses['201'].content['application/json'].schema.properties).toHaveProperty('code');
    expect(create.responses['400']).toBeDefined();
  });
});
