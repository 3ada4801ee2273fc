import { addFiling } from '../../../services/legal-actions/add-filing.js';
import { addHearing } from '../../../services/legal-actions/add-hearing.js';
import { createLegalAction } from '../../../services/legal-actions/create-legal-action.js';
import { getLegalAction } from '../../../services/legal-actions/get-legal-action.js';
import { listCaseLegalActions } from '../../../services/legal-actions/list-case-legal-actions.js';
import { recordFiling } from '../../../services/legal-actions/record-filing.js';
import { updateHearing } from '../../../services/legal-actions/update-hearing.js';
import { updateLegalAction } from '../../../services/legal-actions/update-legal-action.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  createBody,
  filing,
  filingBody,
  filingParams,
  filingPatchBody,
  hearing,
  hearingBody,
  hearingParams,
  hearingPatchBody,
  legalAction,
  legalActionList,
  patchBody,
} from './schema.js';

const tags = ['legal actions'];

export function legalActionRoutes(app: ApiApp): void {
  app.get(
    '/api/cases/:id/legal-actions',
    { schema: { tags, params: idParams, response: { 200: legalActionList, ...problemResponses } } },
    async (req) => ({ items: await listCaseLegalActions(app.deps, actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/cases/:id/legal-actions',
    { schema: { tags, params: idParams, body: createBody, response: { 201: legalAction, ...problemResponses } } },
    async (req, reply) =>
      reply.code(201).send(await createLegalAction(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/legal-actions/:id',
    { schema: { tags, params: idParams, response: { 200: legalAction, ...problemResponses } } },
    async (req) => getLegalAction(app.deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/legal-actions/:id',
    { schema: { tags, params: idParams, body: patchBody, response: { 200: legalAction, ...problemResponses } } },
    async (req) => updateLegalAction(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/legal-actions/:id/hearings',
    { schema: { tags, params: idParams, body: hearingBody, response: { 201: hearing, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addHearing(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/legal-actions/:id/hearings/:hearingId',
    {
      schema: { tags, params: hearingParams, body: hearingPatchBody, response: { 200: hearing, ...problemResponses } },
    },
    async (req) => updateHearing(app.deps, actorOf(req), req.params.id, req.params.hearingId, req.body),
  );
  app.post(
    '/api/legal-actions/:id/filings',
    { schema: { tags, params: idParams, body: filingBody, response: { 201: filing, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addFiling(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/legal-actions/:id/filings/:filingId',
    { schema: { tags, params: filingParams, body: filingPatchBody, response: { 200: filing, ...problemResponses } } },
    async (req) => recordFiling(app.deps, actorOf(req), req.params.id, req.params.filingId, req.body),
  );
}
