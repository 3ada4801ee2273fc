import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { fictionalClient } from './support.js';

interface Entry {
  seq: number;
  at: string;
  actor: { id: string; displayName: string | null; role: string | null } | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}
interface CaseEntry extends Entry {
  targetLabel: string | null;
  throughThisCase: boolean;
  reveal: boolean;
}

describe('reading the audit log', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let outsider: TestUser;
  let auditor: TestUser;
  let caseId: string;
  let clientId: string;

  const get = (url: string, as?: TestUser) => h.app.inject({ method: 'GET', url, headers: as?.headers ?? {} });
  const post = (url: string, as: TestUser, payload?: object) =>
    h.app.inject({ method: 'POST', url, headers: as.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    h = await startHarness();
    // One after another: sign-ins from one address are throttled as a group.
    lawyer = await h.user('lawyer', { teams: ['Tirana legal team'] });
    caseworker = await h.user('caseworker');
    supervisor = await h.user('supervisor', { teams: ['Tirana legal team'] });
    otherSupervisor = await h.user('supervisor', { teams: ['Durres legal team'] });
    outsider = await h.user('lawyer');
    auditor = await h.user('auditor');

    const teamId = lawyer.actor.teamIds[0];
    const kase = (await post('/api/cases', lawyer, { client: fictionalClient, teamId })).json();
    caseId = kase.id;
    clientId = kase.clientId;
    expect(
      (await post(`/api/people/${clientId}/identity/reveal`, lawyer, { reason: 'preparing the hearing' })).statusCode,
    ).toBe(200);
    // The same client on a second case, seen by a caseworker of that case only.
    const second = (await post('/api/cases', lawyer, { clientId })).json();
    expect(
      (
        await h.app.inject({
          method: 'PUT',
          url: `/api/cases/${second.id}/assignments/${caseworker.id}`,
          headers: lawyer.headers,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await post(`/api/people/${clientId}/identity/reveal`, caseworker, { reason: 'residence permit renewal' }))
        .statusCode,
    ).toBe(200);
    expect((await get(`/api/cases/${caseId}`, outsider)).statusCode).toBe(404);
  });
  afterAll(() => h.close());

  it('lets an auditor page through the entries with filters, and records every read', async () => {
    const all = await get('/api/audit/entries?limit=200', auditor);
    expect(all.statusCode).toBe(200);
    const items = all.json().items as Entry[];
    expect(items.map((e) => e.seq)).toEqual([...items.map((e) => e.seq)].sort((a, b) => b - a));
    // Entries only: no name, no note, no identity from the case.
    expect(all.body).not.toContain('Kamali');
    expect(all.body).not.toContain('کمالی');

    const reveals = (
      await get(`/api/audit/entries?action=person.identity.reveal&actorId=${lawyer.id}`, auditor)
    ).json();
    expect(reveals.items).toHaveLength(1);
    expect(reveals.items[0]).toMatchObject({
      action: 'person.identity.reveal',
      targetId: clientId,
      reason: 'preparing the hearing',
      actor: { id: lawyer.id, role: 'lawyer' },
    });
    const onCase = (await get(`/api/audit/entries?caseId=${caseId}&targetType=case`, auditor)).json().items as Entry[];
    expect(onCase.map((e) => e.action)).toContain('case.create');
    const refused = (await get(`/api/audit/entries?outcome=refused&targetId=${caseId}`, auditor)).json()
      .items as Entry[];
    expect(refused.map((e) => e.actor?.id)).toContain(outsider.id);

    const today = new Date(h.clock.now()).toISOString().slice(0, 10);
    expect((await get(`/api/audit/entries?from=${today}&to=${today}`, auditor)).json().items.length).toBeGreaterThan(0);
    expect((await get('/api/audit/entries?from=2020-01-01&to=2020-12-31', auditor)).json().items).toEqual([]);
    const backwards = await get('/api/audit/entries?from=2020-02-01&to=2020-01-01', auditor);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('to');
    expect((await get('/api/audit/entries?action=DROP%20TABLE', auditor)).statusCode).toBe(400);

    const page1 = (await get('/api/audit/entries?limit=3', auditor)).json();
    const page2 = (await get(`/api/audit/entries?limit=3&before=${page1.nextBefore}`, auditor)).json();
    expect(page2.items[0].seq).toBeLessThan(page1.items[2].seq);

    const reads = (await get(`/api/audit/entries?action=audit.entries.read&actorId=${auditor.id}`, auditor)).json();
    // Every read above, the invalid ones excepted (they changed nothing and read nothing).
    expect(reads.items.length).toBeGreaterThanOrEqual(8);
    expect(reads.items.map((e: Entry) => e.details)).toContainEqual(
      expect.objectContaining({ action: 'person.identity.reveal', actorId: lawyer.id }),
    );
  });

  it("shows the case's supervisor who did what on the case and who looked at its people, with reasons", async () => {
    const r = await get(`/api/cases/${caseId}/audit`, supervisor);
    expect(r.statusCode).toBe(200);
    const items = r.json().items as CaseEntry[];
    expect(items.find((e) => e.action === 'case.create')).toMatchObject({
      actor: { id: lawyer.id },
      throughThisCase: true,
    });
    expect(items.find((e) => e.outcome === 'refused')).toMatchObject({
      actor: { id: outsider.id },
      targetType: 'case',
    });
    const looks = items.filter((e) => e.reveal);
    expect(looks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: expect.objectContaining({ id: lawyer.id }),
          reason: 'preparing the hearing',
          targetLabel: 'D. K.',
          throughThisCase: true,
        }),
        expect.objectContaining({
          actor: expect.objectContaining({ id: caseworker.id }),
          reason: 'residence permit renewal',
          throughThisCase: false,
        }),
      ]),
    );
    expect(r.body).not.toContain('Kamali');

    const onlyReveals = (await get(`/api/cases/${caseId}/audit?reveals=true`, supervisor)).json().items as CaseEntry[];
    expect(onlyReveals.length).toBe(looks.length);
    expect(onlyReveals.every((e) => e.reveal)).toBe(true);

    const recorded = (await get(`/api/audit/entries?action=case.audit.read&caseId=${caseId}`, auditor)).json().items;
    expect(recorded).toHaveLength(2);
    expect(recorded[0].actor.id).toBe(supervisor.id);
  });

  it('refuses everyone else: 403 for roles that may not read the log, 404 for a case they may not audit, 401 without a session', async () => {
    for (const url of ['/api/audit/entries', '/api/audit/checkpoints']) {
      expect((await get(url, lawyer)).statusCode).toBe(403);
      expect((await get(url, supervisor)).statusCode).toBe(403);
      expect((await get(url)).statusCode).toBe(401);
    }
    expect((await post('/api/audit/checkpoints', lawyer)).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'POST', url: '/api/audit/checkpoints' })).statusCode).toBe(401);

    const other = await get(`/api/cases/${caseId}/audit`, otherSupervisor);
    const missing = await get(`/api/cases/${crypto.randomUUID()}/audit`, otherSupervisor);
    expect(other.statusCode).toBe(404);
    expect(other.body).toBe(missing.body);
    // The case's own lawyer works on it but does not audit it; an auditor sees no case.
    expect((await get(`/api/cases/${caseId}/audit`, lawyer)).statusCode).toBe(404);
    expect((await get(`/api/cases/${caseId}/audit`, auditor)).statusCode).toBe(404);
    expect((await get(`/api/cases/${caseId}/audit`)).statusCode).toBe(401);

    const refusals = await h.store.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('outcome', '=', 'refused')
      .where('actor_id', 'in', [lawyer.id, otherSupervisor.id])
      .execute();
    expect(refusals).toEqual(
      expect.arrayContaining([
        { actor_id: lawyer.id, action: 'audit:read' },
        { actor_id: otherSupervisor.id, action: 'case.audit:read' },
      ]),
    );
  });

  it('signs a checkpoint on demand for an auditor, lists it for export, and refuses to sign a changed log', async () => {
    const taken = await post('/api/audit/checkpoints', auditor);
    expect(taken.statusCode).toBe(201);
    const checkpoint = taken.json<{ treeSize: number; publicKey: string }>();
    expect(checkpoint.publicKey).toBe(h.deps.auditSigner.publicKey.toString('hex'));
    const listed = (await get('/api/audit/checkpoints', auditor)).json();
    expect(listed.items[0]).toEqual(checkpoint);

    const original = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', checkpoint.treeSize + 1)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set reason = 'edited' where seq = ${original.seq}`.execute(h.store.db);
    const refused = await post('/api/audit/checkpoints', auditor);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(`entry ${original.seq} was changed`);
    await h.store.db.updateTable('audit_log').set(original).where('seq', '=', original.seq).execute();
    expect((await post('/api/audit/checkpoints', auditor)).statusCode).toBe(201);
  });
});
