import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { dashboardResponse } from '../../src/api/routes/dashboard/schema.js';
import { incidentStandingChanged, workOutIncidentStandings } from '../../src/store/incident-standing.js';
import { call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { T } from '../incidents/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

type Dashboard = z.infer<typeof dashboardResponse>;

const DAY = 86_400_000;
/** Fictional clients; nobody real is named. */
const GIVEN = ['Anahita', 'Bahram', 'Cyrus', 'Delaram', 'Ehsan', 'Fereshteh'];

/**
 * Each incident has two acts of its own type, so that the rows of the acts counted name the
 * incidents counted and no count is small enough to hide.
 */
const ACT = {
  /** Its victim consented to anonymous advocacy. */
  given: T.threatsAgainstVictim,
  /** Its victim consented to public use with the name, which covers anonymous advocacy. */
  named: T.threatsAgainstFamily,
  /** Its victim consents from day 3. */
  future: T.surveillance,
  /** Its victim consented and withdraws from day 5. */
  withdrawn: T.detention,
  /** Its victim consented to litigation only. */
  awaited: T.familyActs,
  /** One victim consented; a second victim is added later. */
  shared: T.associationActs,
  /** Forced marriage, done to an organization; a client told of it and consented to the use of the testimony only. */
  told: '07010200000004',
} as const;
type Name = keyof typeof ACT;

describe("the dashboard's kept consent of each incident, as days pass and records change", () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let month: string;
  const clients: { id: string; clientId: string }[] = [];
  const incidents = {} as Record<Name, string>;

  const client = (i: number) => {
    const c = clients[i];
    if (!c) throw new Error(`no client ${i}`);
    return c;
  };
  const post = async <T = { consents: { id: string }[] }>(path: string, payload: object) =>
    expectStatus<T>(await call(h, lawyer, 'POST', path, payload), 201);
  const consent = (name: Name, givenBy: string, givenOn: string, purpose = 'anonymous_advocacy') =>
    post(`/api/incidents/${incidents[name]}/consents`, { purpose, givenBy, givenOn, method: 'written' });

  /** The acts counted, by the incident of their act type. */
  async function shown() {
    const url = `/api/dashboard?period=month&from=${month}&to=${month}`;
    const d = expectStatus<Dashboard>(await call(h, supervisor, 'GET', url), 200);
    const acts = d.incidents.byActType;
    const name = (term: string) => Object.entries(ACT).find(([, t]) => t === term)?.[0] ?? term;
    return { on: d.on, acts: Object.fromEntries(acts.rows.map((r, i) => [name(r), acts.rowTotals[i]?.count])) };
  }
  /** Let days pass; sessions do not last that long, so the supervisor signs in again. */
  async function daysPass(days: number) {
    h.clock.advance(days * DAY);
    supervisor = await h.user('supervisor', { teams: ['Incident practice'] });
  }
  const kept = (name: Name) =>
    h.store.db
      .selectFrom('incident_advocacy_standing')
      .selectAll()
      .where('incident_id', '=', incidents[name])
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    h = await startHarness();
    h.deps.disclosure.smallCellThreshold = 2;
    lawyer = await h.user('lawyer', { teams: ['Incident practice'] });
    supervisor = await h.user('supervisor', { teams: ['Incident practice'] });
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Incident practice')
      .executeTakeFirstOrThrow();
    const movement = await newOrganization(h, lawyer, 'former_organization', 'The closed movement (fictional)');
    month = dayFromNow(h, -40).slice(0, 7);
    for (const given of GIVEN) clients.push(await newCase(h, lawyer, given, 'Incidentzadeh', team.id));
    const victims: Record<Name, number> = {
      given: 0,
      named: 1,
      future: 2,
      withdrawn: 3,
      awaited: 4,
      shared: 0,
      told: 4,
    };
    for (const [name, type] of Object.entries(ACT) as [Name, string][]) {
      const victim = client(victims[name]);
      const incident = await post<{ id: string }>('/api/incidents', {
        caseIds: name === 'shared' ? [victim.id, client(5).id] : [victim.id],
        title: 'After leaving',
        start: { value: month, precision: 'month' },
        description: 'What the movement did after the client left (fictional).',
        acts: [1, 2].map(() => ({
          type,
          victim: name === 'told' ? { organizationId: movement } : { personId: victim.clientId },
          perpetrator: { organizationId: movement },
          perpetratorType: T.perpCommunity,
        })),
        sources:
          name === 'told'
            ? [
                {
                  source: { personId: victim.clientId },
                  connection: T.relativeOfVictim,
                  receivedOn: dayFromNow(h, -35),
                },
              ]
            : [],
      });
      incidents[name] = incident.id;
    }
    await consent('given', client(0).clientId, dayFromNow(h, -30));
    await consent('named', client(1).clientId, dayFromNow(h, -30), 'public_with_name');
    await consent('future', client(2).clientId, dayFromNow(h, 3));
    const withdrawn = (await consent('withdrawn', client(3).clientId, dayFromNow(h, -30))).consents[0]?.id ?? '';
    const withdrawal = { withdrawnOn: dayFromNow(h, 5) };
    const path = `/api/incidents/${incidents.withdrawn}/consents/${withdrawn}/withdraw`;
    expectStatus(await call(h, lawyer, 'POST', path, withdrawal), 200);
    await consent('awaited', client(4).clientId, dayFromNow(h, -30), 'litigation');
    await consent('shared', client(0).clientId, dayFromNow(h, -30));
    const told = await call(h, lawyer, 'GET', `/api/incidents/${incidents.told}`);
    const sourceId = expectStatus<{ sources: { id: string }[] }>(told, 200).sources[0]?.id;
    await post(`/api/incidents/${incidents.told}/consents`, {
      purpose: 'anonymous_advocacy',
      givenBy: client(4).clientId,
      givenOn: dayFromNow(h, -30),
      method: 'written',
      sourceId,
    });
  });
  afterAll(() => h.close());

  it('counts the acts of the incidents whose victims consented, and keeps each decision with the day it holds until', async () => {
    const today = await shown();
    expect(today.acts).toEqual({ given: 2, named: 2, withdrawn: 2, shared: 2 });
    expect(await kept('given')).toMatchObject({ computed_on: today.on, valid_until: null, usable: 1 });
    expect(await kept('future')).toMatchObject({ computed_on: today.on, valid_until: dayFromNow(h, 3), usable: 0 });
    expect(await kept('withdrawn')).toMatchObject({ valid_until: dayFromNow(h, 5), usable: 1 });
    // Litigation covers nothing public; a testimony's consent is not the incident's.
    expect(await kept('awaited')).toMatchObject({ computed_on: today.on, valid_until: null, usable: 0 });
    expect(await kept('told')).toMatchObject({ computed_on: today.on, valid_until: null, usable: 0 });
    // Each decision is the one an incident's use is checked by.
    for (const name of Object.keys(ACT) as Name[]) {
      const url = `/api/incidents/${incidents[name]}/uses/anonymous_advocacy?on=${today.on}`;
      const check = expectStatus<{ allowed: boolean }>(await call(h, lawyer, 'GET', url), 200);
      expect(check.allowed, name).toBe((await kept(name)).usable === 1);
    }
    // Read again, the kept rows give the same counts.
    expect(await shown()).toEqual(today);
  });

  it('counts a change to consents, victims or sources on the next dashboard', async () => {
    const before = await kept('awaited');
    await consent('awaited', client(4).clientId, dayFromNow(h, -1));
    expect(await kept('awaited')).toMatchObject({ version: before.version + 1, computed_on: null });

    // A second victim who has not consented: the incident is no longer counted.
    const shared = await kept('shared');
    await post(`/api/incidents/${incidents.shared}/acts`, {
      type: ACT.shared,
      victim: { personId: client(5).clientId },
      perpetratorType: T.perpCommunity,
    });
    expect(await kept('shared')).toMatchObject({ version: shared.version + 1, computed_on: null });

    // A source is recorded: worked out again, the victim still decides.
    const given = await kept('given');
    await post(`/api/incidents/${incidents.given}/sources`, {
      source: { personId: client(0).clientId },
      connection: T.victimHimself,
      receivedOn: dayFromNow(h, -2),
    });
    expect(await kept('given')).toMatchObject({ version: given.version + 1, computed_on: null });

    const next = await shown();
    expect(next.acts).toEqual({ given: 2, named: 2, withdrawn: 2, awaited: 2 });
    expect(await kept('given')).toMatchObject({ computed_on: next.on, usable: 1 });

    // The second victim consents: the three acts of the incident are counted.
    await consent('shared', client(5).clientId, dayFromNow(h, -1));
    expect((await shown()).acts).toEqual({ given: 2, named: 2, withdrawn: 2, awaited: 2, shared: 3 });
  });

  it('counts a consent from the day it is given and until the day it is withdrawn, without any write', async () => {
    const given = await kept('given');
    await daysPass(3);
    const dayThree = await shown();
    expect(dayThree.acts).toEqual({ given: 2, named: 2, future: 2, withdrawn: 2, awaited: 2, shared: 3 });
    // Only the incident whose day came was worked out again.
    expect(await kept('future')).toMatchObject({ computed_on: dayThree.on, valid_until: null, usable: 1 });
    expect(await kept('given')).toEqual(given);

    await daysPass(2);
    const dayFive = await shown();
    expect(dayFive.acts).toEqual({ given: 2, named: 2, future: 2, awaited: 2, shared: 3 });
    expect(await kept('withdrawn')).toMatchObject({ computed_on: dayFive.on, valid_until: null, usable: 0 });
  });

  it('never writes back a decision read before a change to the records', async () => {
    const on = dayFromNow(h, 0);
    const read = await kept('given');
    await incidentStandingChanged(h.store.db, incidents.given);
    await workOutIncidentStandings(h.store.db, [{ incidentId: incidents.given, version: read.version }], on);
    expect(await kept('given')).toMatchObject({ version: read.version + 1, computed_on: null });
    // A reading of an incident that had no row does not replace one written since.
    await workOutIncidentStandings(h.store.db, [{ incidentId: incidents.given, version: 0 }], on);
    expect((await kept('given')).computed_on).toBeNull();
    // The next dashboard works it out.
    expect((await shown()).acts).toMatchObject({ given: 2 });
    expect(await kept('given')).toMatchObject({ version: read.version + 1, computed_on: on, usable: 1 });
  });

  it('counts an incident whose kept row is missing (recorded beside the store) once worked out', async () => {
    const before = await shown();
    await h.store.db.deleteFrom('incident_advocacy_standing').where('incident_id', '=', incidents.given).execute();
    expect((await shown()).acts).toEqual(before.acts);
    expect(await kept('given')).toMatchObject({ computed_on: before.on, usable: 1 });
  });
});
