import type { GlobalAction } from '../../src/security/policy.js';
import type { RouteKey } from './registered-routes.js';
import { req } from './route-spec.js';
import type { WalkRequest } from './walk-request.js';
import type { World } from './world.js';

/**
 * The person routes reached through the directory instead of a case: an official is read and
 * kept under the directory actions; officials have no whereabouts here, so those routes refuse
 * them to everyone. A refusal reads as "not found", as for any person.
 */
export interface OfficialRoute {
  route: RouteKey;
  action: Extract<GlobalAction, 'directory:read' | 'directory:update'> | null;
  request: (w: World) => Promise<WalkRequest>;
}

const person = (w: World) => `/api/people/${w.officialId}`;
const reason = { reason: 'Letter to the protection office' };

export const officialRoutes: readonly OfficialRoute[] = [
  { route: 'GET /api/people/:id', action: 'directory:read', request: (w) => Promise.resolve(req('GET', person(w))) },
  {
    route: 'PATCH /api/people/:id',
    action: 'directory:update',
    request: async (w) =>
      req('PATCH', person(w), {
        version: await w.version('people', w.officialId),
        roleTitle: 'Senior protection officer',
      }),
  },
  {
    route: 'PUT /api/people/:id/identity',
    action: 'directory:update',
    request: async (w) =>
      req('PUT', `${person(w)}/identity`, {
        version: await w.version('people', w.officialId),
        identity: { names: [{ script: 'latin', given: 'Ilir', family: 'Dervishaj', full: 'Ilir Dervishaj' }] },
      }),
  },
  {
    route: 'POST /api/people/:id/identity/reveal',
    action: 'directory:read',
    request: (w) => Promise.resolve(req('POST', `${person(w)}/identity/reveal`, reason)),
  },
  {
    route: 'PUT /api/people/:id/location',
    action: null,
    request: async (w) =>
      req('PUT', `${person(w)}/location`, {
        version: await w.version('people', w.officialId),
        location: { city: 'Tirana', country: 'AL' },
      }),
  },
  {
    route: 'POST /api/people/:id/location/reveal',
    action: null,
    request: (w) => Promise.resolve(req('POST', `${person(w)}/location/reveal`, reason)),
  },
];
