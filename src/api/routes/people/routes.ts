import { addCasePerson } from '../../../services/people/add-case-person.js';
import { createOfficial } from '../../../services/people/create-official.js';
import { getPerson } from '../../../services/people/get-person.js';
import { listCasePeople } from '../../../services/people/list-case-people.js';
import { listDirectory } from '../../../services/people/list-directory.js';
import { revealIdentity } from '../../../services/people/reveal-identity.js';
import { revealLocation } from '../../../services/people/reveal-location.js';
import { updateIdentity } from '../../../services/people/update-identity.js';
import { updateLocation } from '../../../services/people/update-location.js';
import { updatePerson } from '../../../services/people/update-person.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  casePeopleResponse,
  casePersonBody,
  directoryQuery,
  directoryResponse,
  identityBody,
  identityRevealed,
  locationBody,
  locationRevealed,
  officialBody,
  person,
  personCreated,
  personPatchBody,
  revealBody,
} from './schema.js';

const tags = ['people'];

export function peopleRoutes(app: ApiApp): void {
  app.get(
    '/api/directory',
    { schema: { tags, querystring: directoryQuery, response: { 200: directoryResponse, ...problemResponses } } },
    async (req) => ({ items: await listDirectory(app.deps, actorOf(req), req.query) }),
  );
  app.post(
    '/api/directory',
    { schema: { tags, body: officialBody, response: { 201: person, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createOfficial(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/cases/:id/people',
    { schema: { tags, params: idParams, response: { 200: casePeopleResponse, ...problemResponses } } },
    async (req) => ({ items: await listCasePeople(app.deps, actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/cases/:id/people',
    { schema: { tags, params: idParams, body: casePersonBody, response: { 201: personCreated, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addCasePerson(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/people/:id',
    { schema: { tags, params: idParams, response: { 200: person, ...problemResponses } } },
    async (req) => getPerson(app.deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/people/:id',
    { schema: { tags, params: idParams, body: personPatchBody, response: { 200: person, ...problemResponses } } },
    async (req) => updatePerson(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/people/:id/identity',
    { schema: { tags, params: idParams, body: identityBody, response: { 200: person, ...problemResponses } } },
    async (req) => updateIdentity(app.deps, actorOf(req), req.params.id, req.body.version, req.body.identity),
  );
  app.put(
    '/api/people/:id/location',
    { schema: { tags, params: idParams, body: locationBody, response: { 200: person, ...problemResponses } } },
    async (req) => updateLocation(app.deps, actorOf(req), req.params.id, req.body.version, req.body.location),
  );
  app.post(
    '/api/people/:id/identity/reveal',
    { schema: { tags, params: idParams, body: revealBody, response: { 200: identityRevealed, ...problemResponses } } },
    async (req) => revealIdentity(app.deps, actorOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/people/:id/location/reveal',
    { schema: { tags, params: idParams, body: revealBody, response: { 200: locationRevealed, ...problemResponses } } },
    async (req) => revealLocation(app.deps, actorOf(req), req.params.id, req.body.reason),
  );
}
