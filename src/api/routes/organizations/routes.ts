import { createOrganization } from '../../../services/organizations/create-organization.js';
import { getOrganization } from '../../../services/organizations/get-organization.js';
import { listOrganizations } from '../../../services/organizations/list-organizations.js';
import { updateOrganization } from '../../../services/organizations/update-organization.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { createBody, listQuery, listResponse, organization, updateBody } from './schema.js';

const tags = ['organizations'];

export function organizationRoutes(app: ApiApp): void {
  app.get(
    '/api/organizations',
    { schema: { tags, querystring: listQuery, response: { 200: listResponse, ...problemResponses } } },
    async (req) => ({ items: await listOrganizations(app.deps, actorOf(req), req.query) }),
  );
  app.post(
    '/api/organizations',
    { schema: { tags, body: createBody, response: { 201: organization, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createOrganization(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/organizations/:id',
    { schema: { tags, params: idParams, response: { 200: organization, ...problemResponses } } },
    async (req) => getOrganization(app.deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/organizations/:id',
    { schema: { tags, params: idParams, body: updateBody, response: { 200: organization, ...problemResponses } } },
    async (req) => {
      const { version, ...patch } = req.body;
      return updateOrganization(app.deps, actorOf(req), req.params.id, version, patch);
    },
  );
}
