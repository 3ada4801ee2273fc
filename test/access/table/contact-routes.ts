import { randomUUID } from 'node:crypto';
import type { CallContext, RouteTable } from '../route-spec.js';
import { global, onCase, onTeam, req } from '../route-spec.js';
import { ok } from '../world.js';

/** How far a request of the walk has gone before the route under test takes its next step. */
type Stage = 'received' | 'searching' | 'possible_match_found' | 'sought_person_consulted' | 'consent_given';
const STAGES: readonly Stage[] = [
  'received',
  'searching',
  'possible_match_found',
  'sought_person_consulted',
  'consent_given',
];

/**
 * A contact request received by the target's team, made by the team's lawyer (who owns the
 * target's case) and taken to `stage`; for the missing target, an id that names no request.
 */
async function requestAt({ w, t }: CallContext, stage: Stage): Promise<{ id: string; version: number }> {
  if (t.name === 'missing') return { id: randomUUID(), version: 1 };
  const owner = t.name === 'own' ? w.ownerA : w.ownerB;
  const on = w.day(0);
  const url = (id: string, step: string) => `/api/contact-requests/${id}/${step}`;
  let r = await ok(w.h, owner, 'POST', '/api/contact-requests', {
    teamId: t.teamId,
    receivedOn: on,
    requester: { name: 'Nasrin Zarandi', relationship: 'sister', country: 'SE', contact: 'through a lawyer' },
    sought: { names: ['Kaveh Zarandi'] },
  });
  const id: string = r.id;
  const reached = (s: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(s);
  if (reached('searching')) r = await ok(w.h, owner, 'POST', url(id, 'search'), {}, 200);
  if (reached('possible_match_found')) {
    r = await ok(w.h, owner, 'POST', url(id, 'match'), { version: r.version, personId: t.rec.clientId, on }, 200);
  }
  if (reached('sought_person_consulted')) {
    r = await ok(w.h, owner, 'POST', url(id, 'consultation'), { version: r.version, on }, 200);
  }
  if (reached('consent_given')) {
    r = await ok(
      w.h,
      owner,
      'POST',
      url(id, 'answer'),
      { version: r.version, answer: 'given', on, method: 'in_person', shared: { wellbeing: true } },
      200,
    );
  }
  return { id, version: r.version };
}

/** Family contact requests (handled by the team that received them) and the duplicate check. */
export const contactRoutes: RouteTable = {
  'POST /api/people/duplicate-check': {
    rule: global('person:duplicate-check'),
    request: () => req('POST', '/api/people/duplicate-check', { names: [{ script: 'latin', full: 'Navid Kamali' }] }),
  },
  'GET /api/contact-requests': {
    rule: global('contact:handle'),
    request: () => req('GET', '/api/contact-requests?limit=20'),
  },
  'GET /api/cases/:id/contact-requests': {
    rule: onCase('read'),
    request: async (c) => {
      await requestAt(c, 'possible_match_found');
      return req('GET', `/api/cases/${c.t.rec.caseId}/contact-requests`);
    },
  },
  'POST /api/contact-requests': {
    rule: onTeam('contact:handle'),
    request: ({ w, t }) =>
      req('POST', '/api/contact-requests', {
        teamId: t.teamId,
        receivedOn: w.day(0),
        requester: { name: 'Nasrin Zarandi', relationship: 'sister', country: 'SE', contact: 'through a lawyer' },
        sought: { names: ['Kaveh Zarandi'] },
      }),
  },
  'GET /api/contact-requests/:id': {
    rule: onTeam('contact:handle'),
    request: async (c) => req('GET', `/api/contact-requests/${(await requestAt(c, 'received')).id}`),
  },
  'GET /api/contact-requests/:id/requester-view': {
    rule: onTeam('contact:handle'),
    request: async (c) => req('GET', `/api/contact-requests/${(await requestAt(c, 'received')).id}/requester-view`),
  },
  'POST /api/contact-requests/:id/search': {
    rule: onTeam('contact:handle'),
    request: async (c) => req('POST', `/api/contact-requests/${(await requestAt(c, 'received')).id}/search`, {}),
  },
  'POST /api/contact-requests/:id/match': {
    rule: onTeam('contact:handle'),
    request: async (c) => {
      const r = await requestAt(c, 'searching');
      return req('POST', `/api/contact-requests/${r.id}/match`, {
        version: r.version,
        personId: c.t.rec.clientId,
        on: c.w.day(0),
      });
    },
  },
  'POST /api/contact-requests/:id/consultation': {
    rule: onTeam('contact:handle'),
    request: async (c) => {
      const r = await requestAt(c, 'possible_match_found');
      return req('POST', `/api/contact-requests/${r.id}/consultation`, { version: r.version, on: c.w.day(0) });
    },
  },
  'POST /api/contact-requests/:id/answer': {
    rule: onTeam('contact:handle'),
    request: async (c) => {
      const r = await requestAt(c, 'sought_person_consulted');
      return req('POST', `/api/contact-requests/${r.id}/answer`, {
        version: r.version,
        answer: 'refused',
        on: c.w.day(0),
        method: 'phone',
      });
    },
  },
  'POST /api/contact-requests/:id/contact-made': {
    rule: onTeam('contact:handle'),
    request: async (c) => {
      const r = await requestAt(c, 'consent_given');
      return req('POST', `/api/contact-requests/${r.id}/contact-made`, { version: r.version, on: c.w.day(0) });
    },
  },
  'POST /api/contact-requests/:id/close': {
    rule: onTeam('contact:handle'),
    request: async (c) => {
      const r = await requestAt(c, 'received');
      return req('POST', `/api/contact-requests/${r.id}/close`, { version: r.version, on: c.w.day(0) });
    },
  },
};
