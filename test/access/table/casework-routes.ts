import { onCase, req, type RouteTable } from '../route-spec.js';

/** Meetings with agencies and their minutes, claims, referrals, legal actions and tasks. */
export const caseworkRoutes: RouteTable = {
  'GET /api/cases/:id/engagements': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/engagements`),
  },
  'POST /api/engagements': {
    rule: onCase('engagement:record'),
    request: ({ w, t }) =>
      req('POST', '/api/engagements', {
        organizationId: w.agency,
        requestedOn: w.day(-1),
        channel: 'letter',
        subject: 'Follow-up meeting',
        caseIds: [t.rec.caseId],
      }),
  },
  'GET /api/engagements/:id': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/engagements/${t.rec.engagementId}`),
  },
  'POST /api/engagements/:id/outcome': {
    rule: onCase('engagement:record'),
    request: async ({ w, t }) =>
      req('POST', `/api/engagements/${await t.fresh.engagement()}/outcome`, {
        version: 1,
        status: 'held',
        on: w.day(0),
      }),
  },
  'POST /api/engagements/:id/minutes': {
    rule: onCase('engagement:record'),
    request: ({ w, t }) =>
      req('POST', `/api/engagements/${t.rec.engagementId}/minutes`, {
        items: [{ kind: 'statement', speaker: { organizationId: w.agency }, text: 'Support is case by case.' }],
      }),
  },
  'PATCH /api/engagements/:id/minutes/:itemId': {
    rule: onCase('engagement:record'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/engagements/${t.rec.engagementId}/minutes/${t.rec.minutesItemId}`, {
        version: await w.version('minutes_items', t.rec.minutesItemId),
        text: 'We will call back within a week.',
      }),
  },

  'POST /api/claim-topics': {
    rule: onCase('update'),
    request: ({ t }) => req('POST', '/api/claim-topics', { title: 'Who pays for housing', caseIds: [t.rec.caseId] }),
  },
  'GET /api/claim-topics/:id': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/claim-topics/${t.rec.topicId}`),
  },
  'POST /api/claim-topics/:id/claims': {
    rule: onCase('update'),
    request: ({ w, t }) =>
      req('POST', `/api/claim-topics/${t.rec.topicId}/claims`, {
        assertedBy: { organizationId: w.agency },
        assertedOn: w.day(-2),
        stance: 'denies',
        statement: 'Some people are paid case by case.',
        source: { kind: 'minutes_item', id: t.rec.minutesItemId },
      }),
  },
  'PUT /api/claim-topics/:id/verification': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PUT', `/api/claim-topics/${t.rec.topicId}/verification`, {
        version: await w.version('claim_topics', t.rec.topicId),
        status: 'unverified',
      }),
  },
  'GET /api/cases/:id/claim-topics': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/claim-topics`),
  },
  'GET /api/cases/:id/contradictions': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/contradictions`),
  },

  'GET /api/cases/:id/referrals': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/referrals`),
  },
  'POST /api/cases/:id/referrals': {
    rule: onCase('referral:update'),
    request: ({ w, t }) =>
      req('POST', `/api/cases/${t.rec.caseId}/referrals`, {
        toOrganizationId: w.agency,
        sentOn: w.day(0),
        purpose: 'Language course',
        consent: { givenOn: w.day(0), method: 'phone' },
      }),
  },
  'POST /api/referrals/:id/status': {
    rule: onCase('referral:update'),
    request: async ({ w, t }) =>
      req('POST', `/api/referrals/${await t.fresh.referral()}/status`, {
        version: 1,
        status: 'accepted',
        on: w.day(0),
      }),
  },

  'GET /api/cases/:id/legal-actions': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/legal-actions`),
  },
  'POST /api/cases/:id/legal-actions': {
    rule: onCase('update'),
    request: ({ w, t }) =>
      req('POST', `/api/cases/${t.rec.caseId}/legal-actions`, {
        forumOrganizationId: w.court,
        kind: 'other',
        title: 'Residence appeal',
        openedOn: w.day(-3),
      }),
  },
  'GET /api/legal-actions/:id': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/legal-actions/${t.rec.legalActionId}`),
  },
  'PATCH /api/legal-actions/:id': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/legal-actions/${t.rec.legalActionId}`, {
        version: await w.version('legal_actions', t.rec.legalActionId),
        title: 'Claim for support',
      }),
  },
  'POST /api/legal-actions/:id/hearings': {
    rule: onCase('update'),
    request: ({ w, t }) =>
      req('POST', `/api/legal-actions/${t.rec.legalActionId}/hearings`, { on: w.day(20), place: 'Room 2' }),
  },
  'PATCH /api/legal-actions/:id/hearings/:hearingId': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/legal-actions/${t.rec.legalActionId}/hearings/${t.rec.hearingId}`, {
        version: await w.version('hearings', t.rec.hearingId),
        place: 'Room 6',
      }),
  },
  'POST /api/legal-actions/:id/filings': {
    rule: onCase('update'),
    request: ({ w, t }) =>
      req('POST', `/api/legal-actions/${t.rec.legalActionId}/filings`, { kind: 'statement', deadlineOn: w.day(15) }),
  },
  'PATCH /api/legal-actions/:id/filings/:filingId': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/legal-actions/${t.rec.legalActionId}/filings/${t.rec.filingId}`, {
        version: await w.version('filings', t.rec.filingId),
        filedOn: w.day(0),
      }),
  },

  'GET /api/cases/:id/tasks': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/tasks`),
  },
  'POST /api/cases/:id/tasks': {
    rule: onCase('task:update'),
    request: ({ w, t }) =>
      req('POST', `/api/cases/${t.rec.caseId}/tasks`, {
        title: 'Ask about the permit',
        kind: 'other',
        dueOn: w.day(3),
      }),
  },
  'PATCH /api/tasks/:id': {
    rule: onCase('task:update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/tasks/${t.rec.taskId}`, {
        version: await w.version('tasks', t.rec.taskId),
        title: 'Call the agency again',
      }),
  },
};
