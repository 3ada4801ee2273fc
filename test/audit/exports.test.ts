import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../src/services/errors.js';
import { APPROVAL_VALID_MS } from '../../src/services/exports/approve-export.js';
import { executeExport } from '../../src/services/exports/execute-export.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

// Fictional clients only.
const clients = [
  { names: [{ script: 'latin', given: 'Shirin', family: 'Navabi', full: 'Shirin Navabi' }], nationality: 'IR' },
  { names: [{ script: 'latin', given: 'Kaveh', family: 'Farahani', full: 'Kaveh Farahani' }], nationality: 'IR' },
];

describe('bulk export of identities with a second approver', () => {
  let h: Harness;
  let lawyer: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let auditor: TestUser;
  let teamId: string;
  let caseIds: string[];

  const call = (method: 'GET' | 'POST', url: string, as?: TestUser, payload?: object) =>
    h.app.inject({ method, url, headers: as?.headers ?? {}, ...(payload ? { payload } : {}) });
  const request = (as: TestUser, scope: object, reason = 'filing with the asylum office') =>
    call('POST', '/api/exports', as, { scope, reason });
  const refusalsOf = (user: TestUser) =>
    h.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', user.id)
      .where('outcome', '=', 'refused')
      .execute()
      .then((rows) => rows.map((r) => r.action));

  beforeAll(async () => {
    h = await startHarness();
    // One after another: sign-ins from one address are throttled as a group.
    lawyer = await h.user('lawyer', { teams: ['Shkoder legal team'] });
    colleague = await h.user('lawyer', { teams: ['Shkoder legal team'] });
    supervisor = await h.user('supervisor', { teams: ['Shkoder legal team'] });
    otherSupervisor = await h.user('supervisor', { teams: ['Vlore legal team'] });
    auditor = await h.user('auditor');
    teamId = lawyer.actor.teamIds[0]!;
    caseIds = [];
    for (const identity of clients) {
      const r = await call('POST', '/api/cases', lawyer, { client: { identity }, teamId });
      expect(r.statusCode).toBe(201);
      caseIds.push(r.json().id);
    }
  });
  afterAll(() => h.close());

  it('runs only after another person approved it, only for its requester, and only once — all of it in the log', async () => {
    const asked = await request(lawyer, { kind: 'team', teamId });
    expect(asked.statusCode).toBe(201);
    const exportId = asked.json().id;
    expect(asked.json()).toMatchObject({ status: 'pending', scope: 'team', requestedBy: { id: lawyer.id } });
    expect([...asked.json().caseIds].sort()).toEqual([...caseIds].sort());

    // Nobody approves their own request, and nothing runs before approval.
    expect((await call('POST', `/api/exports/${exportId}/approve`, lawyer, {})).statusCode).toBe(403);
    expect((await call('POST', `/api/exports/${exportId}/execute`, lawyer)).statusCode).toBe(403);
    expect(await refusalsOf(lawyer)).toEqual(['export.approve.own', 'export.execute.unapproved']);
    // A colleague is not a supervisor; a supervisor of another team does not see the cases.
    expect((await call('POST', `/api/exports/${exportId}/approve`, colleague, {})).statusCode).toBe(404);
    expect((await call('POST', `/api/exports/${exportId}/approve`, otherSupervisor, {})).statusCode).toBe(404);
    expect((await call('GET', `/api/exports/${exportId}`, otherSupervisor)).statusCode).toBe(404);
    expect((await call('GET', '/api/exports', otherSupervisor)).json().items).toEqual([]);

    const waiting = (await call('GET', '/api/exports?status=pending', supervisor)).json().items;
    expect(waiting.map((e: { id: string }) => e.id)).toContain(exportId);
    const approved = await call('POST', `/api/exports/${exportId}/approve`, supervisor, {
      note: 'court deadline confirmed',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: { id: supervisor.id } });
    expect(Date.parse(approved.json().expiresAt) - Date.parse(approved.json().decidedAt)).toBe(APPROVAL_VALID_MS);
    expect((await call('POST', `/api/exports/${exportId}/approve`, supervisor, {})).statusCode).toBe(409);

    // Only the requester receives the identities.
    expect((await call('POST', `/api/exports/${exportId}/execute`, supervisor)).statusCode).toBe(404);
    const done = await call('POST', `/api/exports/${exportId}/execute`, lawyer);
    expect(done.statusCode).toBe(200);
    const names = done.json().items.map((i: { identity: { names: { full: string }[] } }) => i.identity.names[0]?.full);
    expect(names.sort()).toEqual(['Kaveh Farahani', 'Shirin Navabi']);
    expect(done.json().request).toMatchObject({ status: 'executed', itemCount: 2 });

    expect((await call('POST', `/api/exports/${exportId}/execute`, lawyer)).statusCode).toBe(403);
    expect(await refusalsOf(lawyer)).toContain('export.execute.again');

    const log = (await call('GET', `/api/audit/entries?targetType=export&targetId=${exportId}`, auditor)).json().items;
    const steps = log.map((e: { action: string; outcome: string; actor: { id: string } }) => [
      e.action,
      e.outcome,
      e.actor.id,
    ]);
    expect(steps).toEqual([
      ['export.execute.again', 'refused', lawyer.id],
      ['export.execute', 'ok', lawyer.id],
      ['export.execute', 'refused', supervisor.id],
      ['export.approve', 'ok', supervisor.id],
      ['export.read', 'refused', otherSupervisor.id],
      ['export.approve', 'refused', otherSupervisor.id],
      ['export.approve', 'refused', colleague.id],
      ['export.execute.unapproved', 'refused', lawyer.id],
      ['export.approve.own', 'refused', lawyer.id],
      ['export.request', 'ok', lawyer.id],
    ]);
    expect(log.find((e: { action: string }) => e.action === 'export.execute').details).toEqual({ count: 2 });

    // Each identity handed out shows on its case, with the reason, for the case's supervisor.
    const looks = (await call('GET', `/api/cases/${caseIds[0]}/audit?reveals=true`, supervisor)).json().items;
    expect(looks).toContainEqual(
      expect.objectContaining({
        action: 'person.identity.export',
        reason: 'filing with the asylum office',
        actor: expect.objectContaining({ id: lawyer.id }),
        throughThisCase: true,
      }),
    );
    expect(JSON.stringify(log)).not.toContain('Navabi');
  });

  it('never runs a refused request, and a late approval cannot be used', async () => {
    const refusedId = (await request(lawyer, { kind: 'cases', caseIds: [caseIds[0]] })).json().id;
    const refused = await call('POST', `/api/exports/${refusedId}/refuse`, supervisor, {
      note: 'no hearing scheduled',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', decisionNote: 'no hearing scheduled' });
    expect((await call('POST', `/api/exports/${refusedId}/execute`, lawyer)).statusCode).toBe(403);
    expect((await call('POST', `/api/exports/${refusedId}/approve`, supervisor, {})).statusCode).toBe(409);

    const lateId = (await request(lawyer, { kind: 'cases', caseIds })).json().id;
    expect((await call('POST', `/api/exports/${lateId}/approve`, supervisor, {})).statusCode).toBe(200);
    h.clock.advance(APPROVAL_VALID_MS + 60_000);
    try {
      await expect(executeExport(h.deps, lawyer.actor, lateId)).rejects.toThrow(ForbiddenError);
    } finally {
      h.clock.advance(-(APPROVAL_VALID_MS + 60_000));
    }
    expect(await refusalsOf(lawyer)).toContain('export.execute.expired');
  });

  it('takes only what the requester may reveal, and bad input changes nothing', async () => {
    const before = await h.store.db.selectFrom('export_requests').select('id').execute();

    // A supervisor may approve but not reveal, so may not ask; an outsider's case list is not found.
    expect((await request(supervisor, { kind: 'cases', caseIds })).statusCode).toBe(404);
    expect((await request(otherSupervisor, { kind: 'team', teamId })).json().errors[0].field).toBe('scope.teamId');
    expect((await request(lawyer, { kind: 'cases', caseIds: [crypto.randomUUID()] })).statusCode).toBe(404);

    const empty = await request(lawyer, { kind: 'cases', caseIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('body.scope.caseIds');
    const twice = await request(lawyer, { kind: 'cases', caseIds: [caseIds[0], caseIds[0]] });
    expect(twice.json().errors[0].field).toBe('body.scope.caseIds');
    expect((await request(lawyer, { kind: 'cases', caseIds }, 'x')).json().errors[0].field).toBe('body.reason');
    expect((await request(lawyer, { kind: 'everything' })).statusCode).toBe(400);
    expect(
      (await call('POST', '/api/exports', undefined, { scope: { kind: 'team', teamId }, reason: 'audit' })).statusCode,
    ).toBe(401);
    expect((await call('GET', '/api/exports')).statusCode).toBe(401);

    expect(await h.store.db.selectFrom('export_requests').select('id').execute()).toEqual(before);
  });
});
