import { addLocalTerm } from '../../../services/vocabularies/add-local-term.js';
import { getVocabulary } from '../../../services/vocabularies/get-vocabulary.js';
import { listVocabularies } from '../../../services/vocabularies/list-vocabularies.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import {
  listParams,
  localTermBody,
  term,
  vocabulariesResponse,
  vocabularyQuery,
  vocabularyResponse,
} from './schema.js';

const tags = ['vocabularies'];

export function vocabularyRoutes(app: ApiApp): void {
  app.get(
    '/api/vocabularies',
    { schema: { tags, response: { 200: vocabulariesResponse, ...problemResponses } } },
    async (req) => ({ items: await listVocabularies(app.deps, actorOf(req)) }),
  );
  app.get(
    '/api/vocabularies/:list',
    {
      schema: {
        tags,
        params: listParams,
        querystring: vocabularyQuery,
        response: { 200: vocabularyResponse, ...problemResponses },
      },
    },
    async (req) => getVocabulary(app.deps, actorOf(req), req.params.list, req.query.locale),
  );
  app.post(
    '/api/vocabularies/:list/terms',
    { schema: { tags, params: listParams, body: localTermBody, response: { 201: term, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addLocalTerm(app.deps, actorOf(req), req.params.list, req.body)),
  );
}
