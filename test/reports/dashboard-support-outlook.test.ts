import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { dashboardResponse } from '../../src/api/routes/dashboard/schema.js';
import { daysBetween } from '../../src/domain/calendar.js';
import { supportOutlook } from '../../src/domain/support-forecast.js';
import { importRecords } from '../../src/services/exchange/import-records.js';
import type { Db } from '../../src/store/engine.js';
import { coverageBatches } from '../../src/store/support.js';
import { rebuildCoverage } from '../../src/store/support-coverage.js';
import { call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

type List = { keys: string[]; cells: { count: number | null; display: string }[] };

/** Fictional clients, one per way of being covered; nobody real is named. */
const GIVEN = [
  'Arman',
  'Behnaz',
  'Cyrus',
  'Donya',
  'Ehsan',
  'Faezeh',
  'Gilan',
  'Hooman',
  'Iraj',
  'Jaleh',
  'Kamran',
  'Laleh',
];

describe('the support outlook of the dashboard, from the covered stretches kept with the entitlements', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  const clients: { clientId: string; code: string }[] = [];

  const client = (i: number) => {
    const c = clients[i];
    if (!c) throw new Error(`no client ${i}`);
    return c;
  };
  const grant = async (i: number, payload: Record<string, unknown>) =>
    expectStatus<{ id: string }>(
      await call(h, lawyer, 'POST', `/api/people/${client(i).clientId}/support/entitlements`, {
        providerId: agency,
        kind: 'cash',
        currency: 'EUR',
        period: 'monthly',
        ...payload,
      }),
      201,
    ).id;
  const change = async (i: number, id: string, version: number, patch: Record<string, unknown>) => {
    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/people/${client(i).clientId}/support/entitlements/${id}`, {
        version,
        ...patch,
      }),
      200,
    );
  };
  let agency: string;

  /** The outlook counted client by client with the support forecast's own rule, as the supervisor sees them. */
  async function perClient(on: string) {
    const counts: Record<string, number> = {};
    const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    const scope = { userId: supervisor.id, teamIds: supervisor.actor.teamIds };
    for await (const batch of coverageBatches(h.store.db, scope, 3)) {
      for (const c of batch.clients) {
        const outlook = supportOutlook(batch.terms.get(c.personId) ?? [], on, 90);
        if (outlook.state === 'none') add('without_support');
        else if (outlook.state === 'covered') add('covered_beyond_90_days');
        else {
          const days = daysBetween(on, outlook.uncoveredFrom);
          add(days <= 30 ? 'within_30_days' : days <= 60 ? 'within_31_60_days' : 'within_61_90_days');
        }
      }
    }
    return counts;
  }

  /** The outlook the dashboard shows, nothing suppressed. */
  async function shown() {
    const d = expectStatus<z.infer<typeof dashboardResponse>>(
      await call(h, supervisor, 'GET', '/api/dashboard?period=month'),
      200,
    );
    const outlook = d.support.outlook as List;
    const counts = Object.fromEntries(outlook.keys.map((k, i) => [k, outlook.cells[i]?.count ?? null]));
    return { on: d.on, counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0)) };
  }

  const coverageRows = (db: Db) =>
    db.selectFrom('support_coverage').selectAll().orderBy('person_id').orderBy('starts_on').execute();

  beforeAll(async () => {
    h = await startHarness();
    // The lowest threshold: every bucket below holds none or at least two clients, so none is hidden.
    h.deps.disclosure.smallCellThreshold = 2;
    lawyer = await h.user('lawyer', { teams: ['Outlook practice'] });
    supervisor = await h.user('supervisor', { teams: ['Outlook practice'] });
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office (fictional)');
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Outlook practice')
      .executeTakeFirstOrThrow();
    for (const given of GIVEN) clients.push(await newCase(h, lawyer, given, 'Outlookzadeh', team.id));

    // 0 has nothing. 1 is covered without an end.
    await grant(1, { startsOn: dayFromNow(h, -100) });
    // 2 loses it in 10 days, though a training starts after a gap.
    await grant(2, { startsOn: dayFromNow(h, -100), endsOn: dayFromNow(h, 10) });
    await grant(2, { kind: 'training', startsOn: dayFromNow(h, 40) });
    // 3 was to lose it in 45 days, then had it extended past the horizon.
    const extended = await grant(3, { startsOn: dayFromNow(h, -30), endsOn: dayFromNow(h, 45) });
    await change(3, extended, 1, { endsOn: dayFromNow(h, 200) });
    // 4 and 11 lose it in 75 and 80 days; 5 is covered by two periods that touch.
    await grant(4, { startsOn: dayFromNow(h, -30), endsOn: dayFromNow(h, 75) });
    await grant(11, { startsOn: dayFromNow(h, -30), endsOn: dayFromNow(h, 80) });
    await grant(5, { startsOn: dayFromNow(h, -50), endsOn: dayFromNow(h, 20) });
    await grant(5, { kind: 'accommodation', startsOn: dayFromNow(h, 21), endsOn: dayFromNow(h, 150) });
    // 6 had it suspended; 7 had it ended today, so loses it tomorrow.
    const suspended = await grant(6, { startsOn: dayFromNow(h, -10) });
    await change(6, suspended, 1, { status: 'suspended' });
    const ended = await grant(7, { startsOn: dayFromNow(h, -60) });
    await change(7, ended, 1, { status: 'ended' });
    // 8 has a one-off payment today; 9 had its start moved to next week.
    await grant(8, { period: 'one_off', startsOn: dayFromNow(h, 0) });
    const moved = await grant(9, { startsOn: dayFromNow(h, -5), endsOn: dayFromNow(h, 100) });
    await change(9, moved, 1, { startsOn: dayFromNow(h, 7) });
    // 10 was imported from a file.
    const csv = `case_code,provider,kind,amount,currency,period,starts_on,basis\n${client(10).code},"Refugee agency, Tirana office (fictional)",accommodation,120.50,EUR,monthly,${dayFromNow(h, -20)},case by case\n`;
    const imported = await importRecords(h.deps, lawyer.actor, { kind: 'support', dryRun: false, source: () => [csv] });
    expect(imported).toMatchObject({ written: 1, problems: [] });
  });
  afterAll(() => h.close());

  it('counts each client as the forecast computed client by client does', async () => {
    const { on, counts } = await shown();
    expect(counts).toEqual(await perClient(on));
    expect(counts).toEqual({
      within_30_days: 3,
      within_61_90_days: 2,
      covered_beyond_90_days: 4,
      without_support: 3,
    });
  });

  it('keeps the stretches as a rebuild from the entitlements writes them', async () => {
    const kept = await coverageRows(h.store.db);
    expect(kept.length).toBeGreaterThan(0);
    await h.store.db.transaction().execute((tx) => rebuildCoverage(tx));
    expect(await coverageRows(h.store.db)).toEqual(kept);
    // Touching periods are one stretch; a suspended one covers nothing.
    const of = (i: number) => kept.filter((r) => r.person_id === client(i).clientId);
    expect(of(5)).toEqual([
      { person_id: client(5).clientId, starts_on: dayFromNow(h, -50), ends_on: dayFromNow(h, 150) },
    ]);
    expect(of(6)).toEqual([]);
    expect(of(1)).toEqual([{ person_id: client(1).clientId, starts_on: dayFromNow(h, -100), ends_on: null }]);
  });
});
