import { approveExport } from '../../../services/exports/approve-export.js';
import { executeExport } from '../../../services/exports/execute-export.js';
import { getExport } from '../../../services/exports/get-export.js';
import { listExports } from '../../../services/exports/list-exports.js';
import { refuseExport } from '../../../services/exports/refuse-export.js';
import { requestIdentityExport } from '../../../services/exports/request-export.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { approveBody, createBody, exportRequest, exportResult, listQuery, listResponse, refuseBody } from './schema.js';

const tags = ['exports'];

/** Bulk exports of identities: asked for by one person, approved by another, run once. */
export function exportRoutes(app: ApiApp): void {
  app.post(
    '/api/exports',
    { schema: { tags, body: createBody, response: { 201: exportRequest, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await requestIdentityExport(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/exports',
    { schema: { tags, querystring: listQuery, response: { 200: listResponse, ...problemResponses } } },
    async (req) => ({ items: await listExports(app.deps, actorOf(req), req.query) }),
  );
  app.get(
    '/api/exports/:id',
    { schema: { tags, params: idParams, response: { 200: exportRequest, ...problemResponses } } },
    async (req) => getExport(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/exports/:id/approve',
    { schema: { tags, params: idParams, body: approveBody, response: { 200: exportRequest, ...problemResponses } } },
    async (req) => approveExport(app.deps, actorOf(req), req.params.id, req.body.note ?? null),
  );
  app.post(
    '/api/exports/:id/refuse',
    { schema: { tags, params: idParams, body: refuseBody, response: { 200: exportRequest, ...problemResponses } } },
    async (req) => refuseExport(app.deps, actorOf(req), req.params.id, req.body.note),
  );
  app.post(
    '/api/exports/:id/execute',
    { schema: { tags, params: idParams, response: { 200: exportResult, ...problemResponses } } },
    async (req) => executeExport(app.deps, actorOf(req), req.params.id),
  );
}
