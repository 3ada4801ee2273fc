import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { STATUS_BASES } from '../../src/domain/legal-status.js';
import { DOCUMENT_GROUPS } from '../../src/services/dashboard/client-totals.js';
import { openCasesInScope, type CaseScope } from '../../src/store/client-scope.js';
import { clientCounts } from '../../src/store/dashboard-clients.js';
import { paymentsByMonth, type TotalsScope } from '../../src/store/dashboard.js';
import { placeEveryClient } from '../../src/store/migrations/0011-scope-groups.js';
import { assign, call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

/** Fictional clients; nobody real is named. */
const TEAM_A = ['Arash', 'Bahar', 'Cyrus', 'Delaram'];
const TEAM_B = ['Ebrahim', 'Fereshteh', 'Golnar'];

describe('the clients a dashboard counts follow their open cases, their teams and who is assigned', () => {
  let h: Harness;
  let lawyer: TestUser;
  let visitor: TestUser;
  const scopes: Record<string, TotalsScope> = {};
  const cases = new Map<string, { id: string; clientId: string; version: number; entitlementId: string }>();
  let thisMonth: string;
  let teamA: string;
  let teamB: string;

  /** The clients counted and those paid this month, as the dashboard reads them and as the cases say. */
  async function counted(scope: TotalsScope) {
    const on = dayFromNow(h, 0);
    const counts = await clientCounts(h.store.db, scope, {
      on,
      bases: STATUS_BASES,
      documents: DOCUMENT_GROUPS,
      ends: [addDays(on, 30)],
    });
    const paid = await paymentsByMonth(h.store.db, scope, thisMonth, thisMonth);
    return { clients: counts.clients, paid: paid.reduce((n, r) => n + r.recipients, 0) };
  }
  async function truth(scope: TotalsScope) {
    const open =
      scope.kind === 'cases'
        ? openCasesInScope(h.store.db, scope.cases)
        : h.store.db.selectFrom('cases').where('cases.status', '<>', 'closed');
    const clients = new Set((await open.select('cases.client_id').execute()).map((r) => r.client_id));
    const receipts = await h.store.db
      .selectFrom('support_month_receipts')
      .select('person_id')
      .where('month', '=', thisMonth)
      .execute();
    return { clients: clients.size, paid: receipts.filter((r) => clients.has(r.person_id)).length };
  }
  /** Every scope counts what the cases say it should. */
  async function expectEveryScopeRight() {
    for (const [name, scope] of Object.entries(scopes)) {
      expect({ name, ...(await counted(scope)) }).toEqual({ name, ...(await truth(scope)) });
    }
  }
  const patchCase = async (given: string, patch: object) => {
    const c = cases.get(given);
    if (!c) throw new Error(`no case of ${given}`);
    const updated = expectStatus<{ version: number }>(
      await call(h, lawyer, 'PATCH', `/api/cases/${c.id}`, { version: c.version, ...patch }),
      200,
    );
    c.version = updated.version;
  };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Scope practice A', 'Scope practice B'] });
    visitor = await h.user('lawyer', { teams: [] });
    const supervisorA = await h.user('supervisor', { teams: ['Scope practice A'] });
    const supervisorB = await h.user('supervisor', { teams: ['Scope practice B'] });
    const teamId = async (name: string) =>
      (await h.store.db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    teamA = await teamId('Scope practice A');
    teamB = await teamId('Scope practice B');
    const scope = (cases: CaseScope): TotalsScope => ({ kind: 'cases', cases });
    scopes['supervisor of A'] = scope({ userId: supervisorA.id, teamIds: [teamA] });
    scopes['supervisor of B'] = scope({ userId: supervisorB.id, teamIds: [teamB] });
    scopes['both teams'] = scope({ userId: supervisorA.id, teamIds: [teamA, teamB] });
    scopes['the lawyer who opened them'] = scope({ userId: lawyer.id, teamIds: [] });
    scopes['a lawyer assigned to one'] = scope({ userId: visitor.id, teamIds: [] });
    scopes['the installation'] = { kind: 'installation' };
    thisMonth = dayFromNow(h, 0).slice(0, 7);

    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Vlorë office (fictional)');
    for (const [names, team] of [
      [TEAM_A, teamA],
      [TEAM_B, teamB],
    ] as const) {
      for (const given of names) {
        const c = await newCase(h, lawyer, given, 'Scopezadeh', team);
        const entitlement = expectStatus<{ id: string }>(
          await call(h, lawyer, 'POST', `/api/people/${c.clientId}/support/entitlements`, {
            providerId: agency,
            kind: 'cash',
            currency: 'EUR',
            period: 'monthly',
            startsOn: `${thisMonth}-01`,
          }),
          201,
        );
        cases.set(given, { ...c, version: 1, entitlementId: entitlement.id });
        expectStatus(
          await call(h, lawyer, 'POST', `/api/people/${c.clientId}/support/entitlements/${entitlement.id}/payments`, {
            paidOn: `${thisMonth}-01`,
            amountMinor: 10_000,
            currency: 'EUR',
          }),
          201,
        );
      }
    }
  });
  afterAll(() => h.close());

  it('counts the clients of each team, once each, with their payments', async () => {
    expect(await counted(scopes['supervisor of A'] as TotalsScope)).toEqual({ clients: 4, paid: 4 });
    expect(await counted(scopes['both teams'] as TotalsScope)).toEqual({ clients: 7, paid: 7 });
    expect(await counted(scopes['a lawyer assigned to one'] as TotalsScope)).toEqual({ clients: 0, paid: 0 });
    await expectEveryScopeRight();
  });

  it('follows a second case in another team, a case closed, reopened or moved, and assignments', async () => {
    const arash = cases.get('Arash');
    expectStatus(await call(h, lawyer, 'POST', '/api/cases', { clientId: arash?.clientId, teamId: teamB }), 201);
    expect((await counted(scopes['supervisor of B'] as TotalsScope)).clients).toBe(4);
    expect((await counted(scopes['both teams'] as TotalsScope)).clients).toBe(7);
    await expectEveryScopeRight();

    await patchCase('Bahar', { status: 'closed' });
    expect(await counted(scopes['supervisor of A'] as TotalsScope)).toEqual({ clients: 3, paid: 3 });
    await expectEveryScopeRight();
    await patchCase('Bahar', { status: 'open' });
    expect(await counted(scopes['supervisor of A'] as TotalsScope)).toEqual({ clients: 4, paid: 4 });

    await patchCase('Cyrus', { teamId: teamB });
    expect((await counted(scopes['supervisor of A'] as TotalsScope)).clients).toBe(3);
    expect((await counted(scopes['supervisor of B'] as TotalsScope)).clients).toBe(5);
    await expectEveryScopeRight();

    await patchCase('Delaram', { teamId: null });
    expect((await counted(scopes['both teams'] as TotalsScope)).clients).toBe(6);
    expect((await counted(scopes['the installation'] as TotalsScope)).clients).toBe(7);
    await expectEveryScopeRight();

    const golnar = cases.get('Golnar');
    await assign(h, lawyer, golnar?.id ?? '', visitor);
    expect(await counted(scopes['a lawyer assigned to one'] as TotalsScope)).toEqual({ clients: 1, paid: 1 });
    expectStatus(await call(h, lawyer, 'DELETE', `/api/cases/${golnar?.id}/assignments/${visitor.id}`), 204);
    expect(await counted(scopes['a lawyer assigned to one'] as TotalsScope)).toEqual({ clients: 0, paid: 0 });
    await expectEveryScopeRight();
  });

  it('keeps a payment made after a client moved with the group they moved to', async () => {
    const cyrus = cases.get('Cyrus');
    expectStatus(
      await call(
        h,
        lawyer,
        'POST',
        `/api/people/${cyrus?.clientId}/support/entitlements/${cyrus?.entitlementId}/payments`,
        { paidOn: `${thisMonth}-02`, amountMinor: 5_000, currency: 'EUR' },
      ),
      201,
    );
    const [row] = await paymentsByMonth(h.store.db, scopes['supervisor of B'] as TotalsScope, thisMonth, thisMonth);
    expect(row?.recipients).toBe(5);
    expect(row?.amountMinor).toBe(5 * 10_000 + 5_000);
    await expectEveryScopeRight();
  });
});

describe('placing the clients of an existing practice in their scope groups, as the upgrade does', () => {
  let h: Harness;
  afterAll(() => h.close());

  it('gives every client the group their open cases give them as they change', async () => {
    h = await startHarness();
    const lawyer = await h.user('lawyer', { teams: ['Upgrade practice'] });
    const other = await h.user('lawyer', { teams: [] });
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Upgrade practice')
      .executeTakeFirstOrThrow();
    const opened = [];
    for (const given of ['Hengameh', 'Iman', 'Jamshid'])
      opened.push(await newCase(h, lawyer, given, 'Upgradezadeh', team.id));
    await assign(h, lawyer, opened[1]?.id ?? '', other);
    expectStatus(await call(h, lawyer, 'PATCH', `/api/cases/${opened[2]?.id}`, { version: 1, status: 'closed' }), 200);
    const groups = () =>
      h.store.db.selectFrom('client_standing').select(['person_id', 'scope_group']).orderBy('person_id').execute();
    // The members of the groups in use (a group no client is in any more may stay behind, unread).
    const members = () =>
      h.store.db
        .selectFrom('scope_group_members')
        .selectAll()
        .where('group_id', 'in', (eb) =>
          eb.selectFrom('client_standing').select('scope_group').where('scope_group', 'is not', null).$castTo<string>(),
        )
        .orderBy('group_id')
        .orderBy('member_kind')
        .execute();
    const live = { groups: await groups(), members: await members() };
    expect(new Set(live.groups.map((g) => g.scope_group)).size).toBe(3);

    await h.store.db.updateTable('client_standing').set({ scope_group: null }).execute();
    await h.store.db.deleteFrom('scope_group_members').execute();
    await placeEveryClient(h.store.db as Kysely<unknown>);
    expect({ groups: await groups(), members: await members() }).toEqual(live);
  });
});
