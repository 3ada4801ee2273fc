import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, dayFromNow, expectStatus, newCase, newOrganization } from './support.js';

describe('the case page in one read', () => {
  let h: Harness;
  let lawyer: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let kase: { id: string; clientId: string; code: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    kase = await newCase(h, lawyer, 'Hossein', 'Karimian');
  });
  afterAll(() => h.close());

  const overview = (as: TestUser | null, caseId = kase.id) => call(h, as, 'GET', `/api/cases/${caseId}/overview`);

  it('shows an empty situation for a new client', async () => {
    const page = expectStatus(await overview(lawyer), 200);
    expect(page).toEqual({
      on: dayFromNow(h, 0),
      case: { id: kase.id, code: kase.code, status: 'intake', version: 1 },
      client: { id: kase.clientId, label: 'H. K.' },
      legalStatus: { current: null, lapsed: false },
      documents: { items: [], hasValidWorkPermit: false, hasValidTravelDocument: false },
      support: { horizonDays: 30, outlook: { state: 'none', lastCoveredOn: null, resumesOn: null }, active: [] },
      tasks: { open: 0, overdue: 0, items: [] },
    });
  });

  it('gathers the current status, documents without numbers, and the support in force with its end', async () => {
    const ministry = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    const person = `/api/people/${kase.clientId}`;
    expectStatus(
      await call(h, lawyer, 'POST', `${person}/legal-status`, {
        basis: 'humanitarian_stay',
        authorityId: ministry,
        effectiveFrom: dayFromNow(h, -400),
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `${person}/documents`, {
        kind: 'passport',
        state: 'withheld_by_organization',
        number: 'K55001234',
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `${person}/documents`, {
        kind: 'travel_document',
        state: 'held',
        issuerOrganizationId: ministry,
        expiresOn: dayFromNow(h, 300),
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `${person}/support/entitlements`, {
        providerId: agency,
        kind: 'accommodation',
        currency: 'EUR',
        period: 'monthly',
        startsOn: dayFromNow(h, -20),
        endsOn: dayFromNow(h, 12),
        basis: 'case by case',
      }),
      201,
    );

    const r = await overview(lawyer);
    const page = expectStatus(r, 200);
    expect(r.body).not.toContain('K55001234');
    expect(page.legalStatus.current).toMatchObject({
      basis: 'humanitarian_stay',
      authorityName: 'Ministry of the Interior',
    });
    expect(
      page.documents.items.map((d: { kind: string; numberRecorded: boolean }) => [d.kind, d.numberRecorded]),
    ).toEqual([
      ['passport', true],
      ['travel_document', false],
    ]);
    expect(page.documents).toMatchObject({ hasValidWorkPermit: false, hasValidTravelDocument: true });
    expect(page.support.active).toHaveLength(1);
    expect(page.support.outlook).toEqual({
      state: 'losing',
      coveredUntil: dayFromNow(h, 12),
      uncoveredFrom: dayFromNow(h, 13),
      resumesOn: null,
    });
  });

  it('lists the open tasks, soonest first, with how many are open and overdue', async () => {
    const task = async (title: string, dueIn: number) =>
      expectStatus<{ id: string; version: number }>(
        await call(h, lawyer, 'POST', `/api/cases/${kase.id}/tasks`, {
          title,
          kind: 'follow_up',
          dueOn: dayFromNow(h, dueIn),
        }),
        201,
      );
    await task('Ask the ministry about the permit', 5);
    await task('Send the signed referral', -3);
    const done = await task('Call the shelter', -10);
    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/tasks/${done.id}`, { version: done.version, status: 'done' }),
      200,
    );

    const page = expectStatus(await overview(lawyer), 200);
    expect(page.tasks.open).toBe(2);
    expect(page.tasks.overdue).toBe(1);
    expect(page.tasks.items.map((t: { title: string }) => t.title)).toEqual([
      'Send the signed referral',
      'Ask the ministry about the permit',
    ]);
  });

  it('refuses whoever may not read the case, as if it did not exist', async () => {
    for (const user of [outsider, analyst]) {
      const r = await overview(user);
      expect(r.statusCode).toBe(404);
      expect(r.body).toBe((await overview(user, crypto.randomUUID())).body);
    }
    expect((await overview(null)).statusCode).toBe(401);
  });
});
