import { addClaim } from '../../../services/claims/add-claim.js';
import { createTopic } from '../../../services/claims/create-topic.js';
import { getTopic } from '../../../services/claims/get-topic.js';
import { listCaseTopics } from '../../../services/claims/list-case-topics.js';
import { listContradictions } from '../../../services/claims/list-contradictions.js';
import { verifyTopic } from '../../../services/claims/verify-topic.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { claimBody, contradictionList, createTopicBody, topic, topicList, verificationBody } from './schema.js';

const tags = ['claims'];

export function claimRoutes(app: ApiApp): void {
  app.post(
    '/api/claim-topics',
    { schema: { tags, body: createTopicBody, response: { 201: topic, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createTopic(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/claim-topics/:id',
    { schema: { tags, params: idParams, response: { 200: topic, ...problemResponses } } },
    async (req) => getTopic(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/claim-topics/:id/claims',
    { schema: { tags, params: idParams, body: claimBody, response: { 201: topic, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addClaim(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.put(
    '/api/claim-topics/:id/verification',
    { schema: { tags, params: idParams, body: verificationBody, response: { 200: topic, ...problemResponses } } },
    async (req) => verifyTopic(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/cases/:id/claim-topics',
    { schema: { tags, params: idParams, response: { 200: topicList, ...problemResponses } } },
    async (req) => ({ items: await listCaseTopics(app.deps, actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/cases/:id/contradictions',
    { schema: { tags, params: idParams, response: { 200: contradictionList, ...problemResponses } } },
    async (req) => ({ items: await listContradictions(app.deps, actorOf(req), req.params.id) }),
  );
}
