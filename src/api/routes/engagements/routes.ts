import { addMinutes } from '../../../services/engagements/add-minutes.js';
import { createEngagement } from '../../../services/engagements/create-engagement.js';
import { getEngagement } from '../../../services/engagements/get-engagement.js';
import { listCaseEngagements } from '../../../services/engagements/list-case-engagements.js';
import { recordEngagementOutcome } from '../../../services/engagements/record-engagement-outcome.js';
import { updateMinutesItem } from '../../../services/engagements/update-minutes-item.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  createBody,
  engagement,
  engagementList,
  itemParams,
  itemPatchBody,
  minutesBody,
  minutesItem,
  outcomeBody,
} from './schema.js';

const tags = ['engagements'];

export function engagementRoutes(app: ApiApp): void {
  app.post(
    '/api/engagements',
    { schema: { tags, body: createBody, response: { 201: engagement, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createEngagement(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/engagements/:id',
    { schema: { tags, params: idParams, response: { 200: engagement, ...problemResponses } } },
    async (req) => getEngagement(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/engagements/:id/outcome',
    { schema: { tags, params: idParams, body: outcomeBody, response: { 200: engagement, ...problemResponses } } },
    async (req) => recordEngagementOutcome(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/engagements/:id/minutes',
    { schema: { tags, params: idParams, body: minutesBody, response: { 201: engagement, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addMinutes(app.deps, actorOf(req), req.params.id, req.body.items)),
  );
  app.patch(
    '/api/engagements/:id/minutes/:itemId',
    { schema: { tags, params: itemParams, body: itemPatchBody, response: { 200: minutesItem, ...problemResponses } } },
    async (req) => updateMinutesItem(app.deps, actorOf(req), req.params.id, req.params.itemId, req.body),
  );
  app.get(
    '/api/cases/:id/engagements',
    { schema: { tags, params: idParams, response: { 200: engagementList, ...problemResponses } } },
    async (req) => ({ items: await listCaseEngagements(app.deps, actorOf(req), req.params.id) }),
  );
}
