import { onCase, req, type RouteTable } from '../route-spec.js';

/** The records kept on a person of a case: documents, legal status, and the support ledger. */
export const personRecordRoutes: RouteTable = {
  'GET /api/people/:id/documents': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/people/${t.rec.clientId}/documents`),
  },
  'POST /api/people/:id/documents': {
    rule: onCase('document:update'),
    request: ({ t }) =>
      req('POST', `/api/people/${t.rec.clientId}/documents`, { kind: 'work_permit', state: 'applied_for' }),
  },
  'PATCH /api/people/:id/documents/:documentId': {
    rule: onCase('document:update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/people/${t.rec.clientId}/documents/${t.rec.documentId}`, {
        version: await w.version('person_documents', t.rec.documentId),
        notes: 'Kept by the client.',
      }),
  },
  'POST /api/people/:id/documents/:documentId/number/reveal': {
    rule: onCase('identity:reveal'),
    request: ({ t }) =>
      req('POST', `/api/people/${t.rec.clientId}/documents/${t.rec.documentId}/number/reveal`, {
        reason: 'Application for a replacement travel document',
      }),
  },

  'GET /api/people/:id/legal-status': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/people/${t.rec.clientId}/legal-status`),
  },
  'POST /api/people/:id/legal-status': {
    rule: onCase('update'),
    request: ({ w, t }) =>
      req('POST', `/api/people/${t.rec.clientId}/legal-status`, { basis: 'asylum_seeker', effectiveFrom: w.day(-10) }),
  },
  'PATCH /api/people/:id/legal-status/:statusId': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/people/${t.rec.clientId}/legal-status/${t.rec.statusId}`, {
        version: await w.version('legal_statuses', t.rec.statusId),
        openQuestions: 'Whether the stay was ever renewed.',
      }),
  },

  'GET /api/people/:id/support': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/people/${t.rec.clientId}/support`),
  },
  'POST /api/people/:id/support/entitlements': {
    rule: onCase('support:update'),
    request: ({ w, t }) =>
      req('POST', `/api/people/${t.rec.clientId}/support/entitlements`, {
        providerId: w.agency,
        kind: 'training',
        currency: 'EUR',
        period: 'one_off',
        startsOn: w.day(-5),
        basis: 'integration training',
      }),
  },
  'PATCH /api/people/:id/support/entitlements/:entitlementId': {
    rule: onCase('support:update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/people/${t.rec.clientId}/support/entitlements/${t.rec.entitlementId}`, {
        version: await w.version('support_entitlements', t.rec.entitlementId),
        basis: 'case by case, reviewed',
      }),
  },
  'GET /api/people/:id/support/entitlements/:entitlementId/payments': {
    rule: onCase('read'),
    request: ({ t }) =>
      req('GET', `/api/people/${t.rec.clientId}/support/entitlements/${t.rec.entitlementId}/payments`),
  },
  'POST /api/people/:id/support/entitlements/:entitlementId/payments': {
    rule: onCase('support:update'),
    request: ({ w, t }) =>
      req('POST', `/api/people/${t.rec.clientId}/support/entitlements/${t.rec.entitlementId}/payments`, {
        paidOn: w.day(-30),
        amountMinor: 50_000,
        currency: 'EUR',
      }),
  },
  'PATCH /api/people/:id/support/entitlements/:entitlementId/payments/:paymentId': {
    rule: onCase('support:update'),
    request: async ({ w, t }) =>
      req(
        'PATCH',
        `/api/people/${t.rec.clientId}/support/entitlements/${t.rec.entitlementId}/payments/${t.rec.paymentId}`,
        { version: await w.version('support_payments', t.rec.paymentId), amountMinor: 45_000 },
      ),
  },
};
