import { downloadEvidence } from '../../../services/evidence/download-evidence.js';
import { getEvidence } from '../../../services/evidence/get-evidence.js';
import { listEvidence } from '../../../services/evidence/list-evidence.js';
import { makeShareableCopy } from '../../../services/evidence/make-shareable-copy.js';
import { verifyEvidence } from '../../../services/evidence/verify-evidence.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  evidence,
  evidenceDetail,
  evidenceList,
  fileBody,
  fileProblemResponses,
  reasonBody,
  verification,
} from './schema.js';

const tags = ['evidence'];

export function evidenceRoutes(app: ApiApp): void {
  app.get(
    '/api/incidents/:id/evidence',
    { schema: { tags, params: idParams, response: { 200: evidenceList, ...problemResponses } } },
    async (req) => ({ items: await listEvidence(app.deps, actorOf(req), { incidentId: req.params.id }) }),
  );
  app.get(
    '/api/cases/:id/evidence',
    { schema: { tags, params: idParams, response: { 200: evidenceList, ...problemResponses } } },
    async (req) => ({ items: await listEvidence(app.deps, actorOf(req), { caseId: req.params.id }) }),
  );
  app.get(
    '/api/evidence/:id',
    { schema: { tags, params: idParams, response: { 200: evidenceDetail, ...problemResponses } } },
    async (req) => getEvidence(app.deps, actorOf(req), req.params.id),
  );
  // The file itself, as taken in (checked against its SHA-256 first): the reason joins its chain of custody.
  app.post(
    '/api/evidence/:id/download',
    { schema: { tags, params: idParams, body: reasonBody, response: { 200: fileBody, ...fileProblemResponses } } },
    async (req, reply) => {
      const file = await downloadEvidence(app.deps, actorOf(req), req.params.id, req.body.reason);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('content-length', String(file.size))
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(file.body);
    },
  );
  app.post(
    '/api/evidence/:id/shareable-copy',
    { schema: { tags, params: idParams, body: reasonBody, response: { 201: evidence, ...fileProblemResponses } } },
    async (req, reply) =>
      reply.code(201).send(await makeShareableCopy(app.deps, actorOf(req), req.params.id, req.body.reason)),
  );
  app.post(
    '/api/evidence/:id/verify',
    { schema: { tags, params: idParams, response: { 200: verification, ...problemResponses } } },
    async (req) => verifyEvidence(app.deps, actorOf(req), req.params.id),
  );
}
