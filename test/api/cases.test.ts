import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const client = {
  label: 'A. R.',
  identity: {
    names: [
      { script: 'latin', given: 'Arash', family: 'Rostami', full: 'Arash Rostami' },
      { script: 'persian', full: 'آرش رستمی' },
    ],
    birthDate: '1979',
    nationality: 'IR',
    languages: ['fa'],
  },
};

describe('cases through the API', () => {
  let h: Harness;
  let lawyer: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    other = await h.user('lawyer');
  });
  afterAll(() => h.close());

  async function auditCount() {
    const r = await h.store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return r.n;
  }

  it('opens a case for a new client, shows it to its lawyer and hides it from another', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client },
    });
    expect(created.statusCode).toBe(201);
    const kase = created.json();
    expect(kase.clientLabel).toBe('A. R.');
    expect(kase.status).toBe('intake');
    expect(kase.code).toMatch(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(kase.abilities.read).toBe(true);
    expect(JSON.stringify(kase)).not.toContain('Rostami');

    const mine = await h.app.inject({ method: 'GET', url: `/api/cases/${kase.id}`, headers: lawyer.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().assignments.map((a: { userId: string }) => a.userId)).toEqual([lawyer.id]);

    const theirs = await h.app.inject({ method: 'GET', url: `/api/cases/${kase.id}`, headers: other.headers });
    const missing = await h.app.inject({
      method: 'GET',
      url: `/api/cases/${crypto.randomUUID()}`,
      headers: other.headers,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);

    const list = await h.app.inject({ method: 'GET', url: '/api/cases', headers: other.headers });
    expect(list.json().items).toEqual([]);

    const refusals = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('outcome', '=', 'refused')
      .where('actor_id', '=', other.id)
      .execute();
    expect(refusals.map((r) => r.target_id)).toContain(kase.id);
  });

  it('keeps the timeline newest first and pages back', async () => {
    const kase = (
      await h.app.inject({ method: 'POST', url: '/api/cases', headers: lawyer.headers, payload: { client } })
    ).json();
    for (let i = 1; i <= 5; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: `/api/cases/${kase.id}/notes`,
        headers: lawyer.headers,
        payload: { body: `note ${i}` },
      });
      expect(r.statusCode).toBe(201);
    }
    const page1 = (
      await h.app.inject({ method: 'GET', url: `/api/cases/${kase.id}/notes?limit=3`, headers: lawyer.headers })
    ).json();
    expect(page1.items.map((n: { body: string }) => n.body)).toEqual(['note 5', 'note 4', 'note 3']);
    const page2 = (
      await h.app.inject({
        method: 'GET',
        url: `/api/cases/${kase.id}/notes?limit=3&before=${page1.items[2].id}`,
        headers: lawyer.headers,
      })
    ).json();
    expect(page2.items.map((n: { body: string }) => n.body)).toEqual(['note 2', 'note 1']);
  });

  it('refuses a stale update with 409 and changes nothing', async () => {
    const kase = (
      await h.app.inject({ method: 'POST', url: '/api/cases', headers: lawyer.headers, payload: { client } })
    ).json();
    const first = await h.app.inject({
      method: 'PATCH',
      url: `/api/cases/${kase.id}`,
      headers: lawyer.headers,
      payload: { version: 1, status: 'open' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/api/cases/${kase.id}`,
      headers: lawyer.headers,
      payload: { version: 1, status: 'closed' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().currentVersion).toBe(2);
    const now = (await h.app.inject({ method: 'GET', url: `/api/cases/${kase.id}`, headers: lawyer.headers })).json();
    expect(now.status).toBe('open');
  });

  it('lists the cases not closed as active, whatever their step', async () => {
    const lister = await h.user('lawyer');
    const open = async () =>
      (await h.app.inject({ method: 'POST', url: '/api/cases', headers: lister.headers, payload: { client } })).json<{
        id: string;
      }>();
    const step = (id: string, version: number, status: string) =>
      h.app.inject({ method: 'PATCH', url: `/api/cases/${id}`, headers: lister.headers, payload: { version, status } });
    const intake = await open();
    const opened = await open();
    const closed = await open();
    expect((await step(opened.id, 1, 'open')).statusCode).toBe(200);
    expect((await step(closed.id, 1, 'open')).statusCode).toBe(200);
    expect((await step(closed.id, 2, 'closed')).statusCode).toBe(200);
    const ids = async (query: string) => {
      const r = await h.app.inject({ method: 'GET', url: `/api/cases${query}`, headers: lister.headers });
      expect(r.statusCode, r.body).toBe(200);
      return r
        .json<{ items: { id: string }[] }>()
        .items.map((c) => c.id)
        .sort();
    };
    expect(await ids('?status=active')).toEqual([intake.id, opened.id].sort());
    expect(await ids('?status=intake')).toEqual([intake.id]);
    expect(await ids('')).toEqual([intake.id, opened.id, closed.id].sort());
    const bad = await h.app.inject({ method: 'GET', url: '/api/cases?status=everything', headers: lister.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.status');
  });

  it('answers bad input with the field named and writes nothing', async () => {
    const before = await auditCount();
    const wrongType = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client: { ...client, identity: { ...client.identity, birthDate: 1979 } } },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].field).toBe('body.client.identity.birthDate');

    const unknownField = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client, isAdmin: true },
    });
    expect(unknownField.statusCode).toBe(400);

    const malformed = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...lawyer.headers, 'content-type': 'application/json' },
      payload: '{"client": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');

    const oversized = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...lawyer.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ client, summary: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(oversized.statusCode).toBe(413);

    const wrongMedia = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...lawyer.headers, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(wrongMedia.statusCode).toBe(415);

    const badTransition = await h.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: lawyer.headers,
      payload: { client },
    });
    const afterCreate = await auditCount();
    expect(afterCreate).toBe(before + 1);
    const r = await h.app.inject({
      method: 'PATCH',
      url: `/api/cases/${badTransition.json().id}`,
      headers: lawyer.headers,
      payload: { version: 1, status: 'on_hold' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('status');
    expect(await auditCount()).toBe(afterCreate);
  });

  it('answers 401 without a session', async () => {
    const r = await h.app.inject({ method: 'GET', url: '/api/cases' });
    expect(r.statusCode).toBe(401);
    const health = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toMatchObject({ status: 'ok' });
  });
});
