import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditCount, call, openCase, organization, T } from './support.js';

/** Bad input is answered 400 naming the field, and nothing is written. */
describe('bad input on incidents, consent, vocabularies and search', () => {
  let h: Harness;
  let lawyer: TestUser;
  let admin: TestUser;
  let caseId: string;
  let clientId: string;
  let police: string;
  let incident: { id: string; version: number; interventions: { id: string }[]; consents: { id: string }[] };

  const incidentBody = () => ({
    caseIds: [caseId],
    title: 'Threatened by phone',
    start: { value: '2024-02', precision: 'month' },
    description: 'Calls at night from a withheld number.',
    acts: [{ type: T.threatsAgainstVictim, victim: { personId: clientId }, rights: [T.rightPrivacy] }],
  });

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    admin = await h.user('admin');
    const kase = await openCase(h, lawyer);
    caseId = kase.id;
    clientId = kase.clientId;
    police = await organization(h, lawyer, 'police', 'Fictional Border Police');
    incident = await call(h, lawyer, 'POST', '/api/incidents', {
      ...incidentBody(),
      interventions: [
        { type: T.legalAid, by: { organizationId: police }, madeOn: '2024-03-01', status: T.actionPending },
      ],
    });
    incident = await call(h, lawyer, 'POST', `/api/incidents/${incident.id}/consents`, {
      purpose: 'internal_only',
      givenBy: clientId,
      givenOn: '2024-03-01',
      method: 'oral',
    });
    await call(
      h,
      lawyer,
      'POST',
      `/api/incidents/${incident.id}/consents/${incident.consents[0]!.id}/withdraw`,
      { withdrawnOn: '2024-04-01' },
      200,
    );
  });
  afterAll(() => h.close());

  async function rowCounts() {
    const count = async (table: 'incidents' | 'incident_acts' | 'incident_consents' | 'vocabulary_terms') =>
      Number(
        (
          await h.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      audit: await auditCount(h),
      incidents: await count('incidents'),
      acts: await count('incident_acts'),
      consents: await count('incident_consents'),
      terms: await count('vocabulary_terms'),
    };
  }

  it('names the field of every mistake and changes nothing', async () => {
    const i = `/api/incidents/${incident.id}`;
    const base = incidentBody();
    const act = base.acts[0]!;
    const cases: [string, string, object, string, number?][] = [
      ['POST', '/api/incidents', { ...base, caseIds: [] }, 'body.caseIds'],
      ['POST', '/api/incidents', { ...base, start: { value: '2024-02-30', precision: 'exact' } }, 'body.start.value'],
      ['POST', '/api/incidents', { ...base, start: { value: '2024', precision: 'month' } }, 'body.start.value'],
      ['POST', '/api/incidents', { ...base, end: { value: '2023', precision: 'year' } }, 'body.end'],
      ['POST', '/api/incidents', { ...base, description: '   ' }, 'body.description'],
      ['POST', '/api/incidents', { ...base, secret: true }, 'body'],
      ['POST', '/api/incidents', { ...base, acts: [{ ...act, type: T.rightPrivacy }] }, 'acts.0.type'],
      ['POST', '/api/incidents', { ...base, acts: [{ ...act, type: '12345678901234' }] }, 'acts.0.type'],
      ['POST', '/api/incidents', { ...base, acts: [{ ...act, type: 'threats' }] }, 'body.acts.0.type'],
      ['POST', '/api/incidents', { ...base, acts: [{ ...act, rights: [T.surveillance] }] }, 'acts.0.rights.0'],
      [
        'POST',
        '/api/incidents',
        { ...base, acts: [{ ...act, rights: [T.rightPrivacy, T.rightPrivacy] }] },
        'body.acts.0.rights',
      ],
      ['POST', '/api/incidents', { ...base, acts: [{ ...act, perpetratorType: T.threats }] }, 'acts.0.perpetratorType'],
      [
        'POST',
        '/api/incidents',
        { ...base, acts: [{ ...act, victim: { personId: clientId, organizationId: police } }] },
        'body.acts.0.victim',
      ],
      [
        'POST',
        '/api/incidents',
        { ...base, acts: [{ ...act, victim: { personId: crypto.randomUUID() } }] },
        'acts.0.victim.personId',
      ],
      [
        'POST',
        '/api/incidents',
        { ...base, acts: [{ ...act, perpetrator: { organizationId: crypto.randomUUID() } }] },
        'acts.0.perpetrator.organizationId',
      ],
      ['PATCH', i, { title: 'No version' }, 'body.version'],
      [
        'PATCH',
        i,
        {
          version: incident.version,
          start: { value: '2025-01', precision: 'month' },
          end: { value: '2024', precision: 'year' },
        },
        'body.end',
      ],
      ['POST', `${i}/acts`, { ...act, type: T.legalAid }, 'type'],
      ['POST', `${i}/involvements`, { party: { organizationId: police }, degree: T.threats }, 'degree'],
      [
        'POST',
        `${i}/involvements`,
        { party: { organizationId: police }, degree: T.directlyCarriedOut, actId: crypto.randomUUID() },
        'actId',
      ],
      [
        'POST',
        `${i}/sources`,
        { source: { personId: clientId }, connection: T.highlyReliable, receivedOn: '2024-03-01' },
        'connection',
      ],
      [
        'POST',
        `${i}/sources`,
        { source: { personId: clientId }, connection: T.victimHimself, receivedOn: '1 March' },
        'body.receivedOn',
      ],
      [
        'POST',
        `${i}/interventions`,
        { type: T.legalAid, by: { organizationId: police }, madeOn: '2024-03-02', status: T.legalAid },
        'status',
      ],
      ['PATCH', `${i}/interventions/${incident.interventions[0]!.id}`, { version: 1, status: T.threats }, 'status'],
      [
        'POST',
        `${i}/consents`,
        { purpose: 'everything', givenBy: clientId, givenOn: '2024-03-01', method: 'oral' },
        'body.purpose',
      ],
      [
        'POST',
        `${i}/consents`,
        {
          purpose: 'litigation',
          givenBy: clientId,
          givenOn: '2024-03-01',
          method: 'oral',
          sourceId: crypto.randomUUID(),
        },
        'sourceId',
      ],
      ['POST', `${i}/consents/${incident.consents[0]!.id}/withdraw`, { withdrawnOn: '2024-05-01' }, 'consentId'],
      ['POST', `${i}/place/reveal`, { reason: 'no' }, 'body.reason'],
      ['GET', `${i}/uses/publish`, {}, 'params.purpose'],
      ['GET', '/api/search', {}, 'querystring.q'],
      ['GET', '/api/search?q=%21%21%21', {}, 'q'],
      ['GET', '/api/search?q=threat&from=2024-05-01&to=2024-01-01', {}, 'querystring.to'],
      ['GET', '/api/search?term=threats', {}, 'querystring.term'],
      ['GET', '/api/search?q=threat&before=not-a-cursor', {}, 'before'],
      ['GET', '/api/vocabularies/types_of_acts?locale=de', {}, 'querystring.locale'],
    ];
    const before = await rowCounts();
    for (const [method, url, payload, field] of cases) {
      const r = await h.app.inject({
        method: method as 'POST',
        url,
        headers: lawyer.headers,
        ...(method === 'GET' ? {} : { payload }),
      });
      expect(r.statusCode, `${method} ${url} ${JSON.stringify(payload)}: ${r.body}`).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(
        r.json().errors.map((e: { field: string }) => e.field),
        `${method} ${url}`,
      ).toContain(field);
    }
    // Not even an audit entry: a search that runs is one, and none of these ran.
    expect(await rowCounts()).toEqual(before);
    const now = await call(h, lawyer, 'GET', i);
    expect(now.version).toBe(incident.version);
  });

  it('refuses a stale edit with 409 and changes nothing', async () => {
    const current = await call<{ version: number }>(h, lawyer, 'GET', `/api/incidents/${incident.id}`);
    const changed = await call<{ version: number }>(h, lawyer, 'PATCH', `/api/incidents/${incident.id}`, {
      version: current.version,
      title: 'Calls at night',
    });
    expect(changed.version).toBe(current.version + 1);
    const before = await rowCounts();
    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident.id}`,
      headers: lawyer.headers,
      payload: { version: current.version, title: 'Something else' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(current.version + 1);
    expect(await rowCounts()).toEqual(before);
    expect((await call(h, lawyer, 'GET', `/api/incidents/${incident.id}`)).title).toBe('Calls at night');
  });

  it('refuses local terms that do not fit, naming the field', async () => {
    const before = await rowCounts();
    const bad: [string, object, number, string | null][] = [
      [
        '/api/vocabularies/types_of_acts/terms',
        { parent: T.rightPrivacy, labels: { en: 'Wrong list' } },
        400,
        'parent',
      ],
      ['/api/vocabularies/types_of_acts/terms', { labels: { sq: 'Pa anglisht' } }, 400, 'body.labels.en'],
      ['/api/vocabularies/types_of_acts/terms', { parent: 'L04-1', labels: { en: 'x' } }, 400, 'body.parent'],
      ['/api/vocabularies/no_such_list/terms', { labels: { en: 'Anything' } }, 404, null],
    ];
    for (const [url, payload, status, field] of bad) {
      const r = await h.app.inject({ method: 'POST', url, headers: admin.headers, payload });
      expect(r.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(status);
      if (field) expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await rowCounts()).toEqual(before);
  });
});
