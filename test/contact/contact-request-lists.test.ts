import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditRows, badFields, call, dayFromNow, expectStatus, rowCounts } from '../casework/support.js';
import { latinName, registerClient } from './support.js';

/** A JSON answer, read without naming its shape. */
type Body = ReturnType<typeof JSON.parse>;

describe('lists of family contact requests: the team’s waiting ones, and those matched to a case’s client', () => {
  let h: Harness;
  let caseworker: TestUser;
  let lawyer: TestUser;
  let otherTeam: TestUser;
  let analyst: TestUser;
  let teamId: string;
  let client: { id: string; clientId: string };
  let theirs: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Tirana desk'] });
    caseworker = await h.user('caseworker', { teams: ['Tirana desk'] });
    otherTeam = await h.user('lawyer', { teams: ['Shkoder desk'] });
    analyst = await h.user('analyst', { teams: ['Tirana desk'] });
    teamId = lawyer.actor.teamIds[0]!;
    client = await registerClient(h, lawyer, { names: [latinName('Arian', 'Kazemi')], birthDate: '1986' }, teamId);
    theirs = await registerClient(
      h,
      otherTeam,
      { names: [latinName('Soraya', 'Kazemi')], birthDate: '1990' },
      otherTeam.actor.teamIds[0],
    );
  });
  afterAll(() => h.close());

  const newRequest = async (as: TestUser, team: string, extra: object = {}): Promise<Body> =>
    expectStatus(
      await call(h, as, 'POST', '/api/contact-requests', {
        teamId: team,
        receivedOn: dayFromNow(h, -2),
        requester: { name: 'Golnar Kazemi', relationship: 'aunt', country: 'SE', contact: 'via a cousin (fictional)' },
        sought: { names: ['Arian Kazemi'] },
        ...extra,
      }),
      201,
    );
  const waiting = async (as: TestUser): Promise<Body> =>
    expectStatus(await call(h, as, 'GET', '/api/contact-requests'), 200);
  const ofCase = async (as: TestUser, caseId: string): Promise<Body> =>
    expectStatus(await call(h, as, 'GET', `/api/cases/${caseId}/contact-requests`), 200);

  it('lists the team’s requests not yet closed, showing the relationship but never the requester or the match', async () => {
    const open = await newRequest(caseworker, teamId);
    const matched = await newRequest(caseworker, teamId, { soughtPersonId: client.clientId });
    const closed = await newRequest(caseworker, teamId);
    await call(h, caseworker, 'POST', `/api/contact-requests/${closed.id}/close`, {
      version: closed.version,
      on: dayFromNow(h, 0),
    });
    const other = await newRequest(otherTeam, otherTeam.actor.teamIds[0]!);

    const r = await call(h, lawyer, 'GET', '/api/contact-requests');
    const list = expectStatus(r, 200);
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([open.id, matched.id]));
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(other.id);
    expect(list.items.find((i: { id: string }) => i.id === matched.id)).toEqual({
      id: matched.id,
      teamId,
      receivedOn: dayFromNow(h, -2),
      relationship: 'aunt',
      status: 'possible_match_found',
      statusOn: dayFromNow(h, -2),
    });
    expect(list.teams).toEqual([{ id: teamId, name: 'Tirana desk' }]);
    expect(r.body).not.toMatch(/Golnar|cousin|Arian/);
    expect(r.body).not.toContain(client.clientId);

    // Each request shown is a look at it, recorded without its contents.
    const looks = (await auditRows(h)).filter((a) => a.action === 'contact-request.list' && a.actor_id === lawyer.id);
    expect(looks.map((a) => a.target_id)).toEqual(expect.arrayContaining([open.id, matched.id]));
    expect(looks.map((a) => a.details).join(' ')).not.toMatch(/Golnar|aunt/);

    const limited = expectStatus(await call(h, lawyer, 'GET', '/api/contact-requests?limit=1'), 200);
    expect(limited.items).toHaveLength(1);
    expect(badFields(await call(h, lawyer, 'GET', '/api/contact-requests?limit=0'))).toEqual(['querystring.limit']);
  });

  it('shows on the case the requests of the user’s teams matched to its client, closed ones too', async () => {
    const matched = await newRequest(caseworker, teamId, { soughtPersonId: client.clientId });
    const later = await newRequest(caseworker, teamId);
    const searched = expectStatus(
      await call(h, caseworker, 'POST', `/api/contact-requests/${later.id}/search`, {}),
      200,
    );
    const laterMatched = expectStatus(
      await call(h, caseworker, 'POST', `/api/contact-requests/${later.id}/match`, {
        version: searched.version,
        personId: client.clientId,
        on: dayFromNow(h, 0),
      }),
      200,
    );
    await call(h, caseworker, 'POST', `/api/contact-requests/${later.id}/close`, {
      version: laterMatched.version,
      on: dayFromNow(h, 0),
    });
    const unmatched = await newRequest(caseworker, teamId);

    const list = await ofCase(lawyer, client.id);
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([matched.id, later.id]));
    expect(ids).not.toContain(unmatched.id);
    expect(list.items.find((i: { id: string }) => i.id === later.id).status).toBe('closed');
    const looks = (await auditRows(h)).filter(
      (a) => a.action === 'contact-request.list' && a.actor_id === lawyer.id && a.case_id === client.id,
    );
    expect(looks.map((a) => a.target_id)).toEqual(expect.arrayContaining([matched.id, later.id]));
  });

  it('matches a request recorded from the case at once, and refuses a person the user does not see', async () => {
    const before = await rowCounts(h, ['contact_requests']);
    const hidden = await call(h, caseworker, 'POST', '/api/contact-requests', {
      teamId,
      receivedOn: dayFromNow(h, 0),
      requester: { name: 'Someone', relationship: 'cousin', country: 'IQ', contact: 'by post' },
      sought: { names: ['Soraya Kazemi'] },
      soughtPersonId: theirs.clientId,
    });
    expect(badFields(hidden)).toEqual(['soughtPersonId']);
    expect(await rowCounts(h, ['contact_requests'])).toEqual(before);

    const matched = await newRequest(lawyer, teamId, { soughtPersonId: client.clientId });
    expect(matched).toMatchObject({ status: 'possible_match_found', soughtPerson: { id: client.clientId } });
    const steps = (await auditRows(h)).filter((a) => a.target_id === matched.id).map((a) => a.action);
    expect(steps).toEqual(['contact-request.create', 'contact-request.possible_match_found']);
  });

  it('refuses the lists to another team’s lawyer and to an analyst', async () => {
    await newRequest(caseworker, teamId, { soughtPersonId: client.clientId });
    const missing = crypto.randomUUID();
    const refused = await call(h, otherTeam, 'GET', `/api/cases/${client.id}/contact-requests`);
    const none = await call(h, otherTeam, 'GET', `/api/cases/${missing}/contact-requests`);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toBe(none.body);
    expect((await call(h, analyst, 'GET', `/api/cases/${client.id}/contact-requests`)).statusCode).toBe(404);
    expect((await call(h, analyst, 'GET', '/api/contact-requests')).statusCode).toBe(403);
    expect((await call(h, null, 'GET', '/api/contact-requests')).statusCode).toBe(401);

    // Another team's lawyer sees only their own team's requests, never these.
    const theirList = await waiting(otherTeam);
    expect(theirList.items.every((i: { teamId: string }) => i.teamId !== teamId)).toBe(true);
    expect(theirList.teams.map((t: { name: string }) => t.name)).toEqual(['Shkoder desk']);
    // Their own client's case lists nothing of this team's.
    expect((await ofCase(otherTeam, theirs.id)).items).toEqual([]);

    const refusals = (await auditRows(h)).filter(
      (a) => a.outcome === 'refused' && [otherTeam.id, analyst.id].includes(a.actor_id ?? ''),
    );
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });
});
