import type { Harness, TestUser } from '../support/harness.js';
import { advanceDays, assign, call, expectStatus, newCase, newOfficial, newOrganization } from '../casework/support.js';

/**
 * The meeting of the product brief (fictional people): the lawyer asks the UN agency for a
 * meeting on 27 September about two leavers, it is held on 9 October with two officials and one
 * of the leavers, minutes are taken, and the leaver's claim of a monthly payment is recorded.
 * The leaver's identity has a Persian spelling, a phone number and an address.
 */
export interface StoryMeeting {
  lawyer: TestUser;
  caseworker: TestUser;
  supervisor: TestUser;
  engagementId: string;
  leaver: { caseId: string; clientId: string };
  officials: { protection: string; population: string };
}

export const LEAVER = {
  latin: 'Kaveh Zarandi',
  persian: 'کاوه زرندی',
  phone: '+355 69 000 4471',
  address: 'Rruga e Ullinjve 14',
  city: 'Durrës',
};

/** Every part of a name in the story that the report must not show. */
export const FULL_NAME_PARTS = [
  'Kaveh',
  'Zarandi',
  'کاوه',
  'زرندی',
  'Parviz',
  'Molavi',
  'Mira',
  'Vendali',
  'Lorik',
  'Baruti',
];

export async function storyMeeting(h: Harness): Promise<StoryMeeting> {
  h.clock.advance(Date.parse('2026-09-27T08:00:00Z') - h.clock.now().getTime());
  const lawyer = await h.user('lawyer', { teams: ['Tirana legal aid'] });
  const caseworker = await h.user('caseworker', { teams: ['Tirana legal aid'] });
  const supervisor = await h.user('supervisor', { teams: ['Tirana legal aid'] });
  const teamId = lawyer.actor.teamIds[0];
  const agency = await newOrganization(h, lawyer, 'un_agency', 'UN refugee agency, Tirana office');
  const interior = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
  const protection = await newOfficial(h, lawyer, agency, 'Legal protection officer', 'Mira', 'Vendali');
  const population = await newOfficial(h, lawyer, agency, 'Officer for this population', 'Lorik', 'Baruti');
  const leaver = expectStatus<{ id: string; clientId: string }>(
    await call(h, lawyer, 'POST', '/api/cases', {
      client: {
        identity: {
          names: [
            { script: 'latin', given: 'Kaveh', family: 'Zarandi', full: LEAVER.latin },
            { script: 'persian', full: LEAVER.persian },
          ],
          phone: LEAVER.phone,
        },
        location: { address: LEAVER.address, city: LEAVER.city, country: 'AL' },
      },
      teamId,
    }),
    201,
  );
  const second = await newCase(h, lawyer, 'Parviz', 'Molavi', teamId);
  await assign(h, lawyer, leaver.id, caseworker);

  const engagement = expectStatus<{ id: string }>(
    await call(h, lawyer, 'POST', '/api/engagements', {
      organizationId: agency,
      requestedOn: '2026-09-27',
      channel: 'email',
      subject: 'Meeting on the support and legal status of K. Z. and P. M.',
      caseIds: [leaver.id, second.id],
    }),
    201,
  );
  await advanceDays(h, 12, [lawyer, caseworker, supervisor]);
  expectStatus(
    await call(h, lawyer, 'POST', `/api/engagements/${engagement.id}/outcome`, {
      version: 1,
      status: 'held',
      on: '2026-10-09',
      place: 'Agency office, Tirana',
      attendees: [
        { personId: protection, role: 'legal protection officer' },
        { personId: population, role: 'officer responsible for this population' },
        { personId: leaver.clientId, role: 'leaver' },
        { userId: lawyer.id, role: 'counsel' },
      ],
    }),
    200,
  );
  const minutes = expectStatus<{ minutes: { id: string }[] }>(
    await call(h, lawyer, 'POST', `/api/engagements/${engagement.id}/minutes`, {
      items: [
        { kind: 'question', speaker: { userId: lawyer.id }, text: 'Does the agency pay the leavers?' },
        {
          kind: 'answer',
          speaker: { personId: protection },
          text: 'We paid financial support in 2016 and have run out of money.',
        },
        { kind: 'statement', speaker: { personId: leaver.clientId }, text: 'The agency pays us 500 EUR a month.' },
        {
          kind: 'referral_given',
          speaker: { personId: protection },
          refersToOrganizationId: interior,
          text: 'Residence questions go to the Interior Ministry.',
        },
        {
          kind: 'statement',
          speaker: { personId: population },
          text: 'The organization should be taken to court to pay for the leavers.',
        },
      ],
    }),
    201,
  ).minutes;
  const topic = expectStatus<{ id: string }>(
    await call(h, lawyer, 'POST', '/api/claim-topics', {
      title: 'The UN agency pays the leavers a monthly allowance',
      caseIds: [leaver.id, second.id],
    }),
    201,
  );
  expectStatus(
    await call(h, lawyer, 'POST', `/api/claim-topics/${topic.id}/claims`, {
      assertedBy: { personId: leaver.clientId },
      assertedOn: '2026-10-09',
      stance: 'affirms',
      statement: 'The agency pays us 500 EUR a month.',
      source: { kind: 'minutes_item', id: minutes[2]?.id },
    }),
    201,
  );
  return {
    lawyer,
    caseworker,
    supervisor,
    engagementId: engagement.id,
    leaver: { caseId: leaver.id, clientId: leaver.clientId },
    officials: { protection, population },
  };
}
