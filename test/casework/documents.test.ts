import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/api/problem.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOrganization,
  rowCounts,
} from './support.js';

interface DocumentSummary {
  id: string;
  kind: string;
  state: string;
  numberRecorded: boolean;
  issuerOrganizationName: string | null;
  issuerText: string | null;
  expiresOn: string | null;
  validOn: boolean;
  notes: string | null;
  version: number;
}

const PASSPORT_NUMBER = 'X90417723';

describe('documents and permits of a person', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let supervisor: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let ministry: string;
  let kase: { id: string; clientId: string; code: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    caseworker = await h.user('caseworker');
    supervisor = await h.user('supervisor');
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    ministry = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    kase = await newCase(h, lawyer, 'Parviz', 'Molavi');
    for (const u of [caseworker, supervisor]) {
      expectStatus(await call(h, lawyer, 'PUT', `/api/cases/${kase.id}/assignments/${u.id}`), 204);
    }
  });
  afterAll(() => h.close());

  const docs = (personId = kase.clientId) => `/api/people/${personId}/documents`;

  async function record(payload: object, personId = kase.clientId) {
    return expectStatus<DocumentSummary>(await call(h, lawyer, 'POST', docs(personId), payload), 201);
  }

  it('records a passport with its number encrypted, hides the number and reveals it on an audited request', async () => {
    const passport = await record({
      kind: 'passport',
      state: 'withheld_by_organization',
      number: PASSPORT_NUMBER,
      issuerText: 'Passport office of the country of origin',
      issuedOn: '2014-03-02',
      expiresOn: '2024-03-01',
      notes: 'Taken by the organization at arrival; never returned.',
    });
    expect(passport).toMatchObject({
      numberRecorded: true,
      validOn: false,
      issuerText: 'Passport office of the country of origin',
    });
    const list = await call(h, caseworker, 'GET', docs());
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(PASSPORT_NUMBER);
    expect(list.json().items[0].notes).toBe('Taken by the organization at arrival; never returned.');

    const raw = await h.store.db
      .selectFrom('person_documents')
      .select(['number', 'notes'])
      .where('id', '=', passport.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.number!).toString('latin1')).not.toContain(PASSPORT_NUMBER);
    expect(Buffer.from(raw.notes!).toString('latin1')).not.toContain('never returned');

    const reveal = (as: TestUser, reason = 'application for a replacement travel document') =>
      call(h, as, 'POST', `${docs()}/${passport.id}/number/reveal`, { reason });
    const shown = expectStatus(await reveal(lawyer), 200);
    expect(shown.number).toBe(PASSPORT_NUMBER);
    expect(expectStatus(await reveal(caseworker), 200).number).toBe(PASSPORT_NUMBER);
    // A supervisor sees totals and deadlines, not who a person is.
    expect((await reveal(supervisor)).statusCode).toBe(404);

    const looks = (await auditRows(h)).filter((r) => r.action === 'document.number.reveal');
    expect(looks.map((r) => [r.outcome, r.actor_id, r.case_id, r.reason])).toEqual([
      ['ok', lawyer.id, kase.id, 'application for a replacement travel document'],
      ['ok', caseworker.id, kase.id, 'application for a replacement travel document'],
    ]);
    const everything = (await auditRows(h)).map((r) => `${r.details} ${r.reason ?? ''}`).join('\n');
    expect(everything).not.toContain(PASSPORT_NUMBER);
    expect(everything).not.toContain('never returned');

    // A reveal needs a recent proof of identity.
    const later = h.deps.sessions.stepUpWindowMs + 60_000;
    h.clock.advance(later);
    try {
      const r = await reveal(lawyer);
      expect(r.statusCode).toBe(403);
      expect(r.json().type).toBe(PROBLEM_TYPES.stepUp);
      expect(r.body).not.toContain(PASSPORT_NUMBER);
    } finally {
      h.clock.advance(-later);
    }
  });

  it('updates a document by version, naming the changed fields but never the number', async () => {
    const permit = await record({ kind: 'residence_permit', state: 'applied_for', issuerOrganizationId: ministry });
    expect(permit).toMatchObject({ issuerOrganizationName: 'Ministry of the Interior', numberRecorded: false });
    const held = expectStatus<DocumentSummary>(
      await call(h, lawyer, 'PATCH', `${docs()}/${permit.id}`, {
        version: 1,
        state: 'held',
        number: 'RP-2025-00417',
        issuedOn: dayFromNow(h, -10),
        expiresOn: dayFromNow(h, 355),
      }),
      200,
    );
    expect(held).toMatchObject({ state: 'held', numberRecorded: true, validOn: true, version: 2 });
    const entry = (await auditRows(h)).find((r) => r.action === 'document.update' && r.target_id === permit.id);
    expect(JSON.parse(entry!.details)).toEqual({
      personId: kase.clientId,
      fields: ['expiresOn', 'issuedOn', 'number', 'state'],
    });
    expect(entry!.details).not.toContain('RP-2025');
    // Naming the issuer as text replaces the organization.
    const renamed = expectStatus<DocumentSummary>(
      await call(h, lawyer, 'PATCH', `${docs()}/${permit.id}`, { version: 2, issuerText: 'Regional directorate' }),
      200,
    );
    expect(renamed).toMatchObject({ issuerText: 'Regional directorate', issuerOrganizationName: null, version: 3 });
    expect((await call(h, lawyer, 'PATCH', `${docs()}/${permit.id}`, { version: 2, state: 'lost' })).statusCode).toBe(
      409,
    );
  });

  it('answers bad input with the field named and writes nothing', async () => {
    const card = await record({ kind: 'identity_card', state: 'held', issuedOn: '2020-01-01' });
    const before = await rowCounts(h, ['person_documents', 'audit_log']);
    const cases: [string, string, object, string][] = [
      [
        'POST',
        docs(),
        { kind: 'passport', state: 'held', issuedOn: '2020-01-02', expiresOn: '2020-01-01' },
        'body.expiresOn',
      ],
      ['POST', docs(), { kind: 'visa', state: 'held' }, 'body.kind'],
      ['POST', docs(), { kind: 'passport', state: 'stolen' }, 'body.state'],
      [
        'POST',
        docs(),
        { kind: 'passport', state: 'held', issuerOrganizationId: ministry, issuerText: 'Embassy' },
        'body.issuerText',
      ],
      [
        'POST',
        docs(),
        { kind: 'passport', state: 'held', issuerOrganizationId: crypto.randomUUID() },
        'issuerOrganizationId',
      ],
      ['POST', docs(), { kind: 'passport', state: 'held', number: 'X'.repeat(101) }, 'body.number'],
      ['PATCH', `${docs()}/${card.id}`, { version: 1, expiresOn: '2019-12-31' }, 'expiresOn'],
      ['POST', `${docs()}/${card.id}/number/reveal`, { reason: 'x' }, 'body.reason'],
    ];
    for (const [method, path, payload, field] of cases) {
      expect(badFields(await call(h, lawyer, method as 'POST', path, payload)), JSON.stringify(payload)).toContain(
        field,
      );
    }
    expect(await rowCounts(h, ['person_documents', 'audit_log'])).toEqual(before);
  });

  it('lists documents about to expire and the clients without a work permit or travel document', async () => {
    const base = await newCase(h, lawyer, 'Nasrin', 'Fallahi');
    await record({ kind: 'work_permit', state: 'held', expiresOn: dayFromNow(h, 20) }, base.clientId);
    await record({ kind: 'travel_document', state: 'held', expiresOn: dayFromNow(h, -3) }, base.clientId);
    const valid = await newCase(h, lawyer, 'Shirin', 'Kuhzadeh');
    await record({ kind: 'work_permit', state: 'held', expiresOn: dayFromNow(h, 400) }, valid.clientId);
    await record({ kind: 'passport', state: 'held', expiresOn: dayFromNow(h, 400) }, valid.clientId);
    // Someone else's client: never in this lawyer's lists.
    const foreign = await newCase(h, outsider, 'Majid', 'Nikpour');
    await call(h, outsider, 'POST', docs(foreign.clientId), {
      kind: 'work_permit',
      state: 'held',
      expiresOn: dayFromNow(h, 5),
    });

    const expiring = expectStatus(await call(h, lawyer, 'GET', '/api/reports/expiring-documents?days=30'), 200);
    expect(
      expiring.items.map((d: { personId: string; kind: string; daysLeft: number; caseCode: string }) => [
        d.personId,
        d.kind,
        d.daysLeft,
        d.caseCode,
      ]),
    ).toEqual([
      [base.clientId, 'travel_document', -3, base.code],
      [base.clientId, 'work_permit', 20, base.code],
    ]);
    expect(JSON.stringify(expiring)).not.toContain(PASSPORT_NUMBER);

    const withoutPermit = expectStatus(
      await call(h, lawyer, 'GET', '/api/reports/clients-without-document?need=work_permit'),
      200,
    );
    const lacking = withoutPermit.items.map((c: { personId: string }) => c.personId);
    expect(lacking).toContain(kase.clientId);
    expect(lacking).not.toContain(base.clientId);
    expect(lacking).not.toContain(valid.clientId);
    expect(lacking).not.toContain(foreign.clientId);
    const inAMonth = expectStatus(
      await call(h, lawyer, 'GET', `/api/reports/clients-without-document?need=work_permit&on=${dayFromNow(h, 30)}`),
      200,
    );
    expect(inAMonth.items.map((c: { personId: string }) => c.personId)).toContain(base.clientId);

    const withoutTravel = expectStatus(
      await call(h, lawyer, 'GET', '/api/reports/clients-without-document?need=travel_document&limit=1'),
      200,
    );
    expect(withoutTravel.items).toHaveLength(1);
    const pages = [...withoutTravel.items];
    let after = withoutTravel.nextAfter;
    while (after) {
      const page = expectStatus(
        await call(
          h,
          lawyer,
          'GET',
          `/api/reports/clients-without-document?need=travel_document&limit=1&after=${after}`,
        ),
        200,
      );
      pages.push(...page.items);
      after = page.nextAfter;
    }
    expect(new Set(pages.map((c: { personId: string }) => c.personId))).toEqual(
      new Set([kase.clientId, base.clientId]),
    );

    expect((await call(h, analyst, 'GET', '/api/reports/expiring-documents')).statusCode).toBe(403);
    expect((await call(h, analyst, 'GET', '/api/reports/clients-without-document?need=work_permit')).statusCode).toBe(
      403,
    );
    expect((await call(h, null, 'GET', '/api/reports/expiring-documents')).statusCode).toBe(401);
    expect(badFields(await call(h, lawyer, 'GET', '/api/reports/clients-without-document?need=visa'))).toContain(
      'querystring.need',
    );
  });

  it('refuses whoever may not act on the case, as if the person did not exist', async () => {
    const doc = await record({ kind: 'passport', state: 'lost', number: PASSPORT_NUMBER });
    const routes = (personId: string, documentId: string) => [
      { method: 'GET' as const, url: docs(personId) },
      { method: 'POST' as const, url: docs(personId), payload: { kind: 'passport', state: 'held' } },
      { method: 'PATCH' as const, url: `${docs(personId)}/${documentId}`, payload: { version: 1, state: 'held' } },
      { method: 'POST' as const, url: `${docs(personId)}/${documentId}/number/reveal`, payload: { reason: 'curious' } },
    ];
    const before = await rowCounts(h, ['person_documents']);
    for (const user of [outsider, analyst]) {
      const missing = routes(crypto.randomUUID(), crypto.randomUUID());
      for (const [i, req] of routes(kase.clientId, doc.id).entries()) {
        const r = await call(h, user, req.method, req.url, req.payload);
        expect(r.statusCode, `${user.username} ${req.method} ${req.url}`).toBe(404);
        expect(r.body).toBe((await call(h, user, missing[i]!.method, missing[i]!.url, missing[i]!.payload)).body);
        expect(r.body).not.toContain(PASSPORT_NUMBER);
      }
    }
    for (const req of routes(kase.clientId, doc.id)) {
      expect((await call(h, null, req.method, req.url, req.payload)).statusCode).toBe(401);
    }
    expect(await rowCounts(h, ['person_documents'])).toEqual(before);
  });

  it('lets the caseworker on the case record a lost document, but not the legal status', async () => {
    const lost = expectStatus<DocumentSummary>(
      await call(h, caseworker, 'POST', docs(), { kind: 'identity_card', state: 'withheld_by_organization' }),
      201,
    );
    expect(lost.state).toBe('withheld_by_organization');
    const status = await call(h, caseworker, 'POST', `/api/people/${kase.clientId}/legal-status`, {
      basis: 'asylum_seeker',
      effectiveFrom: '2026-01-05',
    });
    expect(status.statusCode).toBe(404);
  });
});
