import type { z } from 'zod';
import type { OrganizationInput } from '../domain/organization.js';
import type { identity, location, PersonKind } from '../domain/person.js';
import type { Role } from '../domain/role.js';

/*
 * A fictional data set that tells the story Safehold is built for: a lawyer in Tirana, her
 * clients who left a closed organization, the meeting with the refugee agency, a relative
 * asking for contact. Every name of a person is invented; any likeness is a coincidence.
 */

export type DemoUserKey = 'lawyer' | 'caseworker' | 'supervisor' | 'analyst' | 'auditor';

export const DEMO_USERS: readonly { key: DemoUserKey; displayName: string; role: Role }[] = [
  { key: 'lawyer', displayName: 'Drita Marku', role: 'lawyer' },
  { key: 'caseworker', displayName: 'Genti Basha', role: 'caseworker' },
  { key: 'supervisor', displayName: 'Liria Hasani', role: 'supervisor' },
  { key: 'analyst', displayName: 'Ben Okafor', role: 'analyst' },
  { key: 'auditor', displayName: 'Ines Varga', role: 'auditor' },
];

export type DemoOrganizationKey = 'agency' | 'interior' | 'asylum' | 'ngo' | 'former' | 'police';

export const DEMO_ORGANIZATIONS: readonly { key: DemoOrganizationKey; input: OrganizationInput }[] = [
  {
    key: 'agency',
    input: {
      kind: 'un_agency',
      name: 'Refugee Agency, Tirana Office',
      acronym: 'RA',
      country: 'AL',
      notes: 'Helped relocate the members; says it stopped paying support after 2016.',
    },
  },
  { key: 'interior', input: { kind: 'government_office', name: 'Ministry of the Interior', country: 'AL' } },
  { key: 'asylum', input: { kind: 'government_office', name: 'Directorate for Asylum', country: 'AL' } },
  {
    key: 'ngo',
    input: {
      kind: 'ngo',
      name: 'Harbor Social Aid',
      acronym: 'HSA',
      country: 'AL',
      notes: 'Partner NGO: social needs referred by the agency.',
    },
  },
  {
    key: 'former',
    input: {
      kind: 'former_organization',
      name: 'Movement of the Northern Star',
      notes: 'The closed organization the clients left. Never to be given access or information.',
    },
  },
  { key: 'police', input: { kind: 'police', name: 'State Police, Tirana Directorate', country: 'AL' } },
];

type IdentityInput = z.input<typeof identity>;
type LocationInput = z.input<typeof location>;

export const DEMO_OFFICIALS: readonly {
  organization: DemoOrganizationKey;
  roleTitle: string;
  identity: IdentityInput;
}[] = [
  {
    organization: 'agency',
    roleTitle: 'legal protection officer',
    identity: {
      names: [{ script: 'latin', given: 'Mirela', family: 'Kocaj', full: 'Mirela Kocaj' }],
      languages: ['sq', 'en'],
    },
  },
  {
    organization: 'agency',
    roleTitle: 'officer responsible for the former members',
    identity: {
      names: [{ script: 'latin', given: 'Tomas', family: 'Verhagen', full: 'Tomas Verhagen' }],
      languages: ['en', 'nl'],
    },
  },
];

export interface DemoCase {
  client: { identity: IdentityInput; location?: LocationInput };
  openedOn: string;
  summary: string;
  /** Whether the partner NGO's caseworker is assigned too. */
  withCaseworker: boolean;
  people: readonly {
    kind: Exclude<PersonKind, 'official'>;
    relationship: string;
    identity: IdentityInput;
    location?: LocationInput;
  }[];
  notes: readonly { author: 'lawyer' | 'caseworker'; body: string }[];
}

function persian(latinGiven: string, latinFamily: string, persianFull: string): IdentityInput['names'] {
  return [
    { script: 'latin', given: latinGiven, family: latinFamily, full: `${latinGiven} ${latinFamily}` },
    { script: 'persian', full: persianFull },
  ];
}

export const DEMO_CASES: readonly DemoCase[] = [
  {
    client: {
      identity: {
        names: persian('Dariush', 'Kamrani', 'داریوش کامرانی'),
        birthDate: '1968',
        nationality: 'IR',
        languages: ['fa', 'en'],
        phone: '+355 69 000 1101',
      },
      location: { address: 'Rruga e Ullinjve 14, ap. 3', city: 'Tirana', country: 'AL', since: '2025-11-01' },
    },
    openedOn: '2026-09-15',
    summary:
      'Left the organization in 2025. No work permit, no passport, humanitarian stay. ' +
      'The agency pays his accommodation case by case; nothing else. Threatened since he left.',
    withCaseworker: true,
    people: [],
    notes: [
      {
        author: 'lawyer',
        body:
          'Intake. D. K. left the organization in 2025 and lives alone in a rented room. He has no work permit, ' +
          'no passport (the organization kept it), a stay on a "humanitarian" basis rather than asylum, and does ' +
          'not speak Albanian. Since he left he has been blackmailed and threatened with slander.',
      },
      {
        author: 'lawyer',
        body:
          '27 September 2026 — Wrote to the Refugee Agency office asking for a meeting about the people we ' +
          'represent who left the organization: who pays their support, their legal status, and their safety.',
      },
      {
        author: 'lawyer',
        body:
          '9 October 2026 — Meeting at the agency office, twelve days after the request. Present: the legal ' +
          'protection officer (M. K.), the officer responsible for this population (T. V.), D. K. and myself.\n\n' +
          'Support. The agency says it helped relocate the members but no longer pays them: it paid financial ' +
          'support in 2016 and has run out of money. Under its agreement with the host state, the organization is ' +
          'responsible for paying members and leavers alike. The leavers say the agency pays 500 EUR a month. ' +
          'Asked again, the agency admits it pays some people case by case: for D. K. it pays accommodation; the ' +
          'rest of the help buys him a few kilograms of oil, flour and sugar a month.',
      },
      {
        author: 'lawyer',
        body:
          '9 October 2026 — Meeting, continued. Status and integration. The leavers have no work permits, no ' +
          'passports, a "humanitarian" basis rather than asylum, and do not speak Albanian. The state supports ' +
          'refugees for six months (housing, food); after that they are on their own. The agency refers social ' +
          'needs to its partner NGO and offers integration training. Residence questions go to the Interior ' +
          'Ministry, status questions to the asylum office.',
      },
      {
        author: 'lawyer',
        body:
          '9 October 2026 — Meeting, continued. Conduct of the organization. D. K. described blackmail, threats of ' +
          'slander, a network spying on members who leave, isolation, and the ban on contact with families: a ' +
          'member caught talking to family is expelled and called an agent of a foreign state. Families who ' +
          'travelled to see relatives have been detained and threatened, even by police. The agency says such ' +
          'conduct must be judged by the host government; the agreement is not public. It suggests taking the ' +
          'organization to court to make it pay for the leavers.',
      },
      {
        author: 'lawyer',
        body:
          'Follow-up. (1) Write the meeting up as a public report naming officials and clients only by initials. ' +
          '(2) Ask the Interior Ministry about residence. (3) Ask the asylum office whether the clients may apply. ' +
          '(4) Prepare a claim against the organization for the support it owes. (5) Referral to the partner NGO ' +
          'for food and housing, with D. K.’s consent.',
      },
      {
        author: 'caseworker',
        body:
          'Referral received from the lawyer, with the client’s consent: food parcels and help finding cheaper ' +
          'accommodation. First visit held; D. K. agrees that we speak to the agency about his rent.',
      },
    ],
  },
  {
    client: {
      identity: {
        names: persian('Shirin', 'Bahrami', 'شیرین بهرامی'),
        birthDate: '1975-04',
        nationality: 'IR',
        languages: ['fa'],
      },
      location: { address: 'Lagjja 5, pallati 12', city: 'Durrës', country: 'AL' },
    },
    openedOn: '2026-09-18',
    summary:
      'Passport withheld by the organization. Six-month state reception ended; no income. Wants to apply for asylum.',
    withCaseworker: false,
    people: [],
    notes: [
      {
        author: 'lawyer',
        body:
          'Intake. S. B. left the organization in 2024. Her passport is still held by the organization. The six ' +
          'months of state reception (housing, food) ended in the spring; she has had no income since.',
      },
      {
        author: 'lawyer',
        body: '27 September 2026 — Her situation is part of the meeting request sent to the Refugee Agency office.',
      },
      {
        author: 'lawyer',
        body:
          '9 October 2026 — At the meeting the agency referred residence to the Interior Ministry and status to ' +
          'the asylum office. Letter to the asylum office to be drafted; she must not be named in the public report.',
      },
    ],
  },
  {
    client: {
      identity: {
        names: persian('Kaveh', 'Nadimi', 'کاوه ندیمی'),
        birthDate: '1981-07-02',
        nationality: 'IR',
        languages: ['fa', 'ar'],
      },
      location: { address: 'Rruga e Qershive 8', city: 'Tirana', country: 'AL', since: '2026-02-10' },
    },
    openedOn: '2026-09-22',
    summary: 'Threatened and followed since leaving. His sister abroad asks for contact.',
    withCaseworker: false,
    people: [
      {
        kind: 'family_member',
        relationship: 'sister',
        identity: {
          names: persian('Mahnaz', 'Nadimi', 'مهناز ندیمی'),
          nationality: 'IR',
          languages: ['fa'],
          phone: '+98 21 5550 0142',
        },
        location: { city: 'Tehran', country: 'IR' },
      },
      {
        kind: 'witness',
        relationship: 'former member who saw the threats',
        identity: { names: persian('Farhad', 'Sepehri', 'فرهاد سپهری'), languages: ['fa'] },
      },
    ],
    notes: [
      {
        author: 'lawyer',
        body:
          'Intake. K. N. says former comrades follow him and have threatened to spread that he is a foreign agent. ' +
          'F. S., who left at the same time, saw one of the threats and is willing to give a statement.',
      },
      {
        author: 'lawyer',
        body:
          '20 October 2026 — Family contact request: his sister M. N. wrote to the office asking to be put in ' +
          'touch with him. Nothing was confirmed or disclosed to her. K. N. to be consulted in person first.',
      },
      {
        author: 'lawyer',
        body:
          '24 October 2026 — K. N. consulted: he wants contact with his sister, through this office only. No ' +
          'address or phone number of his is to be given. First call to be arranged from the office.',
      },
    ],
  },
  {
    client: {
      identity: {
        names: persian('Parvaneh', 'Azadi', 'پروانه آزادی'),
        birthDate: '1972',
        nationality: 'IR',
        languages: ['fa', 'en'],
      },
    },
    openedOn: '2026-10-12',
    summary: 'Her brother travelled to see her and was detained and threatened, also by police.',
    withCaseworker: false,
    people: [
      {
        kind: 'family_member',
        relationship: 'brother',
        identity: { names: persian('Hamid', 'Azadi', 'حمید آزادی'), nationality: 'IR', languages: ['fa'] },
      },
    ],
    notes: [
      {
        author: 'lawyer',
        body:
          'Intake. P. A. says her brother H. A. travelled to see her this summer. Near the camp he was held for ' +
          'hours, told to leave the country and threatened, by members of the organization and by police officers.',
      },
    ],
  },
];
