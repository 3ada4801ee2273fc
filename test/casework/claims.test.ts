import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const monthly = (amount: number) => ({ kind: 'amount', amount, currency: 'EUR', per: 'month' });

describe('the claims ledger', () => {
  let h: Harness;
  let lawyer: TestUser;
  let outsider: TestUser;
  let agency: string;
  let kase: { id: string; clientId: string };
  let stranger: { id: string; clientId: string };
  let answerItem: string;
  let noteId: string;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    outsider = await h.user('lawyer');
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    kase = await newCase(h, lawyer, 'Kaveh', 'Zarandi');
    stranger = await newCase(h, outsider, 'Nasrin', 'Fallahi');
    const e = expectStatus(
      await call(h, lawyer, 'POST', '/api/engagements', {
        organizationId: agency,
        requestedOn: dayFromNow(h, -12),
        channel: 'email',
        subject: 'Support of the leavers',
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
        items: [{ kind: 'answer', speaker: { organizationId: agency }, text: 'We no longer pay anyone monthly.' }],
      }),
      201,
    );
    answerItem = minutes.minutes[0].id;
    noteId = expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kase.id}/notes`, {
        body: 'K. Z. says the agency pays 500 EUR a month.',
      }),
      201,
    ).id;
  });
  afterAll(() => h.close());

  async function topic(title = 'Monthly payment by the UN agency to leavers') {
    return expectStatus<{ id: string }>(
      await call(h, lawyer, 'POST', '/api/claim-topics', { title, caseIds: [kase.id] }),
      201,
    );
  }

  function claim(topicId: string, body: object) {
    return call(h, lawyer, 'POST', `/api/claim-topics/${topicId}/claims`, body);
  }

  it('shows the claims side by side and flags the contradiction, with the status following', async () => {
    const t = await topic();
    expect(t).toMatchObject({ status: 'unverified', claims: [], contradictions: [] });

    const one = expectStatus(
      await claim(t.id, {
        assertedBy: { personId: kase.clientId },
        assertedOn: dayFromNow(h, -1),
        value: monthly(500),
        statement: 'The agency pays us 500 EUR every month.',
        source: { kind: 'note', id: noteId },
      }),
      201,
    );
    expect(one.status).toBe('unverified');
    const two = expectStatus(
      await claim(t.id, {
        assertedBy: { organizationId: agency },
        assertedOn: dayFromNow(h, 0),
        stance: 'denies',
        aboutFrom: '2017-01-01',
        statement: 'We no longer pay anyone monthly.',
        source: { kind: 'minutes_item', id: answerItem },
      }),
      201,
    );
    expect(two.status).toBe('contradicted');
    expect(two.version).toBe(2);
    const [leaverClaim, agencyClaim] = two.claims;
    expect(two.contradictions).toEqual([{ claimIds: [leaverClaim.id, agencyClaim.id], reason: 'negation' }]);
    expect(leaverClaim).toMatchObject({
      assertedBy: { personId: kase.clientId, label: 'K. Z.' },
      value: monthly(500),
      contradicts: [agencyClaim.id],
      statement: 'The agency pays us 500 EUR every month.',
    });
    expect(agencyClaim.assertedBy).toEqual({ organizationId: agency, label: 'Refugee agency, Tirana office' });
    expect(two.sideBySide).toEqual([
      { assertedBy: { personId: kase.clientId, label: 'K. Z.' }, claimIds: [leaverClaim.id] },
      { assertedBy: { organizationId: agency, label: 'Refugee agency, Tirana office' }, claimIds: [agencyClaim.id] },
    ]);

    const listed = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kase.id}/claim-topics`), 200);
    expect(listed.items).toContainEqual(
      expect.objectContaining({ id: t.id, status: 'contradicted', claimCount: 2, contradictionCount: 1 }),
    );
    const contradictions = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kase.id}/contradictions`), 200);
    const mine = contradictions.items.find((i: { topic: { id: string } }) => i.topic.id === t.id);
    expect(mine.pairs[0].reason).toBe('negation');
    expect(mine.pairs[0].claims.map((c: { id: string }) => c.id)).toEqual([leaverClaim.id, agencyClaim.id]);

    const raw = await h.store.db.selectFrom('claims').select('statement').where('topic_id', '=', t.id).execute();
    for (const r of raw) expect(Buffer.from(r.statement).toString('latin1')).not.toMatch(/500|monthly/);
    const audit = (await auditRows(h)).filter((a) => a.action.startsWith('claim'));
    for (const a of audit) expect(a.details).not.toMatch(/500 EUR|monthly/);
  });

  it('records a verified or refuted finding only with its evidence, and can withdraw it', async () => {
    const t = await topic('Accommodation paid case by case');
    const c = expectStatus(
      await claim(t.id, {
        assertedBy: { organizationId: agency },
        assertedOn: dayFromNow(h, 0),
        value: { kind: 'yes_no', value: true },
        statement: 'For one leaver in a desperate situation we pay accommodation.',
        source: { kind: 'minutes_item', id: answerItem },
      }),
      201,
    );
    const claimId = c.claims[0].id;
    const put = (body: object) => call(h, lawyer, 'PUT', `/api/claim-topics/${t.id}/verification`, body);
    expect(badFields(await put({ version: 1, status: 'verified' }))).toEqual(['body.evidence']);
    expect(badFields(await put({ version: 1, status: 'contradicted', evidence: [] }))).toEqual(['body.status']);
    expect(
      badFields(await put({ version: 1, status: 'verified', evidence: [{ claimId: crypto.randomUUID() }] })),
    ).toEqual(['evidence.0.claimId']);
    const verified = expectStatus(
      await put({
        version: 1,
        status: 'verified',
        evidence: [{ claimId }, { source: { kind: 'note', id: noteId } }],
        note: 'Confirmed by the landlord.',
      }),
      200,
    );
    expect(verified).toMatchObject({
      status: 'verified',
      statusNote: 'Confirmed by the landlord.',
      evidence: [{ claimId }, { source: { kind: 'note', id: noteId } }],
    });
    // A later contradicting claim is shown, but the finding stands until a person changes it.
    const after = expectStatus(
      await claim(t.id, {
        assertedBy: { personId: kase.clientId },
        assertedOn: dayFromNow(h, 0),
        value: { kind: 'yes_no', value: false },
        statement: 'Nobody pays my rent.',
        source: { kind: 'note', id: noteId },
      }),
      201,
    );
    expect(after.status).toBe('verified');
    expect(after.contradictions).toHaveLength(1);
    const withdrawn = expectStatus(await put({ version: after.version, status: 'unverified' }), 200);
    expect(withdrawn).toMatchObject({ status: 'contradicted', evidence: [] });
  });

  it('refuses bad claims with the field named and writes nothing', async () => {
    const t = await topic('Work permits issued to leavers');
    const before = await rowCounts(h, ['claims', 'claim_topics', 'claim_evidence']);
    const auditBefore = (await auditRows(h)).length;
    const base = {
      assertedBy: { organizationId: agency },
      assertedOn: dayFromNow(h, 0),
      statement: 'None were issued.',
      source: { kind: 'note', id: noteId },
    };
    const cases: [object, string][] = [
      [{ ...base, aboutFrom: '2026-05-01', aboutTo: '2026-04-30' }, 'body.aboutTo'],
      [{ ...base, assertedBy: { organizationId: agency, personId: kase.clientId } }, 'body.assertedBy'],
      [{ ...base, assertedBy: { personId: stranger.clientId } }, 'assertedBy.personId'],
      [{ ...base, source: { kind: 'note', id: crypto.randomUUID() } }, 'source.id'],
      [{ ...base, source: { kind: 'document', id: crypto.randomUUID() } }, 'source.id'],
      [{ ...base, value: { kind: 'amount', amount: -1, currency: 'EUR', per: 'month' } }, 'body.value.amount'],
      [{ ...base, value: { kind: 'amount', amount: 5, currency: 'euro', per: 'month' } }, 'body.value.currency'],
      [{ ...base, stance: 'maybe' }, 'body.stance'],
    ];
    for (const [body, field] of cases) {
      expect(badFields(await claim(t.id, body)), JSON.stringify(body)).toContain(field);
    }
    expect(await rowCounts(h, ['claims', 'claim_topics', 'claim_evidence'])).toEqual(before);
    expect((await auditRows(h)).length).toBe(auditBefore);
  });

  it('hides topics from anyone who may not see every case they concern', async () => {
    const t = await topic('Families detained at the border');
    const missing = crypto.randomUUID();
    for (const [method, url, body] of [
      ['GET', `/api/claim-topics/${t.id}`, undefined],
      [
        'POST',
        `/api/claim-topics/${t.id}/claims`,
        {
          assertedBy: { organizationId: agency },
          assertedOn: '2026-01-01',
          statement: 'x',
          source: { kind: 'note', id: noteId },
        },
      ],
      ['PUT', `/api/claim-topics/${t.id}/verification`, { version: 1, status: 'unverified' }],
    ] as const) {
      const r = await call(h, outsider, method, url, body);
      const m = await call(h, outsider, method, url.replace(t.id, missing), body);
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.body).toBe(m.body);
    }
    expect((await call(h, outsider, 'GET', `/api/cases/${kase.id}/contradictions`)).statusCode).toBe(404);
    const mixed = await call(h, lawyer, 'POST', '/api/claim-topics', { title: 'x', caseIds: [kase.id, stranger.id] });
    expect(mixed.statusCode).toBe(404);
  });
});
