import { randomUUID } from 'node:crypto';
import { INCIDENT_LISTS } from '../../../src/domain/vocabulary.js';
import { SHARED_WORD } from '../case-fixture.js';
import { global, onTeam, publicRoute, req, type RouteTable } from '../route-spec.js';

/**
 * Routes that reach no one case: health, the API document, organizations and the directory of
 * officials, vocabularies, search, the reports and the lists of what is due over the cases the
 * user sees.
 */
export const referenceRoutes: RouteTable = {
  'GET /healthz': { rule: publicRoute, request: () => ({ ...req('GET', '/healthz'), token: null }) },
  'GET /api/openapi.json': { rule: publicRoute, request: () => ({ ...req('GET', '/api/openapi.json'), token: null }) },

  'GET /api/organizations': { rule: global('organization:read'), request: () => req('GET', '/api/organizations') },
  'POST /api/organizations': {
    rule: global('organization:create'),
    request: () => req('POST', '/api/organizations', { kind: 'ngo', name: `Partner NGO ${randomUUID().slice(0, 8)}` }),
  },
  'GET /api/organizations/:id': {
    rule: global('organization:read'),
    request: ({ w }) => req('GET', `/api/organizations/${w.agency}`),
  },
  'PATCH /api/organizations/:id': {
    rule: global('organization:update'),
    request: async ({ w }) =>
      req('PATCH', `/api/organizations/${w.court}`, {
        version: await w.version('organizations', w.court),
        notes: 'Hears support claims.',
      }),
  },
  'GET /api/directory': { rule: global('directory:read'), request: () => req('GET', '/api/directory') },
  'POST /api/directory': {
    rule: global('directory:create'),
    request: ({ w }) =>
      req('POST', '/api/directory', {
        organizationId: w.agency,
        roleTitle: 'Legal officer',
        identity: { names: [{ script: 'latin', given: 'Arta', family: 'Hoxha', full: 'Arta Hoxha' }] },
      }),
  },

  'GET /api/vocabularies': { rule: global('vocabulary:read'), request: () => req('GET', '/api/vocabularies') },
  'GET /api/vocabularies/:list': {
    rule: global('vocabulary:read'),
    request: () => req('GET', `/api/vocabularies/${INCIDENT_LISTS.actType}?locale=sq`),
  },
  'POST /api/vocabularies/:list/terms': {
    rule: global('vocabulary:manage'),
    request: () =>
      req('POST', `/api/vocabularies/${INCIDENT_LISTS.actType}/terms`, {
        labels: { en: `Threats by message ${randomUUID().slice(0, 8)}` },
      }),
  },
  'GET /api/search': { rule: global('search:run'), request: () => req('GET', `/api/search?q=${SHARED_WORD}`) },

  'GET /api/cases': { rule: global('case:list'), request: () => req('GET', '/api/cases') },
  'POST /api/cases': {
    rule: global('case:create'),
    request: () =>
      req('POST', '/api/cases', {
        client: { identity: { names: [{ script: 'latin', given: 'Navid', family: 'Kamali', full: 'Navid Kamali' }] } },
      }),
  },
  'GET /api/tasks/due': { rule: global('case:list'), request: () => req('GET', '/api/tasks/due') },
  'GET /api/tasks/reminders': { rule: global('case:list'), request: () => req('GET', '/api/tasks/reminders') },
  'GET /api/teams/:id/tasks/due': {
    rule: onTeam('team:deadlines'),
    request: ({ t }) => req('GET', `/api/teams/${t.teamId}/tasks/due`),
  },
  'GET /api/reports/expiring-documents': {
    rule: global('case:list'),
    request: () => req('GET', '/api/reports/expiring-documents?days=400'),
  },
  'GET /api/reports/clients-without-document': {
    rule: global('case:list'),
    request: () => req('GET', '/api/reports/clients-without-document?need=work_permit'),
  },
  'GET /api/reports/support-forecast': {
    rule: global('case:list'),
    request: () => req('GET', '/api/reports/support-forecast?days=60'),
  },
  'GET /api/reports/consents-awaited': {
    rule: global('case:list'),
    request: () => req('GET', '/api/reports/consents-awaited'),
  },
  'GET /api/reports/support-received': {
    rule: global('case:list'),
    request: () => req('GET', '/api/reports/support-received'),
  },
};
