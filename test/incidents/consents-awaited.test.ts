import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, openCase, T } from './support.js';

interface Awaited {
  items: { incidentId: string; title: string; cases: { id: string; code: string }[]; victims: { label: string }[] }[];
}

/** GET /api/reports/consents-awaited: incidents whose victims have no consent recorded for any use. */
describe('consents awaited on the incidents of my cases', () => {
  let h: Harness;
  let lawyer: TestUser;
  let otherLawyer: TestUser;
  let caseId: string;
  let clientId: string;

  const record = (title: string, ids: string[], victimId: string) =>
    call<{ id: string }>(h, lawyer, 'POST', '/api/incidents', {
      caseIds: ids,
      title,
      start: { value: '2024-02', precision: 'month' },
      description: 'Calls at night from a withheld number.',
      acts: [{ type: T.threatsAgainstVictim, victim: { personId: victimId } }],
    });
  const consent = (incidentId: string, purpose: string) =>
    call(h, lawyer, 'POST', `/api/incidents/${incidentId}/consents`, {
      purpose,
      givenBy: clientId,
      givenOn: '2024-03-01',
      method: 'oral',
    });

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    otherLawyer = await h.user('lawyer');
    ({ id: caseId, clientId } = await openCase(h, lawyer));
  });
  afterAll(() => h.close());

  it('lists an incident until its victim answers, and a withdrawn consent is an answer', async () => {
    const waiting = await record('Threatened by phone', [caseId], clientId);
    const answered = await record('Followed home', [caseId], clientId);
    await consent(answered.id, 'internal_only');

    let list = await call<Awaited>(h, lawyer, 'GET', '/api/reports/consents-awaited');
    expect(list.items.map((i) => i.title)).toEqual(['Threatened by phone']);
    expect(list.items[0]?.victims).toEqual([{ personId: clientId, label: 'K. N.' }]);
    expect(list.items[0]?.cases.map((c) => c.id)).toEqual([caseId]);

    const given = await consent(waiting.id, 'anonymous_advocacy');
    const consentId = (given as { consents: { id: string }[] }).consents[0]!.id;
    await call(
      h,
      lawyer,
      'POST',
      `/api/incidents/${waiting.id}/consents/${consentId}/withdraw`,
      {
        withdrawnOn: '2024-04-01',
      },
      200,
    );
    list = await call<Awaited>(h, lawyer, 'GET', '/api/reports/consents-awaited');
    expect(list.items).toEqual([]);
  });

  it('leaves out an incident that also belongs to a case the reader does not see', async () => {
    const other = await openCase(h, otherLawyer, [lawyer]);
    const shared = await record('Seen at the station', [caseId, other.id], clientId);
    await call(h, otherLawyer, 'DELETE', `/api/cases/${other.id}/assignments/${lawyer.id}`, undefined, 204);
    const mine = await call<Awaited>(h, lawyer, 'GET', '/api/reports/consents-awaited');
    expect(mine.items.map((i) => i.incidentId)).not.toContain(shared.id);
    const theirs = await call<Awaited>(h, otherLawyer, 'GET', '/api/reports/consents-awaited');
    expect(theirs.items.map((i) => i.incidentId)).not.toContain(shared.id);
  });

  it('refuses a user who keeps no cases, and a limit out of range names the field', async () => {
    const auditor = await h.user('auditor');
    await call(h, auditor, 'GET', '/api/reports/consents-awaited', undefined, 403);
    await call(h, null, 'GET', '/api/reports/consents-awaited', undefined, 401);
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/reports/consents-awaited?limit=0',
      headers: lawyer.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['querystring.limit']);
  });
});
