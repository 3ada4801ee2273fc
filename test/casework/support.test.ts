import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOrganization,
  rowCounts,
} from './support.js';

interface Entitlement {
  id: string;
  status: string;
  startsOn: string;
  endsOn: string | null;
  amount: { amountMinor: number; amount: string; currency: string; exponent: number } | null;
  version: number;
}

const LEDGER = ['support_entitlements', 'support_payments', 'audit_log'];

describe('the support ledger of a person', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let agency: string;
  let ngo: string;
  let kase: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    caseworker = await h.user('caseworker');
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    ngo = await newOrganization(h, lawyer, 'ngo', 'Partner NGO for social needs');
    kase = await newCase(h, lawyer, 'Behrouz', 'Azarpour');
    expectStatus(await call(h, lawyer, 'PUT', `/api/cases/${kase.id}/assignments/${caseworker.id}`), 204);
  });
  afterAll(() => h.close());

  const entitlements = (personId = kase.clientId) => `/api/people/${personId}/support/entitlements`;
  const payments = (entitlementId: string, personId = kase.clientId) =>
    `${entitlements(personId)}/${entitlementId}/payments`;

  async function grant(payload: object) {
    return expectStatus<Entitlement>(await call(h, lawyer, 'POST', entitlements(), payload), 201);
  }

  it('records entitlements and payments in exact minor units, auditing field names only', async () => {
    const cash = await grant({
      providerId: agency,
      kind: 'cash',
      amountMinor: 50_000,
      currency: 'EUR',
      period: 'monthly',
      startsOn: dayFromNow(h, -90),
      basis: 'case by case',
    });
    expect(cash).toMatchObject({
      status: 'active',
      amount: { amountMinor: 50_000, amount: '500.00', currency: 'EUR', exponent: 2 },
      version: 1,
    });
    const lek = await grant({
      providerId: ngo,
      kind: 'food',
      amountMinor: 1_250_050,
      currency: 'ALL',
      period: 'monthly',
      startsOn: dayFromNow(h, -60),
    });
    expect(lek.amount?.amount).toBe('12500.50');
    const inKind = await grant({
      providerId: ngo,
      kind: 'accommodation',
      currency: 'EUR',
      period: 'monthly',
      startsOn: dayFromNow(h, -30),
      endsOn: dayFromNow(h, 150),
      basis: 'six-month state reception',
    });
    expect(inKind.amount).toBeNull();

    for (const days of [-60, -30, -1]) {
      const p = await call(h, caseworker, 'POST', payments(cash.id), {
        paidOn: dayFromNow(h, days),
        amountMinor: 50_000,
        currency: 'EUR',
      });
      expect(expectStatus(p, 201).amount).toEqual({
        amountMinor: 50_000,
        amount: '500.00',
        currency: 'EUR',
        exponent: 2,
      });
    }
    expectStatus(
      await call(h, lawyer, 'POST', payments(lek.id), {
        paidOn: dayFromNow(h, -1),
        amountMinor: 1_250_050,
        currency: 'ALL',
      }),
      201,
    );
    const listed = expectStatus(await call(h, lawyer, 'GET', payments(cash.id)), 200);
    expect(listed.items.map((p: { paidOn: string }) => p.paidOn)).toEqual([
      dayFromNow(h, -1),
      dayFromNow(h, -30),
      dayFromNow(h, -60),
    ]);
    const corrected = expectStatus(
      await call(h, lawyer, 'PATCH', `${payments(cash.id)}/${listed.items[0].id}`, { version: 1, amountMinor: 45_000 }),
      200,
    );
    expect(corrected).toMatchObject({ version: 2, amount: { amount: '450.00' } });

    const support = expectStatus(await call(h, lawyer, 'GET', `/api/people/${kase.clientId}/support`), 200);
    expect(support.entitlements).toHaveLength(3);
    expect(support.outlook).toEqual({ state: 'covered', coveredUntil: null });
    const thisMonth = support.received.months.find((m: { month: string }) => m.month === dayFromNow(h, -1).slice(0, 7));
    expect(thisMonth.amounts.map((a: { currency: string }) => a.currency)).toEqual(['ALL', 'EUR']);

    const entries = (await auditRows(h)).filter((r) => r.action.startsWith('support.'));
    expect(entries.map((r) => r.action)).toEqual([
      'support.entitlement.create',
      'support.entitlement.create',
      'support.entitlement.create',
      'support.payment.create',
      'support.payment.create',
      'support.payment.create',
      'support.payment.create',
      'support.payment.update',
    ]);
    expect(entries.every((r) => r.case_id === kase.id)).toBe(true);
    expect(JSON.parse(entries.at(-1)!.details)).toEqual({
      personId: kase.clientId,
      entitlementId: cash.id,
      fields: ['amountMinor'],
    });
    expect(entries.map((r) => r.details).join()).not.toMatch(/50000|45000|case by case/);
  });

  it('suspends, resumes and ends an entitlement; an ended one takes no payment and stays ended', async () => {
    const e = await grant({
      providerId: agency,
      kind: 'cash',
      amountMinor: 10_000,
      currency: 'EUR',
      period: 'weekly',
      startsOn: dayFromNow(h, -20),
    });
    expectStatus(
      await call(h, lawyer, 'POST', payments(e.id), {
        paidOn: dayFromNow(h, -10),
        amountMinor: 10_000,
        currency: 'EUR',
      }),
      201,
    );
    const suspended = expectStatus<Entitlement>(
      await call(h, lawyer, 'PATCH', `${entitlements()}/${e.id}`, { version: 1, status: 'suspended' }),
      200,
    );
    expect(suspended).toMatchObject({ status: 'suspended', version: 2 });
    const ended = expectStatus<Entitlement>(
      await call(h, lawyer, 'PATCH', `${entitlements()}/${e.id}`, { version: 2, status: 'ended' }),
      200,
    );
    expect(ended).toMatchObject({ status: 'ended', endsOn: dayFromNow(h, 0), version: 3 });

    const before = await rowCounts(h, LEDGER);
    const late = await call(h, lawyer, 'POST', payments(e.id), {
      paidOn: dayFromNow(h, -1),
      amountMinor: 10_000,
      currency: 'EUR',
    });
    expect(badFields(late)).toEqual(['entitlementId']);
    expect(late.json().errors[0].message).toContain('ended');
    expect(
      badFields(await call(h, lawyer, 'PATCH', `${entitlements()}/${e.id}`, { version: 3, status: 'active' })),
    ).toEqual(['status']);
    expect(await rowCounts(h, LEDGER)).toEqual(before);
  });

  it('answers bad input with the field named and writes nothing', async () => {
    const e = await grant({
      providerId: agency,
      kind: 'cash',
      amountMinor: 20_000,
      currency: 'EUR',
      period: 'monthly',
      startsOn: dayFromNow(h, -40),
      endsOn: dayFromNow(h, 40),
    });
    expectStatus(
      await call(h, lawyer, 'POST', payments(e.id), {
        paidOn: dayFromNow(h, -35),
        amountMinor: 20_000,
        currency: 'EUR',
      }),
      201,
    );
    const valid = {
      providerId: agency,
      kind: 'cash',
      amountMinor: 100,
      currency: 'EUR',
      period: 'monthly',
      startsOn: '2025-01-01',
    };
    const pay = { paidOn: dayFromNow(h, -2), amountMinor: 100, currency: 'EUR' };
    const before = await rowCounts(h, LEDGER);
    const cases: [string, string, object, string][] = [
      ['POST', entitlements(), { ...valid, endsOn: '2024-12-31' }, 'body.endsOn'],
      ['POST', entitlements(), { ...valid, currency: 'EUX' }, 'body.currency'],
      ['POST', entitlements(), { ...valid, currency: 'eur' }, 'body.currency'],
      ['POST', entitlements(), { ...valid, currency: 'XAU' }, 'body.currency'],
      ['POST', entitlements(), { ...valid, amountMinor: -500 }, 'body.amountMinor'],
      ['POST', entitlements(), { ...valid, amountMinor: 0 }, 'body.amountMinor'],
      ['POST', entitlements(), { ...valid, amountMinor: 499.5 }, 'body.amountMinor'],
      ['POST', entitlements(), { ...valid, amountMinor: '500' }, 'body.amountMinor'],
      ['POST', entitlements(), { ...valid, period: 'fortnightly' }, 'body.period'],
      ['POST', entitlements(), { ...valid, providerId: crypto.randomUUID() }, 'providerId'],
      ['POST', entitlements(), { ...valid, status: 'ended', endsOn: dayFromNow(h, 10) }, 'endsOn'],
      ['PATCH', `${entitlements()}/${e.id}`, { version: 1, endsOn: dayFromNow(h, -41) }, 'endsOn'],
      ['PATCH', `${entitlements()}/${e.id}`, { version: 1, startsOn: dayFromNow(h, -30) }, 'startsOn'],
      ['PATCH', `${entitlements()}/${e.id}`, { version: 1, endsOn: dayFromNow(h, -36) }, 'endsOn'],
      ['PATCH', `${entitlements()}/${e.id}`, { version: 1, currency: 'ALL' }, 'body'],
      ['POST', payments(e.id), { ...pay, amountMinor: -100 }, 'body.amountMinor'],
      ['POST', payments(e.id), { ...pay, amountMinor: 0 }, 'body.amountMinor'],
      ['POST', payments(e.id), { ...pay, currency: 'ZZZ' }, 'body.currency'],
      ['POST', payments(e.id), { ...pay, currency: 'ALL' }, 'currency'],
      ['POST', payments(e.id), { ...pay, paidOn: dayFromNow(h, -41) }, 'paidOn'],
      ['POST', payments(e.id), { ...pay, paidOn: dayFromNow(h, 1) }, 'paidOn'],
      ['POST', payments(crypto.randomUUID()), pay, 'never'],
    ];
    for (const [method, path, payload, field] of cases) {
      const r = await call(h, lawyer, method as 'POST', path, payload);
      if (field === 'never') expect(r.statusCode).toBe(404);
      else expect(badFields(r), `${method} ${path} ${JSON.stringify(payload)}`).toContain(field);
    }
    expect(await rowCounts(h, LEDGER)).toEqual(before);
    const outside = await call(h, lawyer, 'POST', payments(e.id), { ...pay, paidOn: dayFromNow(h, -41) });
    expect(outside.json().errors[0].message).toContain(dayFromNow(h, -40));
  });

  it('refuses whoever may not act on the case, as if the person did not exist', async () => {
    const e = await grant({
      providerId: agency,
      kind: 'legal',
      currency: 'EUR',
      period: 'one_off',
      startsOn: dayFromNow(h, -3),
    });
    const p = expectStatus(
      await call(h, lawyer, 'POST', payments(e.id), { paidOn: dayFromNow(h, -3), amountMinor: 900, currency: 'EUR' }),
      201,
    );
    const routes = (personId: string, entitlementId: string, paymentId: string) => [
      { method: 'GET' as const, url: `/api/people/${personId}/support` },
      {
        method: 'POST' as const,
        url: entitlements(personId),
        payload: { providerId: agency, kind: 'cash', currency: 'EUR', period: 'monthly', startsOn: '2025-01-01' },
      },
      {
        method: 'PATCH' as const,
        url: `${entitlements(personId)}/${entitlementId}`,
        payload: { version: 1, status: 'ended' },
      },
      { method: 'GET' as const, url: payments(entitlementId, personId) },
      {
        method: 'POST' as const,
        url: payments(entitlementId, personId),
        payload: { paidOn: dayFromNow(h, -1), amountMinor: 1, currency: 'EUR' },
      },
      {
        method: 'PATCH' as const,
        url: `${payments(entitlementId, personId)}/${paymentId}`,
        payload: { version: 1, amountMinor: 1 },
      },
    ];
    const before = await rowCounts(h, ['support_entitlements', 'support_payments']);
    for (const user of [outsider, analyst]) {
      const missing = routes(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());
      for (const [i, req] of routes(kase.clientId, e.id, p.id).entries()) {
        const r = await call(h, user, req.method, req.url, req.payload);
        expect(r.statusCode, `${user.username} ${req.method} ${req.url}`).toBe(404);
        expect(r.body).toBe((await call(h, user, missing[i]!.method, missing[i]!.url, missing[i]!.payload)).body);
      }
    }
    for (const req of routes(kase.clientId, e.id, p.id)) {
      expect((await call(h, null, req.method, req.url, req.payload)).statusCode).toBe(401);
    }
    expect(await rowCounts(h, ['support_entitlements', 'support_payments'])).toEqual(before);
    const refusals = (await auditRows(h)).filter((r) => r.outcome === 'refused' && r.target_id === kase.clientId);
    expect(new Set(refusals.map((r) => r.actor_id))).toEqual(new Set([outsider.id, analyst.id]));
  });
});
