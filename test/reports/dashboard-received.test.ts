import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { dashboardResponse } from '../../src/api/routes/dashboard/schema.js';
import { monthsBack } from '../../src/domain/calendar.js';
import { call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

type Dashboard = z.infer<typeof dashboardResponse>;

/** Fictional clients, two in each situation so that no count is small enough to hide; nobody real is named. */
const OURS = ['Kaveh', 'Leila', 'Mahan', 'Nasrin', 'Omid', 'Parisa'];
const THEIRS = ['Roya', 'Sohrab'];

describe('support received per month on the dashboard, from the receipts kept with the payments', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let thisMonth: string;
  let lastMonth: string;

  beforeAll(async () => {
    h = await startHarness();
    h.deps.disclosure.smallCellThreshold = 2;
    lawyer = await h.user('lawyer', { teams: ['Receipts practice', 'Other practice'] });
    supervisor = await h.user('supervisor', { teams: ['Receipts practice'] });
    const teamId = async (name: string) =>
      (await h.store.db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const ours = await teamId('Receipts practice');
    const theirs = await teamId('Other practice');
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Shkodër office (fictional)');
    thisMonth = dayFromNow(h, 0).slice(0, 7);
    lastMonth = monthsBack(`${thisMonth}-01`, 2);

    const clients = async (given: string[], team: string) => {
      const ids: string[] = [];
      for (const g of given) ids.push((await newCase(h, lawyer, g, 'Receiptzadeh', team)).clientId);
      return ids;
    };
    const pay = async (personId: string, currency: string, payments: { paidOn: string; amountMinor: number }[]) => {
      const entitlement = expectStatus<{ id: string }>(
        await call(h, lawyer, 'POST', `/api/people/${personId}/support/entitlements`, {
          providerId: agency,
          kind: 'cash',
          currency,
          period: 'monthly',
          startsOn: `${monthsBack(`${thisMonth}-01`, 6)}-01`,
        }),
        201,
      );
      const path = `/api/people/${personId}/support/entitlements/${entitlement.id}/payments`;
      const made = [];
      for (const p of payments) {
        made.push(expectStatus<{ id: string }>(await call(h, lawyer, 'POST', path, { ...p, currency }), 201));
      }
      return { path, made };
    };

    const [a1, a2, b1, b2, c1, c2] = await clients(OURS, ours);
    // Two clients paid twice this month: each counted once, both amounts added.
    for (const id of [a1, a2] as string[]) {
      await pay(id, 'EUR', [
        { paidOn: `${thisMonth}-01`, amountMinor: 10_000 },
        { paidOn: `${thisMonth}-01`, amountMinor: 5_000 },
      ]);
    }
    // Two clients paid last month, whose payments are then corrected to this month and 70.00.
    for (const id of [b1, b2] as string[]) {
      const { path, made } = await pay(id, 'EUR', [{ paidOn: `${lastMonth}-15`, amountMinor: 10_000 }]);
      expectStatus(
        await call(h, lawyer, 'PATCH', `${path}/${made[0]?.id}`, {
          version: 1,
          paidOn: `${thisMonth}-01`,
          amountMinor: 7_000,
        }),
        200,
      );
    }
    // Two clients paid in lek last month.
    for (const id of [c1, c2] as string[]) {
      await pay(id, 'ALL', [{ paidOn: `${lastMonth}-10`, amountMinor: 1_000_000 }]);
    }
    // Clients of another team, not the supervisor's.
    for (const id of await clients(THEIRS, theirs)) {
      await pay(id, 'EUR', [{ paidOn: `${thisMonth}-01`, amountMinor: 99_900 }]);
    }
  });
  afterAll(() => h.close());

  it('counts each client paid in a month once, with what they received, by currency', async () => {
    const d = expectStatus<Dashboard>(await call(h, supervisor, 'GET', '/api/dashboard?period=month'), 200);
    const received = d.support.received;
    if (!received) throw new Error('the supervisor sees no receipts');
    expect(received.to).toBe(thisMonth);
    const byCurrency = Object.fromEntries(
      received.currencies.map((c) => {
        const months = c.recipients.keys;
        const shown = (month: string) => ({
          recipients: c.recipients.cells[months.indexOf(month)]?.count,
          amountMinor: c.amounts[months.indexOf(month)]?.amountMinor,
        });
        return [
          c.currency,
          { thisMonth: shown(thisMonth), lastMonth: shown(lastMonth), total: c.totalAmount?.amountMinor },
        ];
      }),
    );
    expect(byCurrency).toEqual({
      ALL: {
        thisMonth: { recipients: 0, amountMinor: 0 },
        lastMonth: { recipients: 2, amountMinor: 2_000_000 },
        total: 2_000_000,
      },
      EUR: {
        thisMonth: { recipients: 4, amountMinor: 44_000 },
        lastMonth: { recipients: 0, amountMinor: 0 },
        total: 44_000,
      },
    });
  });

  it('keeps the receipts as the payments add up per person, month and currency', async () => {
    const payments = await h.store.db.selectFrom('support_payments').selectAll().execute();
    const expected = new Map<string, number>();
    for (const p of payments) {
      const key = `${p.person_id} ${p.paid_on.slice(0, 7)} ${p.currency}`;
      expected.set(key, (expected.get(key) ?? 0) + p.amount_minor);
    }
    const kept = await h.store.db.selectFrom('support_month_receipts').selectAll().execute();
    expect(new Map(kept.map((r) => [`${r.person_id} ${r.month} ${r.currency}`, r.amount_minor]))).toEqual(expected);
    expect(kept).toHaveLength(expected.size);
  });
});
