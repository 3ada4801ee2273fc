import { randomUUID } from 'node:crypto';
import { enableUser } from '../../../src/services/users/enable-user.js';
import { addTeamMember } from '../../../src/store/users.js';
import { global, req, type RouteTable } from '../route-spec.js';

const unique = () => randomUUID().slice(0, 8);

/** Accounts and teams, and the audit log. */
export const adminRoutes: RouteTable = {
  'GET /api/admin/users': { rule: global('user:manage'), request: () => req('GET', '/api/admin/users') },
  'POST /api/admin/users': {
    rule: global('user:manage'),
    request: () =>
      req('POST', '/api/admin/users', {
        username: `walk-${unique()}`,
        displayName: 'Walk account',
        role: 'caseworker',
      }),
  },
  'PATCH /api/admin/users/:id': {
    rule: global('user:manage'),
    request: async ({ w }) =>
      req('PATCH', `/api/admin/users/${w.managed.id}`, {
        version: await w.version('users', w.managed.id),
        displayName: 'Managed caseworker',
      }),
  },
  'POST /api/admin/users/:id/disable': {
    rule: global('user:manage'),
    request: ({ w }) => req('POST', `/api/admin/users/${w.managed.id}/disable`),
  },
  'POST /api/admin/users/:id/enable': {
    rule: global('user:manage'),
    request: ({ w }) => req('POST', `/api/admin/users/${w.managed.id}/enable`),
  },
  'POST /api/admin/users/:id/password': {
    rule: global('user:manage'),
    request: ({ w }) => req('POST', `/api/admin/users/${w.managed.id}/password`, {}),
  },
  'GET /api/admin/teams': { rule: global('team:manage'), request: () => req('GET', '/api/admin/teams') },
  'POST /api/admin/teams': {
    rule: global('team:manage'),
    request: () => req('POST', '/api/admin/teams', { name: `Walk team ${unique()}` }),
  },
  'PUT /api/admin/teams/:id/members/:userId': {
    rule: global('team:manage'),
    request: async ({ w }) => {
      // Only an active account joins a team: the walk may just have disabled it.
      await enableUser(w.h.deps, null, w.managed.id);
      return req('PUT', `/api/admin/teams/${w.teams.spare}/members/${w.managed.id}`);
    },
  },
  'DELETE /api/admin/teams/:id/members/:userId': {
    rule: global('team:manage'),
    request: async ({ w }) => {
      await addTeamMember(w.h.store.db, w.teams.spare, w.managed.id);
      return req('DELETE', `/api/admin/teams/${w.teams.spare}/members/${w.managed.id}`);
    },
  },

  'GET /api/audit/entries': {
    rule: global('audit:read'),
    request: () => req('GET', '/api/audit/entries?limit=20'),
    showsEveryCase: true,
  },
  'GET /api/audit/checkpoints': { rule: global('audit:read'), request: () => req('GET', '/api/audit/checkpoints') },
  'POST /api/audit/checkpoints': { rule: global('audit:read'), request: () => req('POST', '/api/audit/checkpoints') },
  'GET /api/cases/:id/audit': {
    rule: { kind: 'case', action: 'audit:read' },
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/audit`),
  },
};
