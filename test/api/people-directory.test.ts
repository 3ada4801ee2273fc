import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const officer = {
  identity: {
    names: [{ script: 'latin', given: 'Mirela', family: 'Kocaj', full: 'Mirela Kocaj' }],
    languages: ['sq', 'en'],
  },
  roleTitle: 'legal protection officer',
};

describe('the directory of officials', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let analyst: TestUser;
  let auditor: TestUser;
  let admin: TestUser;
  let agencyId: string;
  let ministryId: string;

  beforeAll(async () => {
    h = await startHarness();
    // One after another: sign-ins from one address are throttled as a group.
    lawyer = await h.user('lawyer');
    caseworker = await h.user('caseworker');
    analyst = await h.user('analyst');
    auditor = await h.user('auditor');
    admin = await h.user('admin');
    const org = async (kind: string, name: string) =>
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/organizations',
          headers: lawyer.headers,
          payload: { kind, name },
        })
      ).json().id as string;
    agencyId = await org('un_agency', 'Refugee Agency, Tirana Office');
    ministryId = await org('government_office', 'Ministry of the Interior');
  });
  afterAll(() => h.close());

  async function addOfficial(payload: object, as: TestUser = lawyer) {
    return h.app.inject({ method: 'POST', url: '/api/directory', headers: as.headers, payload });
  }

  it('adds officials by organization with their names encrypted and lists them by initials', async () => {
    const created = await addOfficial({ ...officer, organizationId: agencyId });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({
      kind: 'official',
      label: 'M. K.',
      organizationId: agencyId,
      organizationName: 'Refugee Agency, Tirana Office',
      roleTitle: 'legal protection officer',
      version: 1,
    });
    expect(person.abilities).toEqual({
      read: true,
      update: true,
      'identity:reveal': true,
      'identity:update': true,
      'location:reveal': false,
      'location:update': false,
    });
    expect(created.body).not.toContain('Kocaj');
    const other = await addOfficial({
      label: 'Residence desk',
      identity: { names: [{ script: 'latin', full: 'Ardit Hoxholli' }] },
      organizationId: ministryId,
      roleTitle: 'head of the residence permits desk',
    });
    expect(other.statusCode).toBe(201);

    const all = (await h.app.inject({ method: 'GET', url: '/api/directory', headers: caseworker.headers })).json();
    expect(all.items.map((o: { label: string }) => o.label)).toEqual(['M. K.', 'Residence desk']);
    const agency = await h.app.inject({
      method: 'GET',
      url: `/api/directory?organizationId=${agencyId}`,
      headers: caseworker.headers,
    });
    expect(agency.json().items).toEqual([
      {
        id: person.id,
        label: 'M. K.',
        organizationId: agencyId,
        roleTitle: 'legal protection officer',
        version: 1,
        updatedAt: person.updatedAt,
      },
    ]);
    expect(agency.body).not.toContain('Kocaj');

    const raw = await h.store.db
      .selectFrom('person_identities')
      .select('identity')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.identity).toString('latin1')).not.toContain('Kocaj');
  });

  it('reveals an official’s name to staff with a reason, and updates the entry by version', async () => {
    const person = (await addOfficial({ ...officer, organizationId: agencyId })).json();
    const seen = await h.app.inject({
      method: 'POST',
      url: `/api/people/${person.id}/identity/reveal`,
      headers: caseworker.headers,
      payload: { reason: 'writing to the agency' },
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().identity.names[0].full).toBe('Mirela Kocaj');
    const look = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.identity.reveal')
      .where('target_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(look).toMatchObject({ actor_id: caseworker.id, case_id: null, reason: 'writing to the agency' });

    const noLocation = await h.app.inject({
      method: 'POST',
      url: `/api/people/${person.id}/location/reveal`,
      headers: lawyer.headers,
      payload: { reason: 'looking for the office' },
    });
    expect(noLocation.statusCode).toBe(404);

    const moved = await h.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: caseworker.headers,
      payload: { version: 1, organizationId: ministryId, roleTitle: 'adviser on residence' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ organizationName: 'Ministry of the Interior', version: 2 });
    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: lawyer.headers,
      payload: { version: 1, roleTitle: 'something else' },
    });
    expect(stale.statusCode).toBe(409);
    const now = (
      await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: lawyer.headers })
    ).json();
    expect(now).toMatchObject({ roleTitle: 'adviser on residence', version: 2 });

    const orphan = await h.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: lawyer.headers,
      payload: { version: 2, organizationId: null },
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().errors[0].field).toBe('organizationId');
  });

  it('names the wrong field and writes nothing', async () => {
    const count = async () =>
      (
        await h.store.db
          .selectFrom('people')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    const cases: [object, string][] = [
      [{ ...officer, organizationId: crypto.randomUUID() }, 'organizationId'],
      [{ ...officer, organizationId: 'agency' }, 'body.organizationId'],
      [{ identity: officer.identity, organizationId: agencyId }, 'body.roleTitle'],
      [
        { ...officer, organizationId: agencyId, identity: { names: [{ script: 'latin' }] } },
        'body.identity.names.0.full',
      ],
    ];
    for (const [payload, field] of cases) {
      const r = await addOfficial(payload);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(Number(await count())).toBe(before);
  });

  it('is closed to roles without directory access and to anonymous callers', async () => {
    const person = (await addOfficial({ ...officer, organizationId: agencyId })).json();
    for (const user of [analyst, auditor, admin]) {
      expect((await h.app.inject({ method: 'GET', url: '/api/directory', headers: user.headers })).statusCode).toBe(
        403,
      );
      expect((await addOfficial({ ...officer, organizationId: agencyId }, user)).statusCode).toBe(403);
      const get = await h.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers: user.headers });
      expect(get.statusCode).toBe(404);
      const reveal = await h.app.inject({
        method: 'POST',
        url: `/api/people/${person.id}/identity/reveal`,
        headers: user.headers,
        payload: { reason: 'just checking' },
      });
      expect(reveal.statusCode).toBe(404);
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/directory' })).statusCode).toBe(401);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/directory', payload: { ...officer, organizationId: agencyId } }))
        .statusCode,
    ).toBe(401);
  });
});
