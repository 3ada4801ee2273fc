import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestUser } from '../support/harness.js';
import { uploadForm } from './evidence-upload.js';
import { ok, type Body, type World } from './world.js';

/** The records of one case that the routes read or change (their ids). */
export interface CaseRecords {
  caseId: string;
  caseCode: string;
  clientId: string;
  /** A second case of the same team, to link an incident to. */
  linkCaseId: string;
  noteId: string;
  documentId: string;
  statusId: string;
  entitlementId: string;
  paymentId: string;
  engagementId: string;
  minutesItemId: string;
  topicId: string;
  referralId: string;
  legalActionId: string;
  hearingId: string;
  filingId: string;
  taskId: string;
  incidentId: string;
  sourceId: string;
  interventionId: string;
  consentId: string;
  incidentEvidenceId: string;
  caseEvidenceId: string;
  exportId: string;
}

/** The word every case's notes and incidents share, for searches. */
export const SHARED_WORD = 'lighthouse';

/** Who keeps a case: the lawyer who opened it, and a supervisor of its team who approves exports. */
export interface CaseStaff {
  owner: TestUser;
  approver: TestUser;
  teamId: string;
}

/** Records made anew for a call that uses them up (a status that moves once, a request run once). */
export interface FreshRecords {
  /** A meeting request, not yet answered. */
  engagement(): Promise<string>;
  /** A referral just sent. */
  referral(): Promise<string>;
  /** A consent in force to the use of the case's incident. */
  consent(): Promise<string>;
  /** An incident of the case alone. */
  incident(): Promise<string>;
  /** A pending export of the case's identities, asked for by its owner. */
  exportRequest(): Promise<string>;
  /** An approved export asked for by `requester` if they may ask for one, else the owner's pending one. */
  exportOf(requester: TestUser): Promise<string>;
}

export async function uploadEvidence(w: World, as: TestUser, url: string): Promise<string> {
  const form = uploadForm(w.png, { description: 'Photo of the letter' });
  const r = await w.h.app.inject({
    method: 'POST',
    url,
    headers: { ...as.headers, ...form.headers },
    payload: form.payload,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}

export function incidentBody(w: World, caseId: string, clientId: string) {
  return {
    caseIds: [caseId],
    title: 'Threats after leaving',
    start: { value: w.day(-200), precision: 'exact' },
    country: 'AL',
    place: 'Near the camp gate',
    description: `Threatened by former members near the ${SHARED_WORD}.`,
    acts: [{ type: w.terms.act, victim: { personId: clientId } }],
    sources: [
      {
        source: { personId: clientId },
        connection: w.terms.connection,
        receivedOn: w.day(-100),
        statement: 'They said my family would pay.',
      },
    ],
    interventions: [
      {
        type: w.terms.intervention,
        by: { organizationId: w.agency },
        madeOn: w.day(-90),
        status: w.terms.interventionStatus,
      },
    ],
  };
}

/** A new case for a fictional client, opened by the staff's owner for their team, with every record the routes reach. */
export async function buildCase(
  w: World,
  staff: CaseStaff,
  client: { given: string; family: string },
): Promise<{ rec: CaseRecords; fresh: FreshRecords }> {
  const { h } = w;
  const owner = staff.owner;
  const post = (url: string, body: object) => ok(h, owner, 'POST', url, body);
  const kase = await post('/api/cases', {
    teamId: staff.teamId,
    client: {
      identity: {
        names: [
          { script: 'latin', given: client.given, family: client.family, full: `${client.given} ${client.family}` },
        ],
      },
      location: { city: 'Durrës', country: 'AL' },
    },
  });
  const caseId: string = kase.id;
  const clientId: string = kase.clientId;
  const linkCase = await post('/api/cases', {
    teamId: staff.teamId,
    client: {
      identity: { names: [{ script: 'latin', given: 'Omid', family: client.family, full: `Omid ${client.family}` }] },
    },
  });
  const person = `/api/people/${clientId}`;

  const note = await post(`/api/cases/${caseId}/notes`, { body: `Met at the ${SHARED_WORD} office.` });
  const document = await post(`${person}/documents`, {
    kind: 'passport',
    state: 'held',
    number: 'P0000000',
    expiresOn: w.day(300),
  });
  const status = await post(`${person}/legal-status`, { basis: 'humanitarian_stay', effectiveFrom: w.day(-400) });
  const entitlement = await post(`${person}/support/entitlements`, {
    providerId: w.agency,
    kind: 'cash',
    amountMinor: 50_000,
    currency: 'EUR',
    period: 'monthly',
    startsOn: w.day(-90),
    endsOn: w.day(20),
    basis: 'case by case',
  });
  const payment = await post(`${person}/support/entitlements/${entitlement.id}/payments`, {
    paidOn: w.day(-1),
    amountMinor: 50_000,
    currency: 'EUR',
  });

  const newEngagement = async () =>
    (
      await post('/api/engagements', {
        organizationId: w.agency,
        requestedOn: w.day(-12),
        channel: 'email',
        subject: 'Meeting request',
        caseIds: [caseId],
      })
    ).id as string;
  const engagementId = await newEngagement();
  await ok(
    h,
    owner,
    'POST',
    `/api/engagements/${engagementId}/outcome`,
    { version: 1, status: 'held', on: w.day(-2) },
    200,
  );
  const minutes = await post(`/api/engagements/${engagementId}/minutes`, {
    items: [{ kind: 'commitment', speaker: { organizationId: w.agency }, text: 'We will call back.' }],
  });
  const minutesItemId: string = minutes.minutes[0].id;
  const topic = await post('/api/claim-topics', { title: 'Monthly payment', caseIds: [caseId] });
  await post(`/api/claim-topics/${topic.id}/claims`, {
    assertedBy: { organizationId: w.agency },
    assertedOn: w.day(-2),
    statement: 'The agency pays nothing.',
    source: { kind: 'minutes_item', id: minutesItemId },
  });

  const newReferral = async () =>
    (
      await post(`/api/cases/${caseId}/referrals`, {
        toOrganizationId: w.agency,
        sentOn: w.day(-1),
        purpose: 'Integration training',
        consent: { givenOn: w.day(-1), method: 'in_person' },
      })
    ).id as string;
  const referralId = await newReferral();
  const action = await post(`/api/cases/${caseId}/legal-actions`, {
    forumOrganizationId: w.court,
    kind: 'civil_claim',
    title: 'Support claim',
    openedOn: w.day(-30),
  });
  const hearing = await post(`/api/legal-actions/${action.id}/hearings`, { on: w.day(5), place: 'Room 4' });
  const filing = await post(`/api/legal-actions/${action.id}/filings`, { kind: 'appeal', deadlineOn: w.day(9) });
  const task = await post(`/api/cases/${caseId}/tasks`, { title: 'Call the agency', kind: 'other', dueOn: w.day(-1) });

  const newIncident = (): Promise<Body> => post('/api/incidents', incidentBody(w, caseId, clientId));
  const incident = await newIncident();
  const consentIds = new Set<string>(incident.consents.map((c: { id: string }) => c.id));
  const newConsent = async () => {
    const after = await post(`/api/incidents/${incident.id}/consents`, {
      purpose: 'internal_only',
      givenBy: clientId,
      givenOn: w.day(-50),
      method: 'written',
    });
    const added = after.consents.find((c: { id: string }) => !consentIds.has(c.id));
    consentIds.add(added.id);
    return added.id as string;
  };
  const consentId = await newConsent();
  const incidentEvidenceId = await uploadEvidence(w, owner, `/api/incidents/${incident.id}/evidence`);
  const caseEvidenceId = await uploadEvidence(w, owner, `/api/cases/${caseId}/evidence`);

  const exportId = await exportAsked(w, owner, caseId);

  const rec: CaseRecords = {
    caseId,
    caseCode: kase.code,
    clientId,
    linkCaseId: linkCase.id,
    noteId: note.id,
    documentId: document.id,
    statusId: status.id,
    entitlementId: entitlement.id,
    paymentId: payment.id,
    engagementId,
    minutesItemId,
    topicId: topic.id,
    referralId,
    legalActionId: action.id,
    hearingId: hearing.id,
    filingId: filing.id,
    taskId: task.id,
    incidentId: incident.id,
    sourceId: incident.sources[0].id,
    interventionId: incident.interventions[0].id,
    consentId,
    incidentEvidenceId,
    caseEvidenceId,
    exportId,
  };
  const fresh: FreshRecords = {
    engagement: newEngagement,
    referral: newReferral,
    consent: newConsent,
    incident: async () => (await newIncident()).id as string,
    exportRequest: () => exportAsked(w, owner, caseId),
    exportOf: async (requester) => {
      const asked = await exportAskedBy(w, requester, caseId);
      if (!asked) return exportId;
      await ok(h, staff.approver, 'POST', `/api/exports/${asked}/approve`, {}, 200);
      return asked;
    },
  };
  return { rec, fresh };
}

const EXPORT_REASON = 'Court filing of the clients concerned';

async function exportAsked(w: World, requester: TestUser, caseId: string): Promise<string> {
  const id = await exportAskedBy(w, requester, caseId);
  if (!id) throw new Error(`${requester.username} may not ask for an export of case ${caseId}`);
  return id;
}

/** The id of an export of the case asked for by `requester`, or null when they may not ask for one. */
async function exportAskedBy(w: World, requester: TestUser, caseId: string): Promise<string | null> {
  const r = await w.h.app.inject({
    method: 'POST',
    url: '/api/exports',
    headers: requester.headers,
    payload: { scope: { kind: 'cases', caseIds: [caseId] }, reason: EXPORT_REASON },
  });
  return r.statusCode === 201 ? r.json<{ id: string }>().id : null;
}

/** Random ids in place of every record: the target of "refused exactly like one that does not exist". */
export function missingRecords(): { rec: CaseRecords; fresh: FreshRecords } {
  const x = () => randomUUID();
  const rec: CaseRecords = {
    caseId: x(),
    caseCode: 'C-0000-0000',
    clientId: x(),
    linkCaseId: x(),
    noteId: x(),
    documentId: x(),
    statusId: x(),
    entitlementId: x(),
    paymentId: x(),
    engagementId: x(),
    minutesItemId: x(),
    topicId: x(),
    referralId: x(),
    legalActionId: x(),
    hearingId: x(),
    filingId: x(),
    taskId: x(),
    incidentId: x(),
    sourceId: x(),
    interventionId: x(),
    consentId: x(),
    incidentEvidenceId: x(),
    caseEvidenceId: x(),
    exportId: x(),
  };
  const random = () => Promise.resolve(x());
  return {
    rec,
    fresh: {
      engagement: random,
      referral: random,
      consent: random,
      incident: random,
      exportRequest: random,
      exportOf: random,
    },
  };
}
