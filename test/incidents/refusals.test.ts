import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { brother, call, multipart, openCase, organization, photoWithGps, T } from './support.js';

interface Req {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
}

/**
 * Every route of incidents, consent and evidence, called by users who may not: another lawyer
 * and the roles that never see cases get "not found" — the same answer as for a record that does
 * not exist — and nobody gets anything without a session.
 */
describe('refusals on incidents, consent, evidence and search', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let caseId: string;
  let clientId: string;
  let police: string;
  let incident: { id: string; interventions: { id: string }[]; consents: { id: string }[] };
  let evidenceId: string;
  let photo: Buffer;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    supervisor = await h.user('supervisor');
    const kase = await openCase(h, lawyer, [supervisor]);
    caseId = kase.id;
    clientId = kase.clientId;
    police = await organization(h, lawyer, 'police', 'Fictional Border Police');
    const created = await call(h, lawyer, 'POST', '/api/incidents', {
      caseIds: [caseId],
      title: 'Threatened at the border crossing',
      start: { value: '2024-05-02', precision: 'exact' },
      place: 'The fictional crossing point 4',
      description: 'Officers threatened him and his family.',
      acts: [{ type: T.threatsAgainstFamily, victim: { personId: clientId }, perpetrator: { organizationId: police } }],
      interventions: [
        { type: T.legalAid, by: { organizationId: police }, madeOn: '2024-05-03', status: T.actionPending },
      ],
    });
    const consented = await call(h, lawyer, 'POST', `/api/incidents/${created.id}/consents`, {
      purpose: 'internal_only',
      givenBy: clientId,
      givenOn: '2024-05-04',
      method: 'oral',
    });
    incident = consented;
    photo = await photoWithGps();
    const body = multipart([{ name: 'file', value: photo, fileName: 'border.jpg', type: 'image/jpeg' }]);
    const up = await h.app.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/evidence`,
      headers: { ...lawyer.headers, ...body.headers },
      payload: body.payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    evidenceId = up.json().id;
  });
  afterAll(() => h.close());

  function uploadReq(url: string): Req {
    const body = multipart([{ name: 'file', value: photo, fileName: 'border.jpg', type: 'image/jpeg' }]);
    return { method: 'POST', url, payload: body.payload, headers: body.headers };
  }

  /** Each case-bound route, for the real records and for ids that exist nowhere. */
  function routes(ids: {
    caseId: string;
    incidentId: string;
    evidenceId: string;
    interventionId: string;
    consentId: string;
  }): Req[] {
    const i = `/api/incidents/${ids.incidentId}`;
    const e = `/api/evidence/${ids.evidenceId}`;
    return [
      {
        method: 'POST',
        url: '/api/incidents',
        payload: {
          caseIds: [ids.caseId],
          title: 'x',
          start: { value: '2024', precision: 'year' },
          description: 'x',
        },
      },
      { method: 'GET', url: `/api/cases/${ids.caseId}/incidents` },
      { method: 'GET', url: i },
      { method: 'PATCH', url: i, payload: { version: 1, title: 'Changed' } },
      { method: 'POST', url: `${i}/place/reveal`, payload: { reason: 'curious about it' } },
      { method: 'POST', url: `${i}/cases`, payload: { caseId: ids.caseId } },
      {
        method: 'POST',
        url: `${i}/acts`,
        payload: { type: T.surveillance, victim: { personId: clientId } },
      },
      {
        method: 'POST',
        url: `${i}/involvements`,
        payload: { party: { organizationId: police }, degree: T.directlyCarriedOut },
      },
      {
        method: 'POST',
        url: `${i}/sources`,
        payload: { source: { personId: clientId }, connection: T.victimHimself, receivedOn: '2024-05-05' },
      },
      {
        method: 'POST',
        url: `${i}/interventions`,
        payload: { type: T.legalAid, by: { organizationId: police }, madeOn: '2024-05-05', status: T.actionPending },
      },
      {
        method: 'PATCH',
        url: `${i}/interventions/${ids.interventionId}`,
        payload: { version: 1, status: T.someAction },
      },
      {
        method: 'POST',
        url: `${i}/consents`,
        payload: { purpose: 'litigation', givenBy: clientId, givenOn: '2024-05-05', method: 'written' },
      },
      { method: 'POST', url: `${i}/consents/${ids.consentId}/withdraw`, payload: { withdrawnOn: '2024-06-01' } },
      { method: 'GET', url: `${i}/uses/litigation` },
      uploadReq(`${i}/evidence`),
      uploadReq(`/api/cases/${ids.caseId}/evidence`),
      { method: 'GET', url: `${i}/evidence` },
      { method: 'GET', url: `/api/cases/${ids.caseId}/evidence` },
      { method: 'GET', url: e },
      { method: 'POST', url: `${e}/download`, payload: { reason: 'curious about it' } },
      { method: 'POST', url: `${e}/shareable-copy`, payload: { reason: 'curious about it' } },
      { method: 'POST', url: `${e}/verify` },
    ];
  }

  const real = () => ({
    caseId,
    incidentId: incident.id,
    evidenceId,
    interventionId: incident.interventions[0]!.id,
    consentId: incident.consents[0]!.id,
  });
  const nowhere = () => ({
    caseId: crypto.randomUUID(),
    incidentId: crypto.randomUUID(),
    evidenceId: crypto.randomUUID(),
    interventionId: crypto.randomUUID(),
    consentId: crypto.randomUUID(),
  });

  async function counts() {
    const n = async (table: 'incidents' | 'incident_acts' | 'evidence' | 'incident_consents' | 'custody_events') =>
      Number(
        (
          await h.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [
      await n('incidents'),
      await n('incident_acts'),
      await n('evidence'),
      await n('incident_consents'),
      await n('custody_events'),
    ];
  }

  it('answers another lawyer, an analyst, an auditor and an administrator as if nothing existed', async () => {
    const before = await counts();
    const outsider = await h.user('lawyer');
    const analyst = await h.user('analyst');
    const auditor = await h.user('auditor');
    const admin = await h.user('admin');
    for (const user of [outsider, analyst, auditor, admin]) {
      const mine = routes(real());
      const missing = routes(nowhere());
      for (const [i, req] of mine.entries()) {
        const r = await h.app.inject({ ...req, headers: { ...user.headers, ...req.headers } });
        const m = await h.app.inject({ ...missing[i]!, headers: { ...user.headers, ...missing[i]!.headers } });
        expect(r.statusCode, `${user.username} ${req.method} ${req.url}`).toBe(404);
        expect(r.body).toBe(m.body);
      }
    }
    expect(await counts()).toEqual(before);
    const refusals = await h.store.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_type'])
      .where('outcome', '=', 'refused')
      .where('target_id', 'in', [incident.id, evidenceId, caseId])
      .execute();
    expect(new Set(refusals.map((r) => r.actor_id))).toEqual(new Set([outsider.id, analyst.id, auditor.id, admin.id]));
  });

  it('answers 401 without a session, and writes nothing', async () => {
    const before = await counts();
    for (const req of [
      ...routes(real()),
      { method: 'GET' as const, url: '/api/search?q=threatened' },
      { method: 'GET' as const, url: '/api/vocabularies' },
      { method: 'GET' as const, url: '/api/vocabularies/types_of_acts' },
      { method: 'POST' as const, url: '/api/vocabularies/types_of_acts/terms', payload: { labels: { en: 'x' } } },
    ]) {
      const r = await h.app.inject(req);
      expect(r.statusCode, `${req.method} ${req.url}`).toBe(401);
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps to each role on the case: a supervisor reads, but no original, place or consent', async () => {
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/incidents/${incident.id}`, headers: supervisor.headers }))
        .statusCode,
    ).toBe(200);
    const refused: Req[] = [
      { method: 'POST', url: `/api/evidence/${evidenceId}/download`, payload: { reason: 'to look at it' } },
      { method: 'POST', url: `/api/incidents/${incident.id}/place/reveal`, payload: { reason: 'to look at it' } },
      {
        method: 'POST',
        url: `/api/incidents/${incident.id}/consents`,
        payload: { purpose: 'litigation', givenBy: clientId, givenOn: '2024-05-05', method: 'written' },
      },
    ];
    for (const req of refused) {
      const r = await h.app.inject({ ...req, headers: supervisor.headers });
      expect(r.statusCode, `${req.method} ${req.url}`).toBe(404);
    }
    const detail = await call(h, supervisor, 'GET', `/api/incidents/${incident.id}`);
    expect(detail.abilities).toEqual({
      record: true,
      'consent:record': false,
      'evidence:original': false,
      'place:reveal': false,
    });
  });

  it('refuses the roles that may not search or manage vocabularies with 403', async () => {
    const analyst = await h.user('analyst');
    const admin = await h.user('admin');
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/search?q=threatened', headers: analyst.headers })).statusCode,
    ).toBe(403);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/search?q=threatened', headers: admin.headers })).statusCode,
    ).toBe(403);
    const term = {
      method: 'POST' as const,
      url: '/api/vocabularies/types_of_acts/terms',
      payload: { labels: { en: 'Local' } },
    };
    for (const user of [lawyer, analyst, supervisor]) {
      const r = await h.app.inject({ ...term, headers: user.headers });
      expect(r.statusCode, user.username).toBe(403);
    }
    // Reading the vocabularies is open to every signed-in role.
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/vocabularies/reliability', headers: analyst.headers }))
        .statusCode,
    ).toBe(200);
  });

  it('shows an incident of two cases only to someone who sees both', async () => {
    const other = await h.user('lawyer');
    const second = await openCase(h, other);
    const relative = await call(h, other, 'POST', `/api/cases/${second.id}/people`, brother);
    const shared = await call(h, other, 'POST', '/api/incidents', {
      caseIds: [second.id],
      title: 'Threatened together at the crossing',
      start: { value: '2024-05', precision: 'month' },
      description: 'Both families were threatened at the crossing together.',
      acts: [{ type: T.threatsAgainstFamily, victim: { personId: relative.id } }],
    });
    // Linking it to a case the lawyer of the other case does not see is refused.
    const link = await h.app.inject({
      method: 'POST',
      url: `/api/incidents/${shared.id}/cases`,
      headers: other.headers,
      payload: { caseId },
    });
    expect(link.statusCode).toBe(404);
    await call(h, other, 'PUT', `/api/cases/${second.id}/assignments/${lawyer.id}`, undefined, 204);
    await call(h, lawyer, 'POST', `/api/incidents/${shared.id}/cases`, { caseId }, 200);
    await call(h, other, 'DELETE', `/api/cases/${second.id}/assignments/${lawyer.id}`, undefined, 204);

    // Now it speaks of both clients: the other lawyer, who does not see the first case, loses it.
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/incidents/${shared.id}`, headers: other.headers })).statusCode,
    ).toBe(404);
    const theirs = await call(h, other, 'GET', `/api/cases/${second.id}/incidents`);
    expect(theirs.items).toEqual([]);
    const found = await call(h, other, 'GET', `/api/search?q=${encodeURIComponent('crossing together')}`);
    expect(found.items).toEqual([]);
    const mine = await call(h, lawyer, 'GET', `/api/search?q=${encodeURIComponent('crossing together')}`);
    expect(mine.items).toEqual([]);
  });
});
