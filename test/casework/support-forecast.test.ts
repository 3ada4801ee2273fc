import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportOutlook, type CoverageTerms } from '../../src/domain/support-forecast.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { badFields, call, dayFromNow, expectStatus, newCase, newOrganization } from './support.js';

const ON = '2025-06-15';
const terms = (startsOn: string, endsOn: string | null, extra: Partial<CoverageTerms> = {}): CoverageTerms => ({
  status: 'active',
  period: 'monthly',
  startsOn,
  endsOn,
  ...extra,
});

describe('the support outlook of one person', () => {
  it('is covered while the union of the periods reaches past the horizon', () => {
    expect(supportOutlook([terms('2025-01-01', null)], ON, 30)).toEqual({ state: 'covered', coveredUntil: null });
    // Periods that touch or overlap are one stretch of coverage.
    expect(
      supportOutlook(
        [terms('2025-06-01', '2025-06-30'), terms('2025-07-01', '2025-07-10'), terms('2025-07-05', '2025-08-31')],
        ON,
        30,
      ),
    ).toEqual({ state: 'covered', coveredUntil: '2025-08-31' });
  });

  it('is losing when all coverage ends within the horizon, even with a later entitlement after a gap', () => {
    expect(supportOutlook([terms('2025-01-01', '2025-07-14')], ON, 30)).toEqual({
      state: 'losing',
      coveredUntil: '2025-07-14',
      uncoveredFrom: '2025-07-15',
      resumesOn: null,
    });
    expect(supportOutlook([terms('2025-01-01', '2025-06-20'), terms('2025-08-01', null)], ON, 30)).toEqual({
      state: 'losing',
      coveredUntil: '2025-06-20',
      uncoveredFrom: '2025-06-21',
      resumesOn: '2025-08-01',
    });
    // The last covered day is the 30th day from today: support is lost on the 31st, past the horizon.
    expect(supportOutlook([terms('2025-01-01', '2025-07-15')], ON, 30).state).toBe('covered');
    // Covered today only: lost tomorrow.
    expect(supportOutlook([terms('2025-06-15', '2025-06-15')], ON, 1).state).toBe('losing');
  });

  it('has none when nothing covers today, saying since and until when', () => {
    expect(supportOutlook([], ON, 30)).toEqual({ state: 'none', lastCoveredOn: null, resumesOn: null });
    expect(
      supportOutlook([terms('2024-01-01', '2025-05-31', { status: 'ended' }), terms('2025-07-01', null)], ON, 30),
    ).toEqual({
      state: 'none',
      lastCoveredOn: '2025-05-31',
      resumesOn: '2025-07-01',
    });
    // Suspended support covers nothing; a one-off without an end covers its own day only.
    expect(supportOutlook([terms('2025-01-01', null, { status: 'suspended' })], ON, 30).state).toBe('none');
    expect(supportOutlook([terms('2025-06-14', null, { period: 'one_off' })], ON, 30)).toEqual({
      state: 'none',
      lastCoveredOn: '2025-06-14',
      resumesOn: null,
    });
    expect(supportOutlook([terms('2025-06-15', null, { period: 'one_off' })], ON, 30).state).toBe('losing');
  });
});

describe('the support forecast and receipts over the cases a user sees', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let colleague: TestUser;
  let analyst: TestUser;
  let agency: string;
  let state: string;
  const clients: Record<string, { id: string; clientId: string; code: string }> = {};

  async function grant(as: TestUser, personId: string, payload: Record<string, unknown>) {
    const r = await call(h, as, 'POST', `/api/people/${personId}/support/entitlements`, {
      providerId: agency,
      kind: 'cash',
      currency: 'EUR',
      period: 'monthly',
      ...payload,
    });
    return expectStatus<{ id: string }>(r, 201).id;
  }

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Forecast practice'] });
    supervisor = await h.user('supervisor', { teams: ['Forecast practice'] });
    colleague = await h.user('lawyer');
    analyst = await h.user('analyst');
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    state = await newOrganization(h, lawyer, 'government_office', 'State reception programme');
    const team = (
      await h.store.db
        .selectFrom('teams')
        .select('id')
        .where('name', '=', 'Forecast practice')
        .executeTakeFirstOrThrow()
    ).id;
    for (const [key, given, family, teamId] of [
      ['losing', 'Kaveh', 'Roshanfar', team],
      ['covered', 'Leila', 'Baranzadeh', team],
      ['ended', 'Farhad', 'Dashti', team],
      ['nothing', 'Mina', 'Pakian', team],
      ['ownOnly', 'Saeed', 'Mehrlou', undefined],
      ['closed', 'Zahra', 'Noorkia', team],
    ] as const) {
      clients[key] = await newCase(h, lawyer, given, family, teamId);
    }
    clients.colleagues = await newCase(h, colleague, 'Amir', 'Sadeghi');
    // A client with a second case is still one client in every report.
    expectStatus(
      await call(h, lawyer, 'POST', '/api/cases', { clientId: clients.covered!.clientId, teamId: team }),
      201,
    );

    const cash = await grant(lawyer, clients.losing!.clientId, {
      amountMinor: 50_000,
      startsOn: dayFromNow(h, -100),
      endsOn: dayFromNow(h, 10),
    });
    await grant(lawyer, clients.losing!.clientId, {
      kind: 'training',
      startsOn: dayFromNow(h, 40),
      basis: 'integration course',
    });
    await grant(lawyer, clients.covered!.clientId, {
      providerId: state,
      kind: 'accommodation',
      startsOn: dayFromNow(h, -200),
      basis: 'six-month state reception',
    });
    const ended = await grant(lawyer, clients.ended!.clientId, { amountMinor: 20_000, startsOn: dayFromNow(h, -60) });
    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/people/${clients.ended!.clientId}/support/entitlements/${ended}`, {
        version: 1,
        status: 'ended',
        endsOn: dayFromNow(h, -5),
      }),
      200,
    );
    await grant(lawyer, clients.ownOnly!.clientId, { startsOn: dayFromNow(h, -10), endsOn: dayFromNow(h, 5) });
    await grant(lawyer, clients.ownOnly!.clientId, {
      kind: 'food',
      startsOn: dayFromNow(h, 6),
      endsOn: dayFromNow(h, 60),
    });
    await grant(lawyer, clients.closed!.clientId, { startsOn: dayFromNow(h, -10), endsOn: dayFromNow(h, 3) });
    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/cases/${clients.closed!.id}`, { version: 1, status: 'closed' }),
      200,
    );
    await grant(colleague, clients.colleagues.clientId, { startsOn: dayFromNow(h, -10), endsOn: dayFromNow(h, 3) });

    for (const days of [-65, -35, -5]) {
      const r = await call(
        h,
        lawyer,
        'POST',
        `/api/people/${clients.losing!.clientId}/support/entitlements/${cash}/payments`,
        {
          paidOn: dayFromNow(h, days),
          amountMinor: 50_000,
          currency: 'EUR',
        },
      );
      expectStatus(r, 201);
    }
  });
  afterAll(() => h.close());

  const ids = (items: { personId: string }[]) => items.map((c) => c.personId);

  it('names who loses all support within the horizon and who has none, over the open cases the user sees', async () => {
    const mine = expectStatus(await call(h, lawyer, 'GET', '/api/reports/support-forecast?days=30'), 200);
    expect(mine).toMatchObject({ on: dayFromNow(h, 0), horizonDays: 30, clients: 5, covered: 2 });
    expect(mine.losing).toEqual([
      {
        personId: clients.losing!.clientId,
        label: 'K. R.',
        caseId: clients.losing!.id,
        caseCode: clients.losing!.code,
        coveredUntil: dayFromNow(h, 10),
        uncoveredFrom: dayFromNow(h, 11),
        resumesOn: dayFromNow(h, 40),
      },
    ]);
    expect(new Set(ids(mine.withoutSupport))).toEqual(new Set([clients.ended!.clientId, clients.nothing!.clientId]));
    const ended = mine.withoutSupport.find((c: { personId: string }) => c.personId === clients.ended!.clientId);
    expect(ended).toMatchObject({ lastCoveredOn: dayFromNow(h, -5), resumesOn: null });
    expect(mine).toMatchObject({ losingCount: 1, withoutSupportCount: 2 });
    // A long list comes a page at a time: the counts stay whole.
    const first = expectStatus(await call(h, lawyer, 'GET', '/api/reports/support-forecast?days=30&limit=1'), 200);
    expect(first).toMatchObject({ losingCount: 1, withoutSupportCount: 2 });
    expect(first.withoutSupport).toHaveLength(1);
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-forecast?limit=0'))).toContain(
      'querystring.limit',
    );

    // The supervisor sees the team's whole population, not the lawyer's own case outside it.
    const team = expectStatus(await call(h, supervisor, 'GET', '/api/reports/support-forecast'), 200);
    expect(team).toMatchObject({ clients: 4, covered: 1 });
    expect(ids(team.losing)).toEqual([clients.losing!.clientId]);

    const theirs = expectStatus(await call(h, colleague, 'GET', '/api/reports/support-forecast'), 200);
    expect(theirs).toMatchObject({ clients: 1, covered: 0 });
    expect(ids(theirs.losing)).toEqual([clients.colleagues!.clientId]);

    // A shorter horizon: the first loss is beyond it.
    const week = expectStatus(await call(h, lawyer, 'GET', '/api/reports/support-forecast?days=7'), 200);
    expect(week.losing).toEqual([]);
    const later = expectStatus(
      await call(h, lawyer, 'GET', `/api/reports/support-forecast?on=${dayFromNow(h, 20)}&days=45`),
      200,
    );
    expect(new Set(ids(later.withoutSupport))).toContain(clients.losing!.clientId);
    expect(ids(later.losing)).toEqual([clients.ownOnly!.clientId]);
  });

  it('shows what each client received per month and currency, a page at a time', async () => {
    const months = [-65, -35, -5].map((d) => dayFromNow(h, d).slice(0, 7));
    const pages = [];
    let after: string | null = null;
    do {
      const url: string = `/api/reports/support-received?limit=2${after ? `&after=${after}` : ''}`;
      const page = expectStatus(await call(h, lawyer, 'GET', url), 200);
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items);
      after = page.nextAfter;
    } while (after);
    expect(pages).toHaveLength(5);
    expect(new Set(ids(pages)).size).toBe(5);
    const losing = pages.find((c: { personId: string }) => c.personId === clients.losing!.clientId);
    expect(losing.months.map((m: { month: string }) => m.month)).toEqual([...new Set(months)]);
    const total = losing.months
      .flatMap((m: { amounts: { amountMinor: number }[] }) => m.amounts)
      .reduce((n: number, a: { amountMinor: number }) => n + a.amountMinor, 0);
    expect(total).toBe(150_000);
    expect(losing.months[0].amounts[0]).toMatchObject({ currency: 'EUR', amount: '500.00' });
    expect(pages.find((c: { personId: string }) => c.personId === clients.nothing!.clientId).months).toEqual([]);

    const narrow = expectStatus(
      await call(h, lawyer, 'GET', `/api/reports/support-received?from=${months[2]}&to=${months[2]}`),
      200,
    );
    const one = narrow.items.find((c: { personId: string }) => c.personId === clients.losing!.clientId);
    expect(one.months.map((m: { month: string }) => m.month)).toEqual([months[2]]);
  });

  it('refuses bad ranges and users without case access', async () => {
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-forecast?days=0'))).toContain(
      'querystring.days',
    );
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-forecast?on=tomorrow'))).toContain(
      'querystring.on',
    );
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-received?from=2025-06&to=2025-01'))).toEqual([
      'to',
    ]);
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-received?from=2020-01&to=2025-01'))).toEqual([
      'from',
    ]);
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/support-received?from=2025-13'))).toContain(
      'querystring.from',
    );
    for (const url of ['/api/reports/support-forecast', '/api/reports/support-received']) {
      expect((await call(h, analyst, 'GET', url)).statusCode).toBe(403);
      expect((await call(h, null, 'GET', url)).statusCode).toBe(401);
    }
  });
});
