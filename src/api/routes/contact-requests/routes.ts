import { closeContactRequest } from '../../../services/contact-requests/close-contact-request.js';
import { createContactRequest } from '../../../services/contact-requests/create-contact-request.js';
import { getContactRequest } from '../../../services/contact-requests/get-contact-request.js';
import { listCaseContactRequests } from '../../../services/contact-requests/list-case-contact-requests.js';
import { listWaitingContactRequests } from '../../../services/contact-requests/list-waiting-contact-requests.js';
import { recordAnswer } from '../../../services/contact-requests/record-answer.js';
import { recordConsultation } from '../../../services/contact-requests/record-consultation.js';
import { recordContactMade } from '../../../services/contact-requests/record-contact-made.js';
import { recordPossibleMatch } from '../../../services/contact-requests/record-possible-match.js';
import { getRequesterView } from '../../../services/contact-requests/requester-view.js';
import { searchContactCandidates } from '../../../services/contact-requests/search-contact-candidates.js';
import { checkDuplicates } from '../../../services/names/check-duplicates.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { duplicateCheckBody, duplicateCheckResponse } from './duplicate-schema.js';
import {
  answerBody,
  candidatesResponse,
  contactRequest,
  contactRequestList,
  createBody,
  matchBody,
  requesterViewResponse,
  searchBody,
  stepBody,
  waitingQuery,
} from './schema.js';

const tags = ['contact-requests'];
const step = { tags, params: idParams, body: stepBody, response: { 200: contactRequest, ...problemResponses } };

export function contactRequestRoutes(app: ApiApp): void {
  app.post(
    '/api/people/duplicate-check',
    { schema: { tags, body: duplicateCheckBody, response: { 200: duplicateCheckResponse, ...problemResponses } } },
    async (req) => checkDuplicates(app.deps, actorOf(req), req.body),
  );
  app.get(
    '/api/contact-requests',
    { schema: { tags, querystring: waitingQuery, response: { 200: contactRequestList, ...problemResponses } } },
    async (req) => listWaitingContactRequests(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/cases/:id/contact-requests',
    { schema: { tags, params: idParams, response: { 200: contactRequestList, ...problemResponses } } },
    async (req) => listCaseContactRequests(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/contact-requests',
    { schema: { tags, body: createBody, response: { 201: contactRequest, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createContactRequest(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/contact-requests/:id',
    { schema: { tags, params: idParams, response: { 200: contactRequest, ...problemResponses } } },
    async (req) => getContactRequest(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/contact-requests/:id/search',
    {
      schema: { tags, params: idParams, body: searchBody, response: { 200: candidatesResponse, ...problemResponses } },
    },
    async (req) => searchContactCandidates(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/contact-requests/:id/match',
    { schema: { tags, params: idParams, body: matchBody, response: { 200: contactRequest, ...problemResponses } } },
    async (req) => recordPossibleMatch(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post('/api/contact-requests/:id/consultation', { schema: step }, async (req) =>
    recordConsultation(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/contact-requests/:id/answer',
    { schema: { tags, params: idParams, body: answerBody, response: { 200: contactRequest, ...problemResponses } } },
    async (req) => recordAnswer(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post('/api/contact-requests/:id/contact-made', { schema: step }, async (req) =>
    recordContactMade(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post('/api/contact-requests/:id/close', { schema: step }, async (req) =>
    closeContactRequest(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/contact-requests/:id/requester-view',
    { schema: { tags, params: idParams, response: { 200: requesterViewResponse, ...problemResponses } } },
    async (req) => getRequesterView(app.deps, actorOf(req), req.params.id),
  );
}
