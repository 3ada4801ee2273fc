import type { FastifyReply } from 'fastify';
import { createReport } from '../../../services/reports/create-report.js';
import { getReport } from '../../../services/reports/get-report.js';
import { recordReportConsent } from '../../../services/reports/record-report-consent.js';
import { renderReport, type RenderedReport } from '../../../services/reports/render-report.js';
import { resolveReportHit } from '../../../services/reports/resolve-report-hit.js';
import { setReportStatus } from '../../../services/reports/set-report-status.js';
import { updateReport } from '../../../services/reports/update-report.js';
import { withdrawReportConsent } from '../../../services/reports/withdraw-report-consent.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  consentBody,
  consentParams,
  createBody,
  documentBody,
  documentQuery,
  patchBody,
  report,
  resolutionBody,
  statusBody,
  withdrawalBody,
} from './schema.js';

const tags = ['reports'];

function sendDocument(reply: FastifyReply, doc: RenderedReport) {
  return reply
    .type(doc.mediaType)
    .header('content-disposition', `attachment; filename="${doc.fileName}"`)
    .send(doc.body);
}

/** The meeting report of an engagement: its draft, the redaction check, and its documents. */
export function reportRoutes(app: ApiApp): void {
  app.post(
    '/api/engagements/:id/report',
    { schema: { tags, params: idParams, body: createBody, response: { 201: report, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createReport(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/engagements/:id/report',
    { schema: { tags, params: idParams, response: { 200: report, ...problemResponses } } },
    async (req) => getReport(app.deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/engagements/:id/report',
    { schema: { tags, params: idParams, body: patchBody, response: { 200: report, ...problemResponses } } },
    async (req) => updateReport(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/engagements/:id/report/resolutions',
    { schema: { tags, params: idParams, body: resolutionBody, response: { 200: report, ...problemResponses } } },
    async (req) => resolveReportHit(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/engagements/:id/report/consents',
    { schema: { tags, params: idParams, body: consentBody, response: { 200: report, ...problemResponses } } },
    async (req) => recordReportConsent(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/engagements/:id/report/consents/:consentId/withdraw',
    {
      schema: { tags, params: consentParams, body: withdrawalBody, response: { 200: report, ...problemResponses } },
    },
    async (req) =>
      withdrawReportConsent(app.deps, actorOf(req), req.params.id, req.params.consentId, req.body.withdrawnOn),
  );
  app.post(
    '/api/engagements/:id/report/status',
    { schema: { tags, params: idParams, body: statusBody, response: { 200: report, ...problemResponses } } },
    async (req) => setReportStatus(app.deps, actorOf(req), req.params.id, req.body),
  );
  // The author's preview of the report as it stands, marked as a draft until it is publishable.
  app.get(
    '/api/engagements/:id/report/preview',
    {
      schema: {
        tags,
        params: idParams,
        querystring: documentQuery,
        response: { 200: documentBody, ...problemResponses },
      },
    },
    async (req, reply) =>
      sendDocument(reply, await renderReport(app.deps, actorOf(req), req.params.id, 'preview', req.query)),
  );
  // The publication: only of a report marked publishable whose check still finds nothing unresolved.
  app.get(
    '/api/engagements/:id/report/publication',
    {
      schema: {
        tags,
        params: idParams,
        querystring: documentQuery,
        response: { 200: documentBody, ...problemResponses },
      },
    },
    async (req, reply) =>
      sendDocument(reply, await renderReport(app.deps, actorOf(req), req.params.id, 'publication', req.query)),
  );
}
