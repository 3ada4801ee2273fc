import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { advanceDays, assign, call, expectStatus, newCase, newOfficial, newOrganization } from './support.js';

/**
 * The lawyer's work of the product brief, through the API, with fictional people: a request
 * to the UN agency on 27 September, the meeting on 9 October with two officials, the minutes,
 * the contradicting claims about a monthly payment, the referrals to the Interior Ministry and
 * the asylum office, the suggested court action, the follow-ups, the leavers' documents and support,
 * and the questions asked later.
 */
describe('the story of the brief, through the API', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let teamId: string;
  const org: Record<string, string> = {};
  const official: Record<string, string> = {};
  let kz: { id: string; clientId: string; code: string };
  let pm: { id: string; clientId: string; code: string };
  let hs: { id: string; clientId: string; code: string };
  let ln: { id: string; clientId: string; code: string };
  let engagementId: string;
  let minutes: { id: string; kind: string; text: string }[];
  let topicId: string;

  beforeAll(async () => {
    h = await startHarness();
    // The morning the lawyer writes to the agency.
    h.clock.advance(Date.parse('2026-09-27T08:00:00Z') - h.clock.now().getTime());
    lawyer = await h.user('lawyer', { teams: ['Tirana legal aid'] });
    supervisor = await h.user('supervisor', { teams: ['Tirana legal aid'] });
    teamId = lawyer.actor.teamIds[0]!;
    org.agency = await newOrganization(h, lawyer, 'un_agency', 'UN refugee agency, Tirana office');
    org.interior = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    org.asylum = await newOrganization(h, lawyer, 'government_office', 'Directorate for asylum');
    org.ngo = await newOrganization(h, lawyer, 'ngo', 'Partner social NGO');
    org.court = await newOrganization(h, lawyer, 'court', 'District court of Tirana');
    org.former = await newOrganization(h, lawyer, 'former_organization', 'The organization they left');
    official.protection = await newOfficial(h, lawyer, org.agency, 'Legal protection officer', 'Mira', 'Vendali');
    official.population = await newOfficial(h, lawyer, org.agency, 'Officer for this population', 'Lorik', 'Baruti');
    kz = await newCase(h, lawyer, 'Kaveh', 'Zarandi', teamId);
    pm = await newCase(h, lawyer, 'Parviz', 'Molavi', teamId);
    hs = await newCase(h, lawyer, 'Hamid', 'Sarrafi', teamId);
    ln = await newCase(h, lawyer, 'Leyla', 'Nouri', teamId);
    await assign(h, lawyer, kz.id, supervisor);
  });
  afterAll(() => h.close());

  it('27 September: the lawyer asks the agency for a meeting about three leavers', async () => {
    const r = await call(h, lawyer, 'POST', '/api/engagements', {
      organizationId: org.agency,
      requestedOn: '2026-09-27',
      channel: 'email',
      subject: 'Request for a meeting on the support and legal status of K. Z., P. M. and H. S.',
      caseIds: [kz.id, pm.id, hs.id],
    });
    const e = expectStatus(r, 201);
    expect(e).toMatchObject({ status: 'requested', latencyDays: null });
    engagementId = e.id;
  });

  it('9 October: the meeting is held, 12 days later, with two officials; the minutes are taken', async () => {
    await advanceDays(h, 12, [lawyer, supervisor]);
    const held = expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${engagementId}/outcome`, {
        version: 1,
        status: 'held',
        on: '2026-10-09',
        place: 'Agency office, Tirana',
        attendees: [
          { personId: official.protection, role: 'legal protection officer' },
          { personId: official.population, role: 'officer responsible for this population' },
          { personId: kz.clientId, role: 'leaver' },
          { userId: lawyer.id, role: 'counsel' },
        ],
      }),
      200,
    );
    expect(held).toMatchObject({ status: 'held', outcomeOn: '2026-10-09', latencyDays: 12 });
    expect(held.attendees.map((a: { label: string; role: string }) => `${a.label} (${a.role})`)).toEqual([
      'M. V. (legal protection officer)',
      'L. B. (officer responsible for this population)',
      'K. Z. (leaver)',
      `${held.attendees[3].label} (counsel)`,
    ]);

    const p = official.protection;
    const q = official.population;
    const withMinutes = expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${engagementId}/minutes`, {
        items: [
          { kind: 'question', speaker: { userId: lawyer.id }, text: 'Does the agency pay the leavers?' },
          {
            kind: 'answer',
            speaker: { personId: p },
            text: 'We helped relocate the members but no longer pay them: we paid financial support in 2016 and have run out of money. Under its agreement with the host state the organization pays members and leavers alike.',
          },
          { kind: 'statement', speaker: { personId: kz.clientId }, text: 'The agency pays us 500 EUR a month.' },
          {
            kind: 'answer',
            speaker: { personId: q },
            text: 'Some people are helped case by case: for one leaver in a desperate situation we pay accommodation.',
          },
          {
            kind: 'statement',
            speaker: { personId: kz.clientId },
            text: 'Members who leave are blackmailed and threatened with slander; contact with families is banned.',
          },
          {
            kind: 'referral_given',
            speaker: { organizationId: org.agency },
            refersToOrganizationId: org.ngo,
            text: 'Social needs go to the partner NGO.',
          },
          {
            kind: 'commitment',
            speaker: { organizationId: org.agency },
            text: 'The agency offers integration training.',
          },
          {
            kind: 'statement',
            speaker: { personId: p },
            text: 'Conduct must be judged by the host government; the agreement is not public.',
          },
          {
            kind: 'referral_given',
            speaker: { personId: p },
            refersToOrganizationId: org.interior,
            text: 'Residence questions go to the Interior Ministry.',
          },
          {
            kind: 'referral_given',
            speaker: { personId: p },
            refersToOrganizationId: org.asylum,
            text: 'Asylum questions go to the asylum office.',
          },
          {
            kind: 'statement',
            speaker: { personId: q },
            text: 'The organization should be taken to court to pay for the leavers.',
          },
        ],
      }),
      201,
    );
    minutes = withMinutes.minutes;
    expect(minutes.map((i) => i.kind)).toEqual([
      'question',
      'answer',
      'statement',
      'answer',
      'statement',
      'referral_given',
      'commitment',
      'statement',
      'referral_given',
      'referral_given',
      'statement',
    ]);
    expect(
      withMinutes.followUps.map((t: { title: string; dueOn: string; assigneeId: string }) => [t.title, t.dueOn]),
    ).toEqual(
      expect.arrayContaining([
        ['Follow up the referral by UN refugee agency, Tirana office to Partner social NGO', '2026-10-23'],
        ['Follow up the commitment made by UN refugee agency, Tirana office', '2026-10-23'],
        ['Follow up the referral by M. V. to Ministry of the Interior', '2026-10-23'],
        ['Follow up the referral by M. V. to Directorate for asylum', '2026-10-23'],
      ]),
    );
    expect(withMinutes.followUps).toHaveLength(4);
  });

  it('the leaver and the agency contradict each other about 500 EUR a month: flagged side by side', async () => {
    const topic = expectStatus(
      await call(h, lawyer, 'POST', '/api/claim-topics', {
        title: 'The UN agency pays the leavers a monthly allowance',
        caseIds: [kz.id, pm.id, hs.id],
      }),
      201,
    );
    topicId = topic.id;
    const add = (body: object) => call(h, lawyer, 'POST', `/api/claim-topics/${topicId}/claims`, body);
    expectStatus(
      await add({
        assertedBy: { personId: kz.clientId },
        assertedOn: '2026-10-09',
        value: { kind: 'amount', amount: 500, currency: 'EUR', per: 'month' },
        aboutFrom: '2026-01-01',
        statement: 'The agency pays us 500 EUR a month.',
        source: { kind: 'minutes_item', id: minutes[2]!.id },
      }),
      201,
    );
    expectStatus(
      await add({
        assertedBy: { organizationId: org.agency },
        assertedOn: '2026-10-09',
        stance: 'affirms',
        aboutFrom: '2016-01-01',
        aboutTo: '2016-12-31',
        statement: 'The agency paid financial support in 2016.',
        source: { kind: 'minutes_item', id: minutes[1]!.id },
      }),
      201,
    );
    const after = expectStatus(
      await add({
        assertedBy: { organizationId: org.agency },
        assertedOn: '2026-10-09',
        stance: 'denies',
        aboutFrom: '2017-01-01',
        statement: 'The agency no longer pays the members or the leavers.',
        source: { kind: 'minutes_item', id: minutes[1]!.id },
      }),
      201,
    );
    expect(after.status).toBe('contradicted');
    const [leaver, paid2016, noLonger] = after.claims;
    expect(after.contradictions).toEqual([{ claimIds: [leaver.id, noLonger.id], reason: 'negation' }]);
    expect(paid2016.contradicts).toEqual([]);
    expect(after.sideBySide).toEqual([
      { assertedBy: { personId: kz.clientId, label: 'K. Z.' }, claimIds: [leaver.id] },
      {
        assertedBy: { organizationId: org.agency, label: 'UN refugee agency, Tirana office' },
        claimIds: [paid2016.id, noLonger.id],
      },
    ]);
  });

  it('10 October: K. Z. is referred, with consent, to the Interior Ministry and the asylum office', async () => {
    await advanceDays(h, 1, [lawyer, supervisor]);
    for (const [to, item, purpose] of [
      [org.interior, minutes[8]!.id, 'Residence permit of K. Z.'],
      [org.asylum, minutes[9]!.id, 'Whether K. Z. may apply for asylum'],
    ] as const) {
      const r = expectStatus(
        await call(h, lawyer, 'POST', `/api/cases/${kz.id}/referrals`, {
          fromOrganizationId: org.agency,
          toOrganizationId: to,
          sentOn: '2026-10-10',
          purpose,
          consent: { givenOn: '2026-10-09', method: 'through_interpreter' },
          minutesItemId: item,
        }),
        201,
      );
      expect(r).toMatchObject({ status: 'sent', consent: { recordedBy: lawyer.id, method: 'through_interpreter' } });
    }
    const list = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kz.id}/referrals`), 200);
    expect(list.items.map((r: { to: { name: string } }) => r.to.name).sort()).toEqual([
      'Directorate for asylum',
      'Ministry of the Interior',
    ]);
  });

  it('the suggested court action: a claim that the organization pay for the leavers, with its deadline', async () => {
    const action = expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kz.id}/legal-actions`, {
        forumOrganizationId: org.court,
        kind: 'civil_claim',
        title: "Claim that the organization pay for the leavers' support",
        openedOn: '2026-10-10',
        parties: [
          { party: { personId: kz.clientId }, side: 'claimant' },
          { party: { organizationId: org.former }, side: 'respondent' },
        ],
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/legal-actions/${action.id}/filings`, {
        kind: 'statement of claim',
        deadlineOn: '2026-11-06',
      }),
      201,
    );
    expectStatus(
      await call(h, lawyer, 'POST', `/api/cases/${kz.id}/tasks`, {
        title: 'Ask the Interior Ministry about the residence permit',
        kind: 'follow_up',
        dueOn: '2026-10-20',
        reminder: { daysBefore: 3 },
      }),
      201,
    );
  });

  it('their documents and the support they receive: case by case, and six months of state reception ending', async () => {
    const document = (personId: string, body: object) =>
      call(h, lawyer, 'POST', `/api/people/${personId}/documents`, body).then((r) => {
        expectStatus(r, 201);
      });
    await document(kz.clientId, { kind: 'work_permit', state: 'never_had' });
    await document(kz.clientId, { kind: 'passport', state: 'withheld_by_organization' });
    await document(pm.clientId, { kind: 'work_permit', state: 'applied_for', issuerOrganizationId: org.interior });
    await document(ln.clientId, {
      kind: 'work_permit',
      state: 'held',
      issuerOrganizationId: org.interior,
      issuedOn: '2026-05-02',
      expiresOn: '2027-05-01',
    });

    const entitlement = (personId: string, body: object) =>
      call(h, lawyer, 'POST', `/api/people/${personId}/support/entitlements`, body).then((r) => {
        expectStatus(r, 201);
      });
    // The agency pays one leaver's accommodation, case by case: no amount, no end date.
    await entitlement(hs.clientId, {
      providerId: org.agency,
      kind: 'accommodation',
      currency: 'EUR',
      period: 'monthly',
      startsOn: '2026-06-01',
      basis: 'case by case',
    });
    // The host state houses and feeds P. M. for six months, then nothing.
    for (const kind of ['accommodation', 'food']) {
      await entitlement(pm.clientId, {
        providerId: org.interior,
        kind,
        currency: 'ALL',
        period: 'monthly',
        startsOn: '2026-05-01',
        endsOn: '2026-10-31',
        basis: 'six-month state reception',
      });
    }
  });

  it('17 days later: what is overdue and due soon, for the lawyer and for the team', async () => {
    await advanceDays(h, 17, [lawyer, supervisor]);
    const mine = expectStatus(await call(h, lawyer, 'GET', '/api/tasks/due'), 200);
    expect(mine.today).toBe('2026-10-27');
    // Oldest first; the four follow-ups of the meeting fall due on the same day.
    const overdue = mine.overdue.items.map((t: { title: string; daysUntilDue: number }) => [t.daysUntilDue, t.title]);
    expect(overdue[0]).toEqual([-7, 'Ask the Interior Ministry about the residence permit']);
    expect(overdue.slice(1).sort()).toEqual([
      [-4, 'Follow up the commitment made by UN refugee agency, Tirana office'],
      [-4, 'Follow up the referral by M. V. to Directorate for asylum'],
      [-4, 'Follow up the referral by M. V. to Ministry of the Interior'],
      [-4, 'Follow up the referral by UN refugee agency, Tirana office to Partner social NGO'],
    ]);
    expect(mine.dueSoon.items.map((t: { title: string; caseCode: string }) => [t.title, t.caseCode])).toEqual([
      ["File statement of claim: Claim that the organization pay for the leavers' support", kz.code],
    ]);

    // The supervisor sees the team's deadlines on the cases the supervisor may see (the team's).
    const team = expectStatus(await call(h, supervisor, 'GET', `/api/teams/${teamId}/tasks/due`), 200);
    expect(team.overdue.count).toBe(5);
    expect(team.dueSoon.count).toBe(1);
  });

  it('and who has no work permit, and who loses all support within 30 days', async () => {
    const noPermit = expectStatus(
      await call(h, lawyer, 'GET', '/api/reports/clients-without-document?need=work_permit'),
      200,
    );
    expect(noPermit.on).toBe('2026-10-27');
    expect(noPermit.items.map((c: { label: string }) => c.label).sort()).toEqual(['H. S.', 'K. Z.', 'P. M.']);

    const forecast = expectStatus(await call(h, lawyer, 'GET', '/api/reports/support-forecast?days=30'), 200);
    expect(forecast.losing.map((c: { label: string; uncoveredFrom: string }) => [c.label, c.uncoveredFrom])).toEqual([
      ['P. M.', '2026-11-01'],
    ]);
    expect(forecast.withoutSupport.map((c: { label: string }) => c.label).sort()).toEqual(['K. Z.', 'L. N.']);
  });

  it('and which claims contradict', async () => {
    const r = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kz.id}/contradictions`), 200);
    expect(r.items).toHaveLength(1);
    const [{ topic, pairs }] = r.items;
    expect(topic).toEqual({
      id: topicId,
      title: 'The UN agency pays the leavers a monthly allowance',
      status: 'contradicted',
    });
    expect(
      pairs.map((p: { reason: string; claims: { assertedBy: { label: string }; statement: string }[] }) => [
        p.reason,
        p.claims.map((c) => `${c.assertedBy.label}: ${c.statement}`),
      ]),
    ).toEqual([
      [
        'negation',
        [
          'K. Z.: The agency pays us 500 EUR a month.',
          'UN refugee agency, Tirana office: The agency no longer pays the members or the leavers.',
        ],
      ],
    ]);
  });
});
