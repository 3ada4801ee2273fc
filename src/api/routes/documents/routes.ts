import { listClientsWithoutDocument } from '../../../services/documents/list-clients-without-document.js';
import { listDocuments } from '../../../services/documents/list-documents.js';
import { listExpiringDocuments } from '../../../services/documents/list-expiring-documents.js';
import { recordDocument } from '../../../services/documents/record-document.js';
import { revealDocumentNumber } from '../../../services/documents/reveal-document-number.js';
import { updateDocument } from '../../../services/documents/update-document.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  document,
  documentBody,
  documentParams,
  documentPatchBody,
  documentsResponse,
  expiringQuery,
  expiringResponse,
  numberRevealed,
  onQuery,
  revealBody,
  withoutDocumentQuery,
  withoutDocumentResponse,
} from './schema.js';

const tags = ['documents'];

export function documentRoutes(app: ApiApp): void {
  app.get(
    '/api/people/:id/documents',
    {
      schema: {
        tags,
        params: idParams,
        querystring: onQuery,
        response: { 200: documentsResponse, ...problemResponses },
      },
    },
    async (req) => listDocuments(app.deps, actorOf(req), req.params.id, req.query.on),
  );
  app.post(
    '/api/people/:id/documents',
    { schema: { tags, params: idParams, body: documentBody, response: { 201: document, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await recordDocument(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/people/:id/documents/:documentId',
    {
      schema: {
        tags,
        params: documentParams,
        body: documentPatchBody,
        response: { 200: document, ...problemResponses },
      },
    },
    async (req) => updateDocument(app.deps, actorOf(req), req.params.id, req.params.documentId, req.body),
  );
  app.post(
    '/api/people/:id/documents/:documentId/number/reveal',
    {
      schema: {
        tags,
        params: documentParams,
        body: revealBody,
        response: { 200: numberRevealed, ...problemResponses },
      },
    },
    async (req) => revealDocumentNumber(app.deps, actorOf(req), req.params.id, req.params.documentId, req.body.reason),
  );
  app.get(
    '/api/reports/expiring-documents',
    { schema: { tags, querystring: expiringQuery, response: { 200: expiringResponse, ...problemResponses } } },
    async (req) => listExpiringDocuments(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/reports/clients-without-document',
    {
      schema: {
        tags,
        querystring: withoutDocumentQuery,
        response: { 200: withoutDocumentResponse, ...problemResponses },
      },
    },
    async (req) => listClientsWithoutDocument(app.deps, actorOf(req), req.query),
  );
}
