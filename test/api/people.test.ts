import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/api/problem.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const client = {
  identity: {
    names: [
      { script: 'latin', given: 'Arash', family: 'Rostami', full: 'Arash Rostami' },
      { script: 'persian', full: 'آرش رستمی' },
    ],
    nationality: 'IR',
  },
};

const brother = {
  kind: 'family_member',
  relationship: 'brother',
  identity: {
    names: [
      { script: 'latin', given: 'Bahram', family: 'Rostami', full: 'Bahram Rostami' },
      { script: 'persian', full: 'بهرام رستمی' },
    ],
    birthDate: '1983',
    phone: '+98 21 5550 1234',
  },
  location: { address: 'Kuche-ye Shaghayegh 7', city: 'Shiraz', country: 'IR' },
};

interface PersonSummary {
  id: string;
  label: string;
  version: number;
  abilities: Record<string, boolean>;
}

describe('people on a case through the API', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let supervisor: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let auditor: TestUser;
  let admin: TestUser;
  let caseId: string;
  let clientId: string;

  beforeAll(async () => {
    h = await startHarness();
    // One after another: sign-ins from one address are throttled as a group.
    lawyer = await h.user('lawyer');
    caseworker = await h.user('caseworker');
    supervisor = await h.user('supervisor');
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    auditor = await h.user('auditor');
    admin = await h.user('admin');
    const kase = (
      await h.app.inject({ method: 'POST', url: '/api/cases', headers: lawyer.headers, payload: { client } })
    ).json();
    caseId = kase.id;
    clientId = kase.clientId;
    for (const u of [caseworker, supervisor]) {
      const r = await h.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/assignments/${u.id}`,
        headers: lawyer.headers,
      });
      expect(r.statusCode).toBe(204);
    }
  });
  afterAll(() => h.close());

  async function addBrother(as: TestUser = lawyer) {
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/people`,
      headers: as.headers,
      payload: brother,
    });
    expect(r.statusCode).toBe(201);
    return r.json<PersonSummary>();
  }

  async function auditRows() {
    return h.store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  }

  function reveal(personId: string, what: 'identity' | 'location', as: TestUser, reason = 'preparing the hearing') {
    return h.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/${what}/reveal`,
      headers: as.headers,
      payload: { reason },
    });
  }

  it('adds a family member to a case and lists the case people by label only', async () => {
    const person = await addBrother();
    expect(person).toMatchObject({ kind: 'family_member', label: 'B. R.', version: 1, organizationId: null });
    expect(JSON.stringify(person)).not.toContain('Bahram');

    const list = await h.app.inject({ method: 'GET', url: `/api/cases/${caseId}/people`, headers: caseworker.headers });
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items).toContainEqual({
      id: clientId,
      kind: 'client',
      label: 'A. R.',
      version: 1,
      relation: 'client',
      relationship: null,
    });
    expect(items).toContainEqual({
      id: person.id,
      kind: 'family_member',
      label: 'B. R.',
      version: 1,
      relation: 'family_member',
      relationship: 'brother',
    });
    expect(list.body).not.toMatch(/Bahram|Rostami|Shiraz|رستمی/);

    const created = (await auditRows()).filter((r) => r.action === 'person.create' && r.target_id === person.id);
    expect(created).toHaveLength(1);
    expect(created[0]!.case_id).toBe(caseId);
    expect(created[0]!.details).not.toMatch(/Bahram|Shiraz|brother/);

    const raw = await h.store.db
      .selectFrom('person_identities')
      .selectAll()
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.identity).toString('latin1')).not.toContain('Bahram');
    expect(Buffer.from(raw.location!).toString('latin1')).not.toContain('Shiraz');
  });

  it('tells each user what they may do on the person', async () => {
    const person = await addBrother();
    const summary = async (as: TestUser) =>
      (
        await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: as.headers })
      ).json<PersonSummary>();

    expect((await summary(lawyer)).abilities).toEqual({
      read: true,
      update: true,
      'identity:reveal': true,
      'identity:update': true,
      'location:reveal': true,
      'location:update': true,
    });
    expect((await summary(caseworker)).abilities).toMatchObject({ 'identity:reveal': true, 'location:reveal': false });
    expect((await summary(supervisor)).abilities).toEqual({
      read: true,
      update: false,
      'identity:reveal': false,
      'identity:update': false,
      'location:reveal': false,
      'location:update': false,
    });
  });

  it('reveals identity and location to an allowed user, recording the reason and never the values', async () => {
    const person = await addBrother();
    const before = Date.now();
    const r = await reveal(person.id, 'identity', lawyer, 'preparing the family contact request');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.identity.names[0].full).toBe('Bahram Rostami');
    expect(body.identity.phone).toBe('+98 21 5550 1234');
    const until = Date.parse(body.revealedUntil);
    expect(until).toBeGreaterThanOrEqual(before + 60_000);
    expect(until).toBeLessThan(Date.now() + 61_000);

    const loc = await reveal(person.id, 'location', lawyer);
    expect(loc.statusCode).toBe(200);
    expect(loc.json().location).toEqual({ address: 'Kuche-ye Shaghayegh 7', city: 'Shiraz', country: 'IR' });

    const looks = (await auditRows()).filter((row) => row.target_id === person.id && row.action.endsWith('.reveal'));
    expect(looks.map((row) => [row.action, row.outcome, row.actor_id, row.case_id, row.reason])).toEqual([
      ['person.identity.reveal', 'ok', lawyer.id, caseId, 'preparing the family contact request'],
      ['person.location.reveal', 'ok', lawyer.id, caseId, 'preparing the hearing'],
    ]);
    for (const row of looks) expect(row.details).not.toMatch(/Bahram|Shiraz|5550/);

    // A caseworker on the case may see who the person is, but not where they live.
    expect((await reveal(person.id, 'identity', caseworker)).statusCode).toBe(200);
    expect((await reveal(person.id, 'location', caseworker)).statusCode).toBe(404);
    expect((await reveal(person.id, 'identity', supervisor)).statusCode).toBe(404);
  });

  it('asks for a fresh proof of identity before a reveal', async () => {
    const person = await addBrother();
    const revealsBefore = (await auditRows()).filter((r) => r.action.endsWith('.reveal')).length;
    // Six minutes after login: the session lives on, but the last proof is too old to reveal.
    const later = h.deps.sessions.stepUpWindowMs + 60_000;
    h.clock.advance(later);
    try {
      for (const what of ['identity', 'location'] as const) {
        const r = await reveal(person.id, what, lawyer);
        expect(r.statusCode).toBe(403);
        expect(r.json().type).toBe(PROBLEM_TYPES.stepUp);
        expect(r.body).not.toContain('Bahram');
      }
      // Someone without access still learns nothing, not even that a proof would help.
      expect((await reveal(person.id, 'identity', outsider)).statusCode).toBe(404);
      const summary = await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: lawyer.headers });
      expect(summary.statusCode).toBe(200);
    } finally {
      h.clock.advance(-later);
    }
    expect((await auditRows()).filter((r) => r.action.endsWith('.reveal') && r.outcome === 'ok').length).toBe(
      revealsBefore,
    );
    expect((await reveal(person.id, 'identity', lawyer)).statusCode).toBe(200);
  });

  it('updates identity, location and label by version, auditing only the names of the changed fields', async () => {
    const person = await addBrother();
    const changed = {
      ...brother.identity,
      birthDate: '1984-02-11',
      phone: '+98 21 5550 9876',
    };
    const r = await h.app.inject({
      method: 'PUT',
      url: `/api/people/${person.id}/identity`,
      headers: caseworker.headers,
      payload: { version: 1, identity: changed },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().version).toBe(2);
    expect(r.body).not.toContain('Bahram');

    const entry = (await auditRows()).find(
      (row) => row.action === 'person.identity.update' && row.target_id === person.id,
    );
    expect(JSON.parse(entry!.details)).toEqual({ fields: ['birthDate', 'phone'] });
    expect(entry!.case_id).toBe(caseId);

    const moved = await h.app.inject({
      method: 'PUT',
      url: `/api/people/${person.id}/location`,
      headers: lawyer.headers,
      payload: { version: 2, location: { ...brother.location, city: 'Isfahan', since: '2026-03-01' } },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().version).toBe(3);
    const locEntry = (await auditRows()).find(
      (row) => row.action === 'person.location.update' && row.target_id === person.id,
    );
    expect(JSON.parse(locEntry!.details)).toEqual({ fields: ['city', 'since'] });
    expect(locEntry!.details).not.toContain('Isfahan');

    const relabel = await h.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: lawyer.headers,
      payload: { version: 3, label: 'Brother B.' },
    });
    expect(relabel.statusCode).toBe(200);
    expect(relabel.json()).toMatchObject({ label: 'Brother B.', version: 4 });

    expect((await reveal(person.id, 'identity', lawyer)).json().identity.phone).toBe('+98 21 5550 9876');
    expect((await reveal(person.id, 'location', lawyer)).json().location.city).toBe('Isfahan');

    const cleared = await h.app.inject({
      method: 'PUT',
      url: `/api/people/${person.id}/location`,
      headers: lawyer.headers,
      payload: { version: 4, location: null },
    });
    expect(cleared.statusCode).toBe(200);
    expect((await reveal(person.id, 'location', lawyer)).json().location).toBeNull();
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const person = await addBrother();
    const first = await h.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: lawyer.headers,
      payload: { version: 1, label: 'B. R. (Shiraz)' },
    });
    expect(first.statusCode).toBe(200);
    const auditBefore = (await auditRows()).length;

    const stale = [
      { method: 'PATCH' as const, url: `/api/people/${person.id}`, payload: { version: 1, label: 'X.' } },
      {
        method: 'PUT' as const,
        url: `/api/people/${person.id}/identity`,
        payload: { version: 1, identity: { names: [{ script: 'latin', full: 'Someone Else' }] } },
      },
      { method: 'PUT' as const, url: `/api/people/${person.id}/location`, payload: { version: 1, location: null } },
    ];
    for (const req of stale) {
      const r = await h.app.inject({ ...req, headers: lawyer.headers });
      expect(r.statusCode).toBe(409);
      expect(r.json().currentVersion).toBe(2);
    }
    expect((await auditRows()).length).toBe(auditBefore);
    const now = (
      await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: lawyer.headers })
    ).json();
    expect(now).toMatchObject({ label: 'B. R. (Shiraz)', version: 2 });
    expect((await reveal(person.id, 'identity', lawyer)).json().identity.names[0].full).toBe('Bahram Rostami');
    expect((await reveal(person.id, 'location', lawyer)).json().location.city).toBe('Shiraz');
  });

  it('answers bad input with the field named and writes nothing', async () => {
    const person = await addBrother();
    const auditBefore = (await auditRows()).length;
    const cases: [string, string, unknown, string][] = [
      ['POST', `/api/people/${person.id}/identity/reveal`, { reason: 'ok' }, 'body.reason'],
      ['POST', `/api/people/${person.id}/identity/reveal`, {}, 'body.reason'],
      ['POST', `/api/people/${person.id}/location/reveal`, { reason: 'x'.repeat(501) }, 'body.reason'],
      ['POST', `/api/cases/${caseId}/people`, { ...brother, kind: 'official' }, 'body.kind'],
      ['POST', `/api/cases/${caseId}/people`, { ...brother, identity: { names: [] } }, 'body.identity.names'],
      ['POST', `/api/cases/${caseId}/people`, { ...brother, location: { country: 'Iran' } }, 'body.location.country'],
      ['PUT', `/api/people/${person.id}/identity`, { identity: brother.identity }, 'body.version'],
      ['PATCH', `/api/people/${person.id}`, { version: 1, label: '' }, 'body.label'],
      ['PATCH', `/api/people/${person.id}`, { version: 1, organizationId: crypto.randomUUID() }, 'organizationId'],
    ];
    for (const [method, url, payload, field] of cases) {
      const r = await h.app.inject({
        method: method as 'POST',
        url,
        headers: lawyer.headers,
        payload: payload as object,
      });
      expect(r.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await auditRows()).length).toBe(auditBefore);
    const now = (
      await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: lawyer.headers })
    ).json();
    expect(now.version).toBe(1);
  });

  it('refuses everyone without access to the case as if the person did not exist', async () => {
    const person = await addBrother();
    const routes = (id: string) => [
      { method: 'GET' as const, url: `/api/people/${id}` },
      { method: 'PATCH' as const, url: `/api/people/${id}`, payload: { version: 1, label: 'X.' } },
      {
        method: 'PUT' as const,
        url: `/api/people/${id}/identity`,
        payload: { version: 1, identity: brother.identity },
      },
      { method: 'PUT' as const, url: `/api/people/${id}/location`, payload: { version: 1, location: null } },
      { method: 'POST' as const, url: `/api/people/${id}/identity/reveal`, payload: { reason: 'curious' } },
      { method: 'POST' as const, url: `/api/people/${id}/location/reveal`, payload: { reason: 'curious' } },
    ];
    const caseRoutes = (id: string) => [
      { method: 'GET' as const, url: `/api/cases/${id}/people` },
      { method: 'POST' as const, url: `/api/cases/${id}/people`, payload: brother },
    ];
    for (const user of [outsider, analyst, auditor, admin]) {
      const pairs = [
        ...routes(person.id).map((req, i) => [req, routes(crypto.randomUUID())[i]!] as const),
        ...caseRoutes(caseId).map((req, i) => [req, caseRoutes(crypto.randomUUID())[i]!] as const),
      ];
      for (const [req, missing] of pairs) {
        const r = await h.app.inject({ ...req, headers: user.headers });
        const m = await h.app.inject({ ...missing, headers: user.headers });
        expect(r.statusCode, `${user.username} ${req.method} ${req.url}`).toBe(404);
        expect(r.body).toBe(m.body);
      }
    }
    const refusals = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('outcome', '=', 'refused')
      .where('target_id', '=', person.id)
      .execute();
    expect(new Set(refusals.map((r) => r.actor_id))).toEqual(new Set([outsider.id, analyst.id, auditor.id, admin.id]));
    expect(refusals.every((r) => r.reason === null)).toBe(true);

    for (const req of [...routes(person.id), ...caseRoutes(caseId)]) {
      expect((await h.app.inject(req)).statusCode).toBe(401);
    }
    const own = await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: lawyer.headers });
    expect(own.json().version).toBe(1);
  });
});
