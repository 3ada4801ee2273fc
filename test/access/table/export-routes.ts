import { onCase, req, signedIn, type RouteTable } from '../route-spec.js';

/**
 * Bulk exports of identities. The walk's subjects never asked for the target's shared request
 * (its owner did), so seeing or deciding it is for a supervisor of its case; running one is for
 * its requester, who must still be allowed to reveal the identities.
 */
export const exportRoutes: RouteTable = {
  'POST /api/exports': {
    rule: onCase('identity:reveal'),
    request: ({ t }) =>
      req('POST', '/api/exports', {
        scope: { kind: 'cases', caseIds: [t.rec.caseId] },
        reason: 'Letters to the residence office',
      }),
  },
  // The user's own requests and those waiting for their decision.
  'GET /api/exports': { rule: signedIn, request: () => req('GET', '/api/exports') },
  'GET /api/exports/:id': {
    rule: onCase('export:approve'),
    request: ({ t }) => req('GET', `/api/exports/${t.rec.exportId}`),
  },
  'POST /api/exports/:id/approve': {
    rule: onCase('export:approve'),
    request: async ({ t }) => req('POST', `/api/exports/${await t.fresh.exportRequest()}/approve`, {}),
  },
  'POST /api/exports/:id/refuse': {
    rule: onCase('export:approve'),
    request: async ({ t }) =>
      req('POST', `/api/exports/${await t.fresh.exportRequest()}/refuse`, { note: 'Not needed for the filing' }),
  },
  // Asked for by the user when they may ask for one (and approved), else the owner's request.
  'POST /api/exports/:id/execute': {
    rule: onCase('identity:reveal'),
    request: async ({ t, as }) => req('POST', `/api/exports/${await t.fresh.exportOf(as)}/execute`),
  },
};
