import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEING_HANDLED, CONSENT_GIVEN } from '../../src/domain/contact-request.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditRows, badFields, call, dayFromNow, expectStatus, rowCounts } from '../casework/support.js';
import { latinName, registerClient } from './support.js';

/** A JSON answer, read without naming its shape. */
type Body = ReturnType<typeof JSON.parse>;

describe('family contact requests, brokered only with the sought person’s consent', () => {
  let h: Harness;
  let caseworker: TestUser;
  let lawyer: TestUser;
  let otherTeam: TestUser;
  let analyst: TestUser;
  let teamId: string;
  let client: { id: string; clientId: string };
  let stranger: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Tirana desk'] });
    caseworker = await h.user('caseworker', { teams: ['Tirana desk'] });
    otherTeam = await h.user('lawyer', { teams: ['Shkoder desk'] });
    analyst = await h.user('analyst', { teams: ['Tirana desk'] });
    teamId = lawyer.actor.teamIds[0]!;
    // The client, registered in Latin script only; the caseworker works on the case.
    client = await registerClient(
      h,
      lawyer,
      { names: [latinName('Mohamad', 'Rezaie')], birthDate: '1984-03', nationality: 'IR' },
      teamId,
    );
    expectStatus(await call(h, lawyer, 'PUT', `/api/cases/${client.id}/assignments/${caseworker.id}`), 204);
    await registerClient(h, lawyer, { names: [latinName('Zahra', 'Rezaei')], birthDate: '1991' }, teamId);
    // A namesake in another team's case: the caseworker must never be shown them.
    stranger = await registerClient(
      h,
      otherTeam,
      { names: [latinName('Mohammad', 'Rezaei')], birthDate: '1984' },
      otherTeam.actor.teamIds[0],
    );
  });
  afterAll(() => h.close());

  const url = (id: string, step = '') => `/api/contact-requests/${id}${step}`;
  const newRequest = async (relationship: string, requesterName: string): Promise<Body> =>
    expectStatus(
      await call(h, caseworker, 'POST', '/api/contact-requests', {
        teamId,
        receivedOn: dayFromNow(h, -3),
        requester: { name: requesterName, relationship, country: 'DE', contact: '+44 7700 900123 (fictional)' },
        sought: { names: ['محمد رضایی'], birthYear: 1984, nationality: 'IR', details: 'Left home in 2003.' },
        message: 'We want to know that he is safe.',
      }),
      201,
    );
  const step = async (id: string, name: string, body: object): Promise<Body> =>
    expectStatus(await call(h, caseworker, 'POST', url(id, `/${name}`), body), 200);
  const requesterView = async (id: string): Promise<Body> =>
    expectStatus(await call(h, caseworker, 'GET', url(id, '/requester-view')), 200);
  /** Search, match the client found across scripts and consult them: the common path of both stories. */
  async function findAndConsult(id: string): Promise<Body> {
    const found = await step(id, 'search', {});
    expect(found.status).toBe('searching');
    expect(found.candidates[0]).toMatchObject({
      personId: client.clientId,
      level: 'likely',
      caseIds: [client.id],
      name: { searched: 'محمد رضایی', recorded: 'Mohamad Rezaie' },
    });
    const ids = found.candidates.map((c: { personId: string }) => c.personId);
    expect(ids).not.toContain(stranger.clientId);
    const matched = await step(id, 'match', {
      version: found.version,
      personId: client.clientId,
      on: dayFromNow(h, 0),
    });
    expect(matched).toMatchObject({ status: 'possible_match_found', soughtPerson: { id: client.clientId } });
    return step(id, 'consultation', { version: matched.version, on: dayFromNow(h, 0) });
  }

  it('tells the requester nothing but "being handled" when the client refuses', async () => {
    const request = await newRequest('mother', 'Parvin Karimi');
    expect(request).toMatchObject({ status: 'received', requester: { relationship: 'mother' } });
    const nothing = { requestId: request.id, message: BEING_HANDLED, shared: null };
    expect(await requesterView(request.id)).toEqual(nothing);

    const consulted = await findAndConsult(request.id);
    expect(await requesterView(request.id)).toEqual(nothing);
    const refused = await step(request.id, 'answer', {
      version: consulted.version,
      answer: 'refused',
      on: dayFromNow(h, 0),
      method: 'in_person',
    });
    expect(refused).toMatchObject({
      status: 'consent_refused',
      answer: { answer: 'refused', on: dayFromNow(h, 0), method: 'in_person', recordedBy: { id: caseworker.id } },
      shared: null,
    });
    const view = await call(h, caseworker, 'GET', url(request.id, '/requester-view'));
    expect(view.json()).toEqual(nothing);
    expect(view.body).not.toContain(client.clientId);
    await step(request.id, 'close', { version: refused.version, on: dayFromNow(h, 0) });
    expect(await requesterView(request.id)).toEqual(nothing);

    const raw = await h.store.db
      .selectFrom('contact_requests')
      .selectAll()
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    for (const column of [raw.requester, raw.sought, raw.message!]) {
      const bytes = Buffer.from(column).toString('utf8');
      expect(bytes).not.toContain('Parvin');
      expect(bytes).not.toContain('رضایی');
    }
    const steps = (await auditRows(h)).filter((a) => a.target_id === request.id).map((a) => [a.action, a.actor_id]);
    expect(steps).toEqual([
      ['contact-request.create', caseworker.id],
      ['contact-request.requester-view', caseworker.id],
      ['contact-request.search', caseworker.id],
      ['contact-request.possible_match_found', caseworker.id],
      ['contact-request.sought_person_consulted', caseworker.id],
      ['contact-request.requester-view', caseworker.id],
      ['contact-request.consent_refused', caseworker.id],
      ['contact-request.requester-view', caseworker.id],
      ['contact-request.closed', caseworker.id],
      ['contact-request.requester-view', caseworker.id],
    ]);
    const details = (await auditRows(h)).filter((a) => a.target_id === request.id).map((a) => a.details);
    expect(details.join(' ')).not.toMatch(/Parvin|رضایی|Rezaie/);
  });

  it('leads to contact when the client consents, sharing only what they agreed to', async () => {
    const request = await newRequest('brother', 'Reza Karimi');
    const consulted = await findAndConsult(request.id);
    expect((await requesterView(request.id)).message).toBe(BEING_HANDLED);
    const agreed = { wellbeing: true, message: 'I am well. I will write when I can.' };
    const given = await step(request.id, 'answer', {
      version: consulted.version,
      answer: 'given',
      on: dayFromNow(h, 0),
      method: 'through_interpreter',
      shared: agreed,
    });
    expect(given).toMatchObject({ status: 'consent_given', shared: agreed });
    expect(await requesterView(request.id)).toEqual({ requestId: request.id, message: CONSENT_GIVEN, shared: agreed });
    const made = await step(request.id, 'contact-made', { version: given.version, on: dayFromNow(h, 0) });
    expect(made).toMatchObject({ status: 'contact_made', contactMadeOn: dayFromNow(h, 0) });
    const view = await call(h, caseworker, 'GET', url(request.id, '/requester-view'));
    expect(view.json()).toEqual({ requestId: request.id, message: CONSENT_GIVEN, shared: agreed });
    // Nothing the client did not agree to: no place, no way to reach them, no record of theirs.
    expect(view.body).not.toMatch(/country|city|contact|Rezaie|1984/);
    expect(view.body).not.toContain(client.clientId);
    const entry = (await auditRows(h)).find(
      (a) => a.target_id === request.id && a.action === 'contact-request.consent_given',
    );
    expect(JSON.parse(entry!.details)).toMatchObject({ shared: ['wellbeing', 'message'] });
  });

  it('refuses another team, a role that handles no requests, and anyone without a session', async () => {
    const request = await newRequest('sister', 'Mina Karimi');
    const missing = crypto.randomUUID();
    for (const path of ['', '/requester-view']) {
      const theirs = await call(h, otherTeam, 'GET', url(request.id, path));
      const none = await call(h, otherTeam, 'GET', url(missing, path));
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(none.body);
    }
    expect((await call(h, otherTeam, 'POST', url(request.id, '/search'), {})).statusCode).toBe(404);
    expect((await call(h, analyst, 'GET', url(request.id))).statusCode).toBe(403);
    expect((await call(h, null, 'GET', url(request.id, '/requester-view'))).statusCode).toBe(401);
    const other = await call(h, otherTeam, 'POST', '/api/contact-requests', {
      teamId,
      receivedOn: dayFromNow(h, 0),
      requester: { name: 'Someone', relationship: 'cousin', country: 'IQ', contact: 'via a friend' },
      sought: { names: ['Mohammad Rezaei'] },
    });
    expect(other.statusCode).toBe(404);
    const refusals = (await auditRows(h)).filter((a) => a.outcome === 'refused' && a.target_id === request.id);
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses bad input, a stale version and a step out of order, and changes nothing', async () => {
    const request = await newRequest('father', 'Hamid Karimi');
    const before = await rowCounts(h, ['contact_requests']);
    expect(
      badFields(
        await call(h, caseworker, 'POST', '/api/contact-requests', {
          teamId,
          receivedOn: dayFromNow(h, 0),
          requester: { name: 'A', relationship: 'aunt', country: 'Germany' },
          sought: { names: [] },
        }),
      ).sort(),
    ).toEqual(['body.requester.contact', 'body.requester.country', 'body.sought.names']);
    expect(
      badFields(
        await call(h, caseworker, 'POST', '/api/contact-requests', {
          teamId,
          receivedOn: dayFromNow(h, 2),
          requester: { name: 'A', relationship: 'aunt', country: 'DE', contact: 'by post' },
          sought: { names: ['Ali Ahmadi'] },
        }),
      ),
    ).toEqual(['receivedOn']);
    expect(await rowCounts(h, ['contact_requests'])).toEqual(before);

    const outOfOrder = await call(h, caseworker, 'POST', url(request.id, '/contact-made'), {
      version: 1,
      on: dayFromNow(h, 0),
    });
    expect(badFields(outOfOrder)).toEqual(['status']);
    const searched = await step(request.id, 'search', {});
    const stale = await call(h, caseworker, 'POST', url(request.id, '/match'), {
      version: 1,
      personId: client.clientId,
      on: dayFromNow(h, 0),
    });
    expect(stale.statusCode).toBe(409);
    const hidden = await call(h, caseworker, 'POST', url(request.id, '/match'), {
      version: searched.version,
      personId: stranger.clientId,
      on: dayFromNow(h, 0),
    });
    expect(badFields(hidden)).toEqual(['personId']);
    const matched = await step(request.id, 'match', {
      version: searched.version,
      personId: client.clientId,
      on: dayFromNow(h, 0),
    });
    const consulted = await step(request.id, 'consultation', { version: matched.version, on: dayFromNow(h, 0) });
    const noShare = await call(h, caseworker, 'POST', url(request.id, '/answer'), {
      version: consulted.version,
      answer: 'given',
      on: dayFromNow(h, 0),
      method: 'phone',
    });
    expect(badFields(noShare)).toEqual(['shared']);
    const emptyShare = await call(h, caseworker, 'POST', url(request.id, '/answer'), {
      version: consulted.version,
      answer: 'given',
      on: dayFromNow(h, 0),
      method: 'phone',
      shared: {},
    });
    expect(badFields(emptyShare)).toEqual(['body.shared']);
    const extra = await call(h, caseworker, 'POST', url(request.id, '/answer'), {
      version: consulted.version,
      answer: 'given',
      on: dayFromNow(h, 0),
      method: 'phone',
      shared: { wellbeing: true, address: 'Rruga e Durresit 1' },
    });
    expect(badFields(extra)).toEqual(['body.shared']);
    const row = await h.store.db
      .selectFrom('contact_requests')
      .select(['status', 'version', 'shared'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sought_person_consulted', version: consulted.version, shared: null });
  });
});
