import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/engine.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

// A PostgreSQL restart or failover drops the pool's idle connections: the server must survive
// it and answer the next request on a new connection.
describe.runIf(testEngine === 'postgres')('losing PostgreSQL connections', () => {
  let h: Harness;
  let lawyer: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  it('survives the server ending idle connections', async () => {
    // Several requests at once leave several idle connections in the pool.
    const before = await Promise.all(
      Array.from({ length: 6 }, () => h.app.inject({ method: 'GET', url: '/api/cases', headers: lawyer.headers })),
    );
    expect(before.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const ended = await sql<{ n: number }>`
      select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(h.store.db);
    expect(ended.rows[0]?.n).toBeGreaterThan(0);
    // Give the pool the moment it needs to notice and discard the dead connections.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await h.app.inject({ method: 'GET', url: '/api/cases', headers: lawyer.headers });
    expect(after.statusCode).toBe(200);
  });
});
