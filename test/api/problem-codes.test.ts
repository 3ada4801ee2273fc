import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

interface Problem {
  errors: { field: string; message: string; code?: string }[];
}

/** A refusal names the rule broken by a code where there is one, so the screens can say it in the reader's language. */
describe('codes of the rules named in a refusal', () => {
  let h: Harness;
  let lawyer: TestUser;
  let kase: { id: string; clientId: string };
  let agency: string;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    kase = await newCase(h, lawyer, 'Nasrin', 'Example');
    agency = await newOrganization(h, lawyer, 'ngo', 'Integration Partner (example)');
  });
  afterAll(() => h.close());

  const refer = (body: object) => call(h, lawyer, 'POST', `/api/cases/${kase.id}/referrals`, body);
  const referral = () => ({
    toOrganizationId: agency,
    sentOn: '2026-10-12',
    purpose: 'Integration training',
    consent: { givenOn: '2026-10-10', method: 'in_person' },
  });

  it('a rule of the input schema carries the zod issue code (a text that must not be blank is a custom rule)', async () => {
    const problem = expectStatus<Problem>(await refer({ ...referral(), purpose: '' }), 400);
    expect(problem.errors).toEqual([{ field: 'body.purpose', message: expect.any(String), code: 'custom' }]);
  });

  it('a rule of the domain carries its own code, with the English message kept', async () => {
    const problem = expectStatus<Problem>(await refer({ ...referral(), sentOn: '2099-01-01' }), 400);
    expect(problem.errors).toEqual([{ field: 'sentOn', message: 'must not be in the future', code: 'in_future' }]);

    const sent = expectStatus<{ id: string; version: number }>(await refer(referral()), 201);
    const done = { version: sent.version, status: 'completed', on: '2026-10-20' };
    const refused = expectStatus<Problem>(await call(h, lawyer, 'POST', `/api/referrals/${sent.id}/status`, done), 400);
    expect(refused.errors).toEqual([
      { field: 'status', message: 'a referral cannot go from sent to completed', code: 'not_allowed_now' },
    ]);
  });

  it('a rule without a code is sent without one', async () => {
    const sent = expectStatus<{ id: string; version: number }>(await refer(referral()), 201);
    const early = { version: sent.version, status: 'accepted', on: '2026-10-01' };
    const refused = expectStatus<Problem>(
      await call(h, lawyer, 'POST', `/api/referrals/${sent.id}/status`, early),
      400,
    );
    expect(refused.errors).toEqual([{ field: 'on', message: expect.stringContaining('must not be before') }]);
  });
});
