import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { assign, auditRows, call, dayFromNow, expectStatus, newCase, newOrganization, rowCounts } from './support.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
interface Route {
  method: Method;
  /** The path with the ids of real records. */
  url: string;
  /** The same path with unknown ids, for "refused exactly like missing". */
  missing: string;
  payload?: object;
}

const TABLES = [
  'engagements',
  'engagement_attendees',
  'minutes_items',
  'claim_topics',
  'claims',
  'claim_evidence',
  'referrals',
  'legal_actions',
  'hearings',
  'filings',
  'tasks',
];

describe('case work refused to anyone without access', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let auditor: TestUser;
  let admin: TestUser;
  let routes: Route[];

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Tirana team'] });
    caseworker = await h.user('caseworker');
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    auditor = await h.user('auditor');
    admin = await h.user('admin');
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    const court = await newOrganization(h, lawyer, 'court', 'District court of Tirana');
    const kase = await newCase(h, lawyer, 'Kaveh', 'Zarandi');
    await assign(h, lawyer, kase.id, caseworker);
    const teamId = lawyer.actor.teamIds[0]!;

    const e = expectStatus(
      await call(h, lawyer, 'POST', '/api/engagements', {
        organizationId: agency,
        requestedOn: dayFromNow(h, -12),
        channel: 'email',
        subject: 'Meeting request',
        caseIds: [kase.id],
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${e.id}/outcome`, {
        version: 1,
        status: 'held',
        on: dayFromNow(h, 0),
      }),
      200,
    );
    const minutes = expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${e.id}/minutes`, {
        items: [{ kind: 'commitment', speaker: { organizationId: agency }, text: 'We will call back.' }],
      }),
      201,
    );
    const itemId = minutes.minutes[0].id;
    const topic = expectStatus(
      await call(h, lawyer, 'POST', '/api/claim-topics', { title: 'Monthly payment', caseIds: [kase.id] }),
      201,
    );
    const referral = expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kase.id}/referrals`, {
        toOrganizationId: agency,
        sentOn: dayFromNow(h, 0),
        purpose: 'Integration training',
        consent: { givenOn: dayFromNow(h, 0), method: 'in_person' },
      }),
      201,
    );
    const action = expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kase.id}/legal-actions`, {
        forumOrganizationId: court,
        kind: 'civil_claim',
        title: 'Support claim',
        openedOn: dayFromNow(h, -1),
      }),
      201,
    );
    const hearing = expectStatus(
      await call(h, lawyer, 'POST', `/api/legal-actions/${action.id}/hearings`, {
        on: dayFromNow(h, 5),
        place: 'Room 4',
      }),
      201,
    );
    const filing = expectStatus(
      await call(h, lawyer, 'POST', `/api/legal-actions/${action.id}/filings`, {
        kind: 'appeal',
        deadlineOn: dayFromNow(h, 9),
      }),
      201,
    );
    const task = expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kase.id}/tasks`, {
        title: 'Call',
        kind: 'other',
        dueOn: dayFromNow(h, -1),
      }),
      201,
    );

    const x = () => crypto.randomUUID();
    const r = (method: Method, url: string, missing: string, payload?: object): Route => ({
      method,
      url,
      missing,
      ...(payload ? { payload } : {}),
    });
    const c = kase.id;
    const mc = x();
    routes = [
      r('GET', `/api/cases/${c}/engagements`, `/api/cases/${mc}/engagements`),
      r('POST', '/api/engagements', '/api/engagements', {
        organizationId: agency,
        requestedOn: dayFromNow(h, 0),
        channel: 'email',
        subject: 'x',
        caseIds: [c],
      }),
      r('GET', `/api/engagements/${e.id}`, `/api/engagements/${x()}`),
      r('POST', `/api/engagements/${e.id}/outcome`, `/api/engagements/${x()}/outcome`, {
        version: 2,
        status: 'held',
        on: dayFromNow(h, 0),
      }),
      r('POST', `/api/engagements/${e.id}/minutes`, `/api/engagements/${x()}/minutes`, {
        items: [{ kind: 'statement', speaker: { organizationId: agency }, text: 'x' }],
      }),
      r('PATCH', `/api/engagements/${e.id}/minutes/${itemId}`, `/api/engagements/${x()}/minutes/${x()}`, {
        version: 1,
        text: 'x',
      }),
      r('POST', '/api/claim-topics', '/api/claim-topics', { title: 'x', caseIds: [c] }),
      r('GET', `/api/claim-topics/${topic.id}`, `/api/claim-topics/${x()}`),
      r('POST', `/api/claim-topics/${topic.id}/claims`, `/api/claim-topics/${x()}/claims`, {
        assertedBy: { organizationId: agency },
        assertedOn: dayFromNow(h, 0),
        statement: 'x',
        source: { kind: 'minutes_item', id: itemId },
      }),
      r('PUT', `/api/claim-topics/${topic.id}/verification`, `/api/claim-topics/${x()}/verification`, {
        version: 1,
        status: 'unverified',
      }),
      r('GET', `/api/cases/${c}/claim-topics`, `/api/cases/${mc}/claim-topics`),
      r('GET', `/api/cases/${c}/contradictions`, `/api/cases/${mc}/contradictions`),
      r('GET', `/api/cases/${c}/referrals`, `/api/cases/${mc}/referrals`),
      r('POST', `/api/cases/${c}/referrals`, `/api/cases/${mc}/referrals`, {
        toOrganizationId: agency,
        sentOn: dayFromNow(h, 0),
        purpose: 'x',
        consent: { givenOn: dayFromNow(h, 0), method: 'phone' },
      }),
      r('POST', `/api/referrals/${referral.id}/status`, `/api/referrals/${x()}/status`, {
        version: 1,
        status: 'accepted',
        on: dayFromNow(h, 0),
      }),
      r('GET', `/api/cases/${c}/legal-actions`, `/api/cases/${mc}/legal-actions`),
      r('POST', `/api/cases/${c}/legal-actions`, `/api/cases/${mc}/legal-actions`, {
        forumOrganizationId: court,
        kind: 'other',
        title: 'x',
        openedOn: dayFromNow(h, 0),
      }),
      r('GET', `/api/legal-actions/${action.id}`, `/api/legal-actions/${x()}`),
      r('PATCH', `/api/legal-actions/${action.id}`, `/api/legal-actions/${x()}`, { version: 1, status: 'filed' }),
      r('POST', `/api/legal-actions/${action.id}/hearings`, `/api/legal-actions/${x()}/hearings`, {
        on: dayFromNow(h, 3),
        place: 'x',
      }),
      r(
        'PATCH',
        `/api/legal-actions/${action.id}/hearings/${hearing.id}`,
        `/api/legal-actions/${x()}/hearings/${x()}`,
        {
          version: 1,
          place: 'x',
        },
      ),
      r('POST', `/api/legal-actions/${action.id}/filings`, `/api/legal-actions/${x()}/filings`, { kind: 'x' }),
      r('PATCH', `/api/legal-actions/${action.id}/filings/${filing.id}`, `/api/legal-actions/${x()}/filings/${x()}`, {
        version: 1,
        filedOn: dayFromNow(h, 0),
      }),
      r('GET', `/api/cases/${c}/tasks`, `/api/cases/${mc}/tasks`),
      r('POST', `/api/cases/${c}/tasks`, `/api/cases/${mc}/tasks`, {
        title: 'x',
        kind: 'other',
        dueOn: dayFromNow(h, 1),
      }),
      r('PATCH', `/api/tasks/${task.id}`, `/api/tasks/${x()}`, { version: 1, title: 'x' }),
      // The views over what is due, and the team view, are refused by role (or team) instead.
      r('GET', '/api/tasks/due', '/api/tasks/due'),
      r('GET', '/api/tasks/reminders', '/api/tasks/reminders'),
      r('GET', `/api/teams/${teamId}/tasks/due`, `/api/teams/${x()}/tasks/due`),
    ];
  });
  afterAll(() => h.close());

  const ROLE_VIEWS = ['/api/tasks/due', '/api/tasks/reminders'];

  it('covers every case-work route of the OpenAPI document', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ours = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    // The meeting report of an engagement has its own access tests (test/reports).
    const casework = ours
      .filter((r) => !r.includes('/report'))
      .filter((r) =>
        /^\w+ \/api\/((engagements|claim-topics|referrals|legal-actions|tasks)\b|teams\/:id\/tasks|cases\/:id\/(engagements|claim-topics|contradictions|referrals|legal-actions|tasks)$)/.test(
          r,
        ),
      );
    const generic = (u: string) => u.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
    const tested = new Set(routes.map((r) => `${r.method} ${generic(r.url)}`));
    const normalized = casework.map((r) => r.replace(/:(itemId|hearingId|filingId)/, ':id'));
    expect(normalized.filter((r) => !tested.has(r))).toEqual([]);
    expect(casework.length).toBe(routes.length);
  });

  it('answers 404 to a lawyer, analyst, auditor or administrator not on the case, exactly as for a missing record', async () => {
    const before = await rowCounts(h, TABLES);
    for (const user of [outsider, analyst, auditor, admin]) {
      for (const route of routes) {
        if (ROLE_VIEWS.includes(route.url)) continue;
        if (route.url.includes('/api/teams/')) continue;
        const r = await call(h, user, route.method, route.url, route.payload);
        const m = await call(h, user, route.method, route.missing, route.payload);
        expect(r.statusCode, `${user.username} ${route.method} ${route.url} ${r.body}`).toBe(404);
        expect(r.body).toBe(m.body);
      }
    }
    expect(await rowCounts(h, TABLES)).toEqual(before);
    const refused = (await auditRows(h)).filter((a) => a.outcome === 'refused');
    expect(new Set(refused.map((a) => a.actor_id))).toEqual(new Set([outsider.id, analyst.id, auditor.id, admin.id]));
  });

  it('answers 403 to roles without the due views, and shows an outsider nothing of the case', async () => {
    for (const user of [analyst, auditor, admin]) {
      for (const url of ROLE_VIEWS)
        expect((await call(h, user, 'GET', url)).statusCode, `${user.username} ${url}`).toBe(403);
    }
    const teamRoute = routes.find((r) => r.url.includes('/api/teams/'))!;
    for (const user of [lawyer, outsider, analyst]) {
      expect((await call(h, user, 'GET', teamRoute.url)).statusCode).toBe(403);
    }
    const due = expectStatus(await call(h, outsider, 'GET', '/api/tasks/due'), 200);
    expect([due.overdue.count, due.dueSoon.count]).toEqual([0, 0]);
    expect(expectStatus(await call(h, lawyer, 'GET', '/api/tasks/due'), 200).overdue.count).toBe(1);
  });

  it('lets a caseworker on the case keep the meetings, minutes, referrals and tasks, but not the claims or legal actions', async () => {
    for (const route of routes.filter((r) => r.method === 'GET' && !r.url.includes('/api/teams/'))) {
      expect((await call(h, caseworker, 'GET', route.url)).statusCode, route.url).toBe(200);
    }
    const sharedWork = (r: Route) => /\/(engagements|referrals|tasks)\b/.test(r.url);
    const writes = routes.filter((r) => r.method !== 'GET');
    for (const route of writes.filter((r) => !sharedWork(r))) {
      expect((await call(h, caseworker, route.method, route.url, route.payload)).statusCode, route.url).toBe(404);
    }
    // The lawyer already recorded the meeting as held: the caseworker records the outcome of another request.
    const outcome = (r: Route) => r.url.endsWith('/outcome');
    for (const route of writes.filter((r) => sharedWork(r) && !outcome(r))) {
      const res = await call(h, caseworker, route.method, route.url, route.payload);
      expect([200, 201], `${route.url} ${res.body}`).toContain(res.statusCode);
    }
    const request = routes.find((r) => r.method === 'POST' && r.url === '/api/engagements')!;
    const e = expectStatus(await call(h, caseworker, 'POST', request.url, request.payload), 201);
    const held = { version: 1, status: 'held', on: dayFromNow(h, 0) };
    expectStatus(await call(h, caseworker, 'POST', `/api/engagements/${e.id}/outcome`, held), 200);
  });

  it('answers 401 without a session', async () => {
    for (const route of routes) {
      expect((await call(h, null, route.method, route.url, route.payload)).statusCode, route.url).toBe(401);
    }
  });
});
