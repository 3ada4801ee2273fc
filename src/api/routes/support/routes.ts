import { getPersonSupport } from '../../../services/support/person-support.js';
import { listPayments } from '../../../services/support/list-payments.js';
import { recordEntitlement } from '../../../services/support/record-entitlement.js';
import { recordPayment } from '../../../services/support/record-payment.js';
import { supportForecast } from '../../../services/support/support-forecast.js';
import { supportReceived } from '../../../services/support/support-received.js';
import { updateEntitlement } from '../../../services/support/update-entitlement.js';
import { updatePayment } from '../../../services/support/update-payment.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  entitlement,
  entitlementBody,
  entitlementParams,
  entitlementPatchBody,
  forecastQuery,
  forecastResponse,
  payment,
  paymentBody,
  paymentParams,
  paymentPatchBody,
  paymentsResponse,
  personSupportQuery,
  personSupportResponse,
  receivedQuery,
  receivedResponse,
} from './schema.js';

const tags = ['support'];

export function supportRoutes(app: ApiApp): void {
  app.get(
    '/api/people/:id/support',
    {
      schema: {
        tags,
        params: idParams,
        querystring: personSupportQuery,
        response: { 200: personSupportResponse, ...problemResponses },
      },
    },
    async (req) => getPersonSupport(app.deps, actorOf(req), req.params.id, req.query),
  );
  app.post(
    '/api/people/:id/support/entitlements',
    { schema: { tags, params: idParams, body: entitlementBody, response: { 201: entitlement, ...problemResponses } } },
    async (req, reply) =>
      reply.code(201).send(await recordEntitlement(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/people/:id/support/entitlements/:entitlementId',
    {
      schema: {
        tags,
        params: entitlementParams,
        body: entitlementPatchBody,
        response: { 200: entitlement, ...problemResponses },
      },
    },
    async (req) => updateEntitlement(app.deps, actorOf(req), req.params.id, req.params.entitlementId, req.body),
  );
  app.get(
    '/api/people/:id/support/entitlements/:entitlementId/payments',
    { schema: { tags, params: entitlementParams, response: { 200: paymentsResponse, ...problemResponses } } },
    async (req) => ({ items: await listPayments(app.deps, actorOf(req), req.params.id, req.params.entitlementId) }),
  );
  app.post(
    '/api/people/:id/support/entitlements/:entitlementId/payments',
    {
      schema: { tags, params: entitlementParams, body: paymentBody, response: { 201: payment, ...problemResponses } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await recordPayment(app.deps, actorOf(req), req.params.id, req.params.entitlementId, req.body)),
  );
  app.patch(
    '/api/people/:id/support/entitlements/:entitlementId/payments/:paymentId',
    {
      schema: { tags, params: paymentParams, body: paymentPatchBody, response: { 200: payment, ...problemResponses } },
    },
    async (req) =>
      updatePayment(app.deps, actorOf(req), req.params.id, req.params.entitlementId, req.params.paymentId, req.body),
  );
  app.get(
    '/api/reports/support-forecast',
    { schema: { tags, querystring: forecastQuery, response: { 200: forecastResponse, ...problemResponses } } },
    async (req) => supportForecast(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/reports/support-received',
    { schema: { tags, querystring: receivedQuery, response: { 200: receivedResponse, ...problemResponses } } },
    async (req) => supportReceived(app.deps, actorOf(req), req.query),
  );
}
