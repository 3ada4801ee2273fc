import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { dashboardResponse } from '../../src/api/routes/dashboard/schema.js';
import { DOCUMENT_GROUPS } from '../../src/services/dashboard/client-totals.js';
import { standingChanged, workOutStandings } from '../../src/store/client-standing.js';
import { call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

type List = { keys: string[]; cells: { count: number | null }[] };
type Dashboard = z.infer<typeof dashboardResponse>;

const DAY = 86_400_000;
/** Fictional clients, two in each situation so that no count is small enough to hide; nobody real is named. */
const GIVEN = ['Azadeh', 'Bijan', 'Chista', 'Dorsa', 'Esfandiar', 'Farnaz', 'Giv', 'Homa', 'Iraj', 'Jaleh'];

/** The counts of a list that are not zero. */
function counted(list: unknown) {
  const l = list as List;
  return Object.fromEntries(l.keys.map((k, i) => [k, l.cells[i]?.count ?? null] as const).filter(([, n]) => n !== 0));
}

describe("the dashboard's kept standing of each client, as days pass and records change", () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  const clients: { clientId: string }[] = [];
  const travelDocuments: { clientId: string; id: string; version: number }[] = [];

  /** The first client of situation `i`. */
  const client = (i: number) => {
    const c = clients[2 * i];
    if (!c) throw new Error(`no client ${i}`);
    return c.clientId;
  };
  /** Both clients of situation `i`. */
  const pair = (i: number) => clients.slice(2 * i, 2 * i + 2).map((c) => c.clientId);
  const post = async (path: string, payload: object) =>
    expectStatus<{ id: string; version: number }>(await call(h, lawyer, 'POST', path, payload), 201);

  async function shown() {
    const d = expectStatus<Dashboard>(await call(h, supervisor, 'GET', '/api/dashboard?period=month'), 200);
    return {
      on: d.on,
      basis: counted(d.clients.byStatusBasis),
      workPermit: counted(d.clients.workPermit),
      travelDocument: counted(d.clients.travelDocument),
      outlook: counted(d.support.outlook),
    };
  }
  /** Let days pass; sessions do not last that long, so the supervisor signs in again. */
  async function daysPass(days: number) {
    h.clock.advance(days * DAY);
    supervisor = await h.user('supervisor', { teams: ['Standing practice'] });
  }
  const kept = (i: number) =>
    h.store.db.selectFrom('client_standing').selectAll().where('person_id', '=', client(i)).executeTakeFirstOrThrow();

  beforeAll(async () => {
    h = await startHarness();
    h.deps.disclosure.smallCellThreshold = 2;
    lawyer = await h.user('lawyer', { teams: ['Standing practice'] });
    supervisor = await h.user('supervisor', { teams: ['Standing practice'] });
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Standing practice')
      .executeTakeFirstOrThrow();
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Durrës office (fictional)');
    for (const given of GIVEN) clients.push(await newCase(h, lawyer, given, 'Standingzadeh', team.id));
    const support = (personId: string, payload: object) =>
      post(`/api/people/${personId}/support/entitlements`, {
        providerId: agency,
        kind: 'cash',
        currency: 'EUR',
        period: 'monthly',
        ...payload,
      });

    // 0 seeks asylum and is granted a humanitarian stay from day 10; the work permit expires on day 5.
    for (const id of pair(0)) {
      await post(`/api/people/${id}/legal-status`, { basis: 'asylum_seeker', effectiveFrom: dayFromNow(h, -100) });
      await post(`/api/people/${id}/legal-status`, { basis: 'humanitarian_stay', effectiveFrom: dayFromNow(h, 10) });
      await post(`/api/people/${id}/documents`, { kind: 'work_permit', state: 'held', expiresOn: dayFromNow(h, 5) });
    }
    // 1 has a stay, a passport without expiry and support that ends on day 3.
    for (const id of pair(1)) {
      await post(`/api/people/${id}/legal-status`, { basis: 'humanitarian_stay', effectiveFrom: dayFromNow(h, -200) });
      await post(`/api/people/${id}/documents`, { kind: 'passport', state: 'held' });
      await support(id, { startsOn: dayFromNow(h, -60), endsOn: dayFromNow(h, 3) });
    }
    // 2 has nothing recorded. 3 holds a travel document. 4's support starts on day 8.
    for (const id of pair(3)) {
      const doc = await post(`/api/people/${id}/documents`, {
        kind: 'travel_document',
        state: 'held',
        expiresOn: dayFromNow(h, 400),
      });
      travelDocuments.push({ clientId: id, ...doc });
    }
    for (const id of pair(4)) await support(id, { startsOn: dayFromNow(h, 8) });
  });
  afterAll(() => h.close());

  it('counts each client by the standing worked out for today, and keeps it with the day it holds until', async () => {
    const today = await shown();
    expect(today).toMatchObject({
      basis: { asylum_seeker: 2, humanitarian_stay: 2, not_recorded: 6 },
      workPermit: { with: 2, without: 8 },
      travelDocument: { with: 4, without: 6 },
      outlook: { within_30_days: 2, without_support: 8 },
    });
    expect(await kept(0)).toMatchObject({ computed_on: today.on, valid_until: dayFromNow(h, 6), work_permit: 1 });
    expect(await kept(1)).toMatchObject({
      valid_until: dayFromNow(h, 4),
      covered: 1,
      coverage_ends_on: dayFromNow(h, 3),
    });
    expect(await kept(2)).toMatchObject({ computed_on: today.on, valid_until: null, basis: null, covered: 0 });
    expect(await kept(4)).toMatchObject({ valid_until: dayFromNow(h, 8), covered: 0 });
    // Read again, the kept rows give the same counts.
    expect(await shown()).toEqual(today);
  });

  it('counts a change to the records at once', async () => {
    for (const doc of travelDocuments) {
      const lost = await call(h, lawyer, 'PATCH', `/api/people/${doc.clientId}/documents/${doc.id}`, {
        version: doc.version,
        state: 'lost',
      });
      expectStatus(lost, 200);
    }
    expect((await kept(3)).computed_on).toBeNull();
    expect((await shown()).travelDocument).toEqual({ with: 2, without: 8 });
  });

  it('works out again only the clients whose standing has run out as days pass', async () => {
    const before = await kept(2);
    await daysPass(6);
    const sixDaysOn = await shown();
    expect(sixDaysOn).toMatchObject({
      basis: { asylum_seeker: 2, humanitarian_stay: 2, not_recorded: 6 },
      workPermit: { without: 10 },
      outlook: { without_support: 10 },
    });
    // 0's permit expired and 1's support ended: worked out again; 2's standing still held.
    expect((await kept(0)).computed_on).toBe(sixDaysOn.on);
    expect((await kept(1)).computed_on).toBe(sixDaysOn.on);
    expect(await kept(2)).toEqual(before);

    await daysPass(4);
    expect(await shown()).toMatchObject({
      basis: { humanitarian_stay: 4, not_recorded: 6 },
      outlook: { covered_beyond_90_days: 2, without_support: 8 },
    });
  });

  it('never writes back a standing read before a change to the records', async () => {
    const on = dayFromNow(h, 0);
    const read = await kept(2);
    await standingChanged(h.store.db, client(2));
    await workOutStandings(h.store.db, [{ personId: client(2), version: read.version }], DOCUMENT_GROUPS, on);
    expect(await kept(2)).toMatchObject({ version: read.version + 1, computed_on: null });
    // A reading of a client who had no row does not replace one written since.
    await workOutStandings(h.store.db, [{ personId: client(2), version: 0 }], DOCUMENT_GROUPS, on);
    expect((await kept(2)).computed_on).toBeNull();
    // The next dashboard works it out.
    await shown();
    expect(await kept(2)).toMatchObject({ version: read.version + 1, computed_on: on });
  });
});
