import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  advanceDays,
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOrganization,
  rowCounts,
} from './support.js';

interface DueList {
  count: number;
  items: { id: string; title: string; dueOn: string; daysUntilDue: number; caseCode: string | null }[];
}

describe('tasks, deadlines and what is due', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let supervisor: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let teamId: string;
  let teamCase: { id: string; code: string };
  let ownCase: { id: string; code: string };
  let otherCase: { id: string; code: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Tirana team'] });
    caseworker = await h.user('caseworker', { teams: ['Tirana team'] });
    supervisor = await h.user('supervisor', { teams: ['Tirana team'] });
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    teamId = lawyer.actor.teamIds[0]!;
    teamCase = await newCase(h, lawyer, 'Kaveh', 'Zarandi', teamId);
    ownCase = await newCase(h, lawyer, 'Parviz', 'Molavi');
    otherCase = await newCase(h, outsider, 'Nasrin', 'Fallahi');
  });
  afterAll(() => h.close());

  async function task(as: TestUser, caseId: string, title: string, dueIn: number, extra: object = {}) {
    const r = await call(h, as, 'POST', `/api/cases/${caseId}/tasks`, {
      title,
      kind: 'other',
      dueOn: dayFromNow(h, dueIn),
      ...extra,
    });
    return expectStatus<{ id: string }>(r, 201);
  }

  const due = (as: TestUser, query = '') => call(h, as, 'GET', `/api/tasks/due${query}`);
  const titles = (list: DueList) => list.items.map((i) => i.title);

  it('creates tasks with reminders and refuses impossible ones, writing nothing', async () => {
    const t = await task(lawyer, teamCase.id, 'Renew the residence permit', 20, {
      kind: 'permit_expiry',
      reminder: { daysBefore: 7 },
    });
    expect(t).toMatchObject({
      kind: 'permit_expiry',
      status: 'open',
      assigneeId: lawyer.id,
      caseId: teamCase.id,
      caseCode: teamCase.code,
      clientLabel: 'K. Z.',
      remindOn: dayFromNow(h, 13),
      version: 1,
    });
    ids.permit = t.id;
    const before = await rowCounts(h, ['tasks']);
    const auditBefore = (await auditRows(h)).length;
    const post = (body: object) =>
      call(h, lawyer, 'POST', `/api/cases/${teamCase.id}/tasks`, {
        title: 'x',
        kind: 'other',
        dueOn: dayFromNow(h, 5),
        ...body,
      });
    expect(badFields(await post({ reminder: { on: dayFromNow(h, 6) } }))).toEqual(['reminder']);
    expect(badFields(await post({ assigneeId: outsider.id }))).toEqual(['assigneeId']);
    expect(badFields(await post({ assigneeId: analyst.id }))).toEqual(['assigneeId']);
    expect(badFields(await post({ kind: 'errand' }))).toEqual(['body.kind']);
    expect(badFields(await post({ dueOn: '2026-02-30' }))).toEqual(['body.dueOn']);
    expect(badFields(await post({ reminder: { on: dayFromNow(h, 1), daysBefore: 2 } }))).toEqual(['body.reminder']);
    expect(await rowCounts(h, ['tasks'])).toEqual(before);
    expect((await auditRows(h)).length).toBe(auditBefore);

    // The caseworker of the team may take it over and complete it; a done task cannot be cancelled.
    const patch = (as: TestUser, body: object) => call(h, as, 'PATCH', `/api/tasks/${t.id}`, body);
    expectStatus(await patch(lawyer, { version: 1, assigneeId: caseworker.id }), 200);
    const done = expectStatus(await patch(caseworker, { version: 2, status: 'done' }), 200);
    expect(done.completedAt).not.toBeNull();
    const cancel = await patch(caseworker, { version: 3, status: 'cancelled' });
    expect(badFields(cancel)).toEqual(['status']);
    expect(cancel.json().errors[0].message).toBe('a task cannot go from done to cancelled');
    expect(badFields(await patch(caseworker, { version: 3, dueOn: dayFromNow(h, 1) }))).toEqual(['dueOn']);
    const reopened = expectStatus(await patch(caseworker, { version: 3, status: 'open', reminder: null }), 200);
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, remindOn: null, version: 4 });
    expect((await patch(caseworker, { version: 3, title: 'stale' })).statusCode).toBe(409);
    expect((await patch(outsider, { version: 4, title: 'x' })).statusCode).toBe(404);
  });

  it('shows each user what is overdue and due soon, only on cases they may see', async () => {
    await task(lawyer, teamCase.id, 'Call the asylum office', -3);
    await task(lawyer, teamCase.id, 'Send the hearing file', 5);
    await task(lawyer, teamCase.id, 'Appeal deadline', 30);
    await task(lawyer, ownCase.id, 'Visit the client', -1);
    const finished = await task(lawyer, ownCase.id, 'Done already', -10);
    expectStatus(await call(h, lawyer, 'PATCH', `/api/tasks/${finished.id}`, { version: 1, status: 'done' }), 200);
    await task(outsider, otherCase.id, 'Not for the team', -2);

    const mine = expectStatus<{ today: string; overdue: DueList; dueSoon: DueList }>(await due(lawyer), 200);
    expect(mine.today).toBe(dayFromNow(h, 0));
    expect(titles(mine.overdue)).toEqual(['Call the asylum office', 'Visit the client']);
    expect(mine.overdue.items.map((i) => i.daysUntilDue)).toEqual([-3, -1]);
    expect(titles(mine.dueSoon)).toEqual(['Send the hearing file']);
    expect([mine.overdue.count, mine.dueSoon.count]).toEqual([2, 1]);
    expect(titles(expectStatus(await due(lawyer, '?days=40'), 200).dueSoon)).toEqual([
      'Send the hearing file',
      'Appeal deadline',
    ]);
    const limited = expectStatus(await due(lawyer, '?limit=1'), 200);
    expect([limited.overdue.count, limited.overdue.items.length]).toEqual([2, 1]);

    // The supervisor sees the team's work on the team's cases, not the lawyer's own case.
    const team = expectStatus(await call(h, supervisor, 'GET', `/api/teams/${teamId}/tasks/due`), 200);
    expect(titles(team.overdue)).toEqual(['Call the asylum office']);
    expect(titles(team.dueSoon)).toEqual(['Send the hearing file']);

    // Ten days later, what was due soon is overdue.
    await advanceDays(h, 10, [lawyer, supervisor]);
    const later = expectStatus(await due(lawyer), 200);
    expect(titles(later.overdue)).toEqual(['Call the asylum office', 'Visit the client', 'Send the hearing file']);
    expect(later.overdue.items.map((i: { daysUntilDue: number }) => i.daysUntilDue)).toEqual([-13, -11, -5]);
  });

  it('keeps follow-ups on an engagement out of the view of anyone who cannot see all its cases', async () => {
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    const e = expectStatus(
      await call(h, lawyer, 'POST', '/api/engagements', {
        organizationId: agency,
        requestedOn: dayFromNow(h, -30),
        channel: 'letter',
        subject: 'Support of two leavers',
        caseIds: [teamCase.id, ownCase.id],
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${e.id}/outcome`, {
        version: 1,
        status: 'held',
        on: dayFromNow(h, -20),
      }),
      200,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${e.id}/minutes`, {
        items: [{ kind: 'commitment', speaker: { organizationId: agency }, text: 'We will write to the ministry.' }],
      }),
      201,
    );
    const mine = expectStatus(await due(lawyer), 200);
    const followUp = mine.overdue.items.find((i: { title: string }) => i.title.startsWith('Follow up the commitment'));
    expect(followUp).toMatchObject({ daysUntilDue: -6, caseCode: null, engagementId: e.id });
    const team = expectStatus(await call(h, supervisor, 'GET', `/api/teams/${teamId}/tasks/due`), 200);
    expect(titles(team.overdue)).not.toContain(followUp.title);
    expect(
      (await call(h, supervisor, 'PATCH', `/api/tasks/${followUp.id}`, { version: 1, title: 'x' })).statusCode,
    ).toBe(404);
  });

  it('lists the reminders that have come', async () => {
    await task(lawyer, teamCase.id, 'Permit expires', 10, { kind: 'permit_expiry', reminder: { daysBefore: 14 } });
    await task(lawyer, teamCase.id, 'Not yet', 40, { reminder: { daysBefore: 14 } });
    const r = expectStatus(await call(h, lawyer, 'GET', '/api/tasks/reminders'), 200);
    expect(r.items.map((i: { title: string }) => i.title)).toEqual(['Permit expires']);
    expect(r.items[0].remindOn).toBe(dayFromNow(h, -4));
  });

  it('refuses the views to those without the role, and the team view to outsiders of the team', async () => {
    // The clock moved on in an earlier test: fresh sessions.
    await advanceDays(h, 0, [lawyer, outsider, analyst]);
    expect((await due(analyst)).statusCode).toBe(403);
    expect((await call(h, analyst, 'GET', '/api/tasks/reminders')).statusCode).toBe(403);
    expect((await call(h, lawyer, 'GET', `/api/teams/${teamId}/tasks/due`)).statusCode).toBe(403);
    const otherSupervisor = await h.user('supervisor', { teams: ['Durrës team'] });
    const foreign = await call(h, otherSupervisor, 'GET', `/api/teams/${teamId}/tasks/due`);
    const missing = await call(h, otherSupervisor, 'GET', `/api/teams/${crypto.randomUUID()}/tasks/due`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
    expect((await call(h, null, 'GET', '/api/tasks/due')).statusCode).toBe(401);
    expect((await due(lawyer, '?days=-1')).statusCode).toBe(400);
    expect((await call(h, outsider, 'GET', `/api/cases/${teamCase.id}/tasks`)).statusCode).toBe(404);
  });
});
