import { addAssignment, removeAssignment } from '../../../src/store/cases.js';
import { onCase, req, type CallContext, type RouteTable } from '../route-spec.js';

const reason = { reason: 'Preparing the residence application' };

/** Puts the spare staff member on the target's case, or takes them off, before a call that changes it. */
async function spareAssigned({ w, t }: CallContext, assigned: boolean): Promise<void> {
  if (t.name === 'missing') return;
  if (assigned) await addAssignment(w.h.store.db, t.rec.caseId, w.spare.id, new Date().toISOString());
  else await removeAssignment(w.h.store.db, t.rec.caseId, w.spare.id);
}

/** A case, its notes and staff, and the people on it with their protected identity and whereabouts. */
export const caseRoutes: RouteTable = {
  'GET /api/cases/:id': { rule: onCase('read'), request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}`) },
  'PATCH /api/cases/:id': {
    rule: onCase('update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/cases/${t.rec.caseId}`, {
        version: await w.version('cases', t.rec.caseId),
        summary: 'Support ended in the spring.',
      }),
  },
  'PUT /api/cases/:id/assignments/:userId': {
    rule: onCase('assign'),
    request: async (c) => {
      await spareAssigned(c, false);
      return req('PUT', `/api/cases/${c.t.rec.caseId}/assignments/${c.w.spare.id}`);
    },
  },
  'DELETE /api/cases/:id/assignments/:userId': {
    rule: onCase('assign'),
    request: async (c) => {
      await spareAssigned(c, true);
      return req('DELETE', `/api/cases/${c.t.rec.caseId}/assignments/${c.w.spare.id}`);
    },
  },
  'GET /api/cases/:id/overview': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/overview`),
  },
  'GET /api/cases/:id/notes': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/notes`),
  },
  'POST /api/cases/:id/notes': {
    rule: onCase('note:create'),
    request: ({ t }) => req('POST', `/api/cases/${t.rec.caseId}/notes`, { body: 'Called the client back.' }),
  },
  'PATCH /api/cases/:id/notes/:noteId': {
    rule: onCase('note:update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/cases/${t.rec.caseId}/notes/${t.rec.noteId}`, {
        version: await w.version('case_notes', t.rec.noteId),
        body: 'Met at the office; called back.',
      }),
  },

  'GET /api/cases/:id/people': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/people`),
  },
  'POST /api/cases/:id/people': {
    rule: onCase('person:create'),
    request: ({ t }) =>
      req('POST', `/api/cases/${t.rec.caseId}/people`, {
        kind: 'family_member',
        relationship: 'brother',
        identity: { names: [{ script: 'latin', given: 'Reza', family: 'Kamali', full: 'Reza Kamali' }] },
      }),
  },
  'GET /api/people/:id': { rule: onCase('read'), request: ({ t }) => req('GET', `/api/people/${t.rec.clientId}`) },
  'PATCH /api/people/:id': {
    rule: onCase('person:update'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/people/${t.rec.clientId}`, {
        version: await w.version('people', t.rec.clientId),
        label: 'K.Z.',
      }),
  },
  'PUT /api/people/:id/identity': {
    rule: onCase('identity:update'),
    request: async ({ w, t }) =>
      req('PUT', `/api/people/${t.rec.clientId}/identity`, {
        version: await w.version('people', t.rec.clientId),
        identity: { names: [{ script: 'latin', given: 'Kaveh', family: 'Zarandi', full: 'Kaveh Zarandi' }] },
      }),
  },
  'PUT /api/people/:id/location': {
    rule: onCase('location:update'),
    request: async ({ w, t }) =>
      req('PUT', `/api/people/${t.rec.clientId}/location`, {
        version: await w.version('people', t.rec.clientId),
        location: { city: 'Tirana', country: 'AL' },
      }),
  },
  'POST /api/people/:id/identity/reveal': {
    rule: onCase('identity:reveal'),
    request: ({ t }) => req('POST', `/api/people/${t.rec.clientId}/identity/reveal`, reason),
  },
  'POST /api/people/:id/location/reveal': {
    rule: onCase('location:reveal'),
    request: ({ t }) => req('POST', `/api/people/${t.rec.clientId}/location/reveal`, reason),
  },
};
