import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { assign, call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';

interface CaseEntry {
  action: string;
  targetId: string;
}

describe('who did what on a case, for records shared by several cases', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let first: { id: string };
  let second: { id: string };
  let third: { id: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    supervisor = await h.user('supervisor');
    otherSupervisor = await h.user('supervisor');
    first = await newCase(h, lawyer, 'Leyla', 'Zand');
    second = await newCase(h, lawyer, 'Omid', 'Sarvari');
    third = await newCase(h, lawyer, 'Nasrin', 'Adib');
    for (const c of [first, second]) await assign(h, lawyer, c.id, supervisor);
    await assign(h, lawyer, third.id, otherSupervisor);
  });
  afterAll(() => h.close());

  const entriesOf = async (caseId: string, as: TestUser) =>
    expectStatus(await call(h, as, 'GET', `/api/cases/${caseId}/audit`), 200).items as CaseEntry[];

  it("shows a meeting and a claim topic about two cases in each case's log, and not in a third case's", async () => {
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee Agency Office');
    const request = expectStatus(
      await call(h, lawyer, 'POST', '/api/engagements', {
        organizationId: agency,
        requestedOn: dayFromNow(h, -3),
        channel: 'email',
        subject: 'Support of the two leavers',
        caseIds: [first.id, second.id],
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${request.id}/outcome`, {
        version: 1,
        status: 'held',
        on: dayFromNow(h, -1),
      }),
      200,
    );
    const minutes = expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${request.id}/minutes`, {
        items: [{ kind: 'statement', speaker: { organizationId: agency }, text: 'Every leaver is paid monthly.' }],
      }),
      201,
    );
    const topic = expectStatus(
      await call(h, lawyer, 'POST', '/api/claim-topics', {
        title: 'Monthly payment to leavers',
        caseIds: [first.id, second.id],
      }),
      201,
    );
    const withClaim = expectStatus(
      await call(h, lawyer, 'POST', `/api/claim-topics/${topic.id}/claims`, {
        assertedBy: { organizationId: agency },
        assertedOn: dayFromNow(h, -1),
        statement: 'A monthly payment is made to every leaver.',
        source: { kind: 'minutes_item', id: minutes.minutes[0].id },
      }),
      201,
    );
    const claim = withClaim.claims[0];

    for (const c of [first, second]) {
      const targets = (await entriesOf(c.id, supervisor)).map((e) => `${e.action} ${e.targetId}`);
      expect(targets).toEqual(
        expect.arrayContaining([
          `engagement.create ${request.id}`,
          `claim-topic.create ${topic.id}`,
          `claim.create ${claim.id}`,
        ]),
      );
    }
    const elsewhere = (await entriesOf(third.id, otherSupervisor)).map((e) => e.targetId);
    expect(elsewhere).not.toContain(request.id);
    expect(elsewhere).not.toContain(topic.id);
    expect(elsewhere).not.toContain(claim.id);
  });
});
