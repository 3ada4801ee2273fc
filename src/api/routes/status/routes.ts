import { listLegalStatus } from '../../../services/status/list-legal-status.js';
import { recordLegalStatus } from '../../../services/status/record-legal-status.js';
import { updateLegalStatus } from '../../../services/status/update-legal-status.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  legalStatus,
  statusBody,
  statusHistoryQuery,
  statusHistoryResponse,
  statusParams,
  statusPatchBody,
} from './schema.js';

const tags = ['legal status'];

export function statusRoutes(app: ApiApp): void {
  app.get(
    '/api/people/:id/legal-status',
    {
      schema: {
        tags,
        params: idParams,
        querystring: statusHistoryQuery,
        response: { 200: statusHistoryResponse, ...problemResponses },
      },
    },
    async (req) => listLegalStatus(app.deps, actorOf(req), req.params.id, req.query.on),
  );
  app.post(
    '/api/people/:id/legal-status',
    { schema: { tags, params: idParams, body: statusBody, response: { 201: legalStatus, ...problemResponses } } },
    async (req, reply) =>
      reply.code(201).send(await recordLegalStatus(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/people/:id/legal-status/:statusId',
    {
      schema: {
        tags,
        params: statusParams,
        body: statusPatchBody,
        response: { 200: legalStatus, ...problemResponses },
      },
    },
    async (req) => updateLegalStatus(app.deps, actorOf(req), req.params.id, req.params.statusId, req.body),
  );
}
