import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  assign,
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOrganization,
  rowCounts,
} from './support.js';

describe('referrals between organizations', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let agency: string;
  let ministry: string;
  let ngo: string;
  let kase: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    supervisor = await h.user('supervisor');
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    ministry = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    ngo = await newOrganization(h, lawyer, 'ngo', 'Partner social NGO');
    kase = await newCase(h, lawyer, 'Kaveh', 'Zarandi');
    await assign(h, lawyer, kase.id, supervisor);
  });
  afterAll(() => h.close());

  const refer = (as: TestUser, body: object) => call(h, as, 'POST', `/api/cases/${kase.id}/referrals`, body);
  const base = () => ({
    fromOrganizationId: agency,
    toOrganizationId: ministry,
    sentOn: dayFromNow(h, 0),
    purpose: 'Residence permit questions of K. Z.',
  });
  const consent = () => ({ givenOn: dayFromNow(h, -1), method: 'through_interpreter' });

  it('records a referral with the consent: who recorded it, when and how', async () => {
    const r = expectStatus(await refer(lawyer, { ...base(), consent: consent() }), 201);
    expect(r).toMatchObject({
      caseId: kase.id,
      from: { id: agency, name: 'Refugee agency, Tirana office' },
      to: { id: ministry, name: 'Ministry of the Interior' },
      status: 'sent',
      purpose: 'Residence permit questions of K. Z.',
      consent: { givenOn: dayFromNow(h, -1), method: 'through_interpreter', recordedBy: lawyer.id },
      consentOverride: null,
    });
    const raw = await h.store.db
      .selectFrom('referrals')
      .select('purpose')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.purpose).toString('latin1')).not.toContain('Residence');
    const entry = (await auditRows(h)).find((a) => a.target_id === r.id)!;
    expect(entry).toMatchObject({ action: 'referral.create', case_id: kase.id });
    expect(entry.details).not.toContain('Residence');
  });

  it('refuses a referral without consent and writes nothing, unless a supervisor overrides with a reason', async () => {
    const before = await rowCounts(h, ['referrals']);
    const auditBefore = await auditRows(h);
    const missing = await refer(lawyer, base());
    expect(badFields(missing)).toEqual(['consent']);
    expect(missing.json().errors[0].message).toContain('consent is required');
    // A lawyer may not override: refused (and the refusal recorded), nothing written.
    const notAllowed = await refer(lawyer, { ...base(), consentOverride: { reason: 'client unreachable, urgent' } });
    expect(notAllowed.statusCode).toBe(403);
    expect(await rowCounts(h, ['referrals'])).toEqual(before);
    const auditNow = await auditRows(h);
    expect(auditNow.slice(auditBefore.length).map((a) => [a.action, a.outcome, a.actor_id])).toEqual([
      ['referral.consent-override', 'refused', lawyer.id],
    ]);

    const overridden = expectStatus(
      await refer(supervisor, {
        ...base(),
        toOrganizationId: ngo,
        purpose: 'Food and shelter',
        consentOverride: { reason: 'client in hospital, shelter closes tomorrow' },
      }),
      201,
    );
    expect(overridden).toMatchObject({
      consent: null,
      consentOverride: { by: supervisor.id, reason: 'client in hospital, shelter closes tomorrow' },
    });
    const entries = (await auditRows(h)).filter((a) => a.target_id === overridden.id);
    expect(entries.map((a) => [a.action, a.reason])).toEqual([
      ['referral.create', null],
      ['referral.consent.override', 'client in hospital, shelter closes tomorrow'],
    ]);
  });

  it('moves through its statuses only as allowed, with the outcome', async () => {
    const r = expectStatus(await refer(lawyer, { ...base(), consent: consent() }), 201);
    const move = (body: object) => call(h, lawyer, 'POST', `/api/referrals/${r.id}/status`, body);
    const skip = await move({ version: 1, status: 'completed', on: dayFromNow(h, 0) });
    expect(badFields(skip)).toEqual(['status']);
    expect(skip.json().errors[0].message).toBe('a referral cannot go from sent to completed');
    expect(badFields(await move({ version: 1, status: 'accepted', on: dayFromNow(h, -3) }))).toEqual(['on']);
    expect(badFields(await move({ version: 1, status: 'sent', on: dayFromNow(h, 0) }))).toEqual(['body.status']);
    const accepted = expectStatus(await move({ version: 1, status: 'accepted', on: dayFromNow(h, 0) }), 200);
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    const done = expectStatus(
      await move({ version: 2, status: 'completed', on: dayFromNow(h, 0), outcome: 'Residence permit applied for.' }),
      200,
    );
    expect(done).toMatchObject({ status: 'completed', outcome: 'Residence permit applied for.' });
    expect(badFields(await move({ version: 3, status: 'declined', on: dayFromNow(h, 0) }))).toEqual(['status']);
    expect((await move({ version: 2, status: 'declined', on: dayFromNow(h, 0) })).statusCode).toBe(409);
    const list = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kase.id}/referrals`), 200);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(r.id);
  });

  it('answers other bad input with the field named', async () => {
    const cases: [object, string][] = [
      [{ ...base(), toOrganizationId: agency, consent: consent() }, 'toOrganizationId'],
      [{ ...base(), toOrganizationId: crypto.randomUUID(), consent: consent() }, 'toOrganizationId'],
      [{ ...base(), sentOn: dayFromNow(h, 2), consent: consent() }, 'sentOn'],
      [{ ...base(), consent: { givenOn: dayFromNow(h, 1), method: 'phone' } }, 'consent.givenOn'],
      [{ ...base(), consent: { givenOn: dayFromNow(h, 0), method: 'telepathy' } }, 'body.consent.method'],
      [{ ...base(), consent: consent(), consentOverride: { reason: 'both' } }, 'consentOverride'],
      [{ ...base(), consent: consent(), minutesItemId: crypto.randomUUID() }, 'minutesItemId'],
      [{ ...base(), purpose: '  ', consent: consent() }, 'body.purpose'],
    ];
    const before = await rowCounts(h, ['referrals']);
    for (const [body, field] of cases)
      expect(badFields(await refer(lawyer, body)), JSON.stringify(body)).toContain(field);
    expect(await rowCounts(h, ['referrals'])).toEqual(before);
  });
});
