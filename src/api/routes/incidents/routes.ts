import { addAct } from '../../../services/incidents/add-act.js';
import { addIntervention } from '../../../services/incidents/add-intervention.js';
import { addInvolvement } from '../../../services/incidents/add-involvement.js';
import { addSource } from '../../../services/incidents/add-source.js';
import { checkUse } from '../../../services/incidents/check-use.js';
import { createIncident } from '../../../services/incidents/create-incident.js';
import { getIncident } from '../../../services/incidents/get-incident.js';
import { linkIncidentCase } from '../../../services/incidents/link-incident-case.js';
import { listCaseIncidents } from '../../../services/incidents/list-case-incidents.js';
import { listConsentsAwaited } from '../../../services/incidents/list-consents-awaited.js';
import { recordConsent } from '../../../services/incidents/record-consent.js';
import { revealIncidentPlace } from '../../../services/incidents/reveal-incident-place.js';
import { updateIncident } from '../../../services/incidents/update-incident.js';
import { updateIntervention } from '../../../services/incidents/update-intervention.js';
import { withdrawConsent } from '../../../services/incidents/withdraw-consent.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  actBody,
  caseIncidentsQuery,
  caseIncidentsResponse,
  caseLinkBody,
  consentBody,
  consentParams,
  consentsAwaited,
  consentsAwaitedQuery,
  incident,
  incidentBody,
  incidentPatchBody,
  interventionBody,
  interventionParams,
  interventionPatchBody,
  involvementBody,
  localeQuery,
  placeRevealed,
  revealBody,
  sourceBody,
  useDecision,
  useParams,
  useQuery,
  withdrawalBody,
} from './schema.js';

const tags = ['incidents'];
const created = { 201: incident, ...problemResponses };
const changed = { 200: incident, ...problemResponses };

export function incidentRoutes(app: ApiApp): void {
  app.post(
    '/api/incidents',
    { schema: { tags, querystring: localeQuery, body: incidentBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await createIncident(app.deps, actorOf(req), req.body, req.query.locale)),
  );
  app.get(
    '/api/cases/:id/incidents',
    {
      schema: {
        tags,
        params: idParams,
        querystring: caseIncidentsQuery,
        response: { 200: caseIncidentsResponse, ...problemResponses },
      },
    },
    async (req) => ({ items: await listCaseIncidents(app.deps, actorOf(req), req.params.id, req.query) }),
  );
  app.get(
    '/api/reports/consents-awaited',
    {
      schema: { tags, querystring: consentsAwaitedQuery, response: { 200: consentsAwaited, ...problemResponses } },
    },
    async (req) => listConsentsAwaited(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/incidents/:id',
    { schema: { tags, params: idParams, querystring: localeQuery, response: changed } },
    async (req) => getIncident(app.deps, actorOf(req), req.params.id, req.query.locale),
  );
  app.patch(
    '/api/incidents/:id',
    { schema: { tags, params: idParams, querystring: localeQuery, body: incidentPatchBody, response: changed } },
    async (req) => updateIncident(app.deps, actorOf(req), req.params.id, req.body, req.query.locale),
  );
  app.post(
    '/api/incidents/:id/place/reveal',
    {
      schema: { tags, params: idParams, body: revealBody, response: { 200: placeRevealed, ...problemResponses } },
    },
    async (req) => revealIncidentPlace(app.deps, actorOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/incidents/:id/cases',
    { schema: { tags, params: idParams, querystring: localeQuery, body: caseLinkBody, response: changed } },
    async (req) => linkIncidentCase(app.deps, actorOf(req), req.params.id, req.body.caseId, req.query.locale),
  );
  app.post(
    '/api/incidents/:id/acts',
    { schema: { tags, params: idParams, querystring: localeQuery, body: actBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await addAct(app.deps, actorOf(req), req.params.id, req.body, req.query.locale)),
  );
  app.post(
    '/api/incidents/:id/involvements',
    { schema: { tags, params: idParams, querystring: localeQuery, body: involvementBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await addInvolvement(app.deps, actorOf(req), req.params.id, req.body, req.query.locale)),
  );
  app.post(
    '/api/incidents/:id/sources',
    { schema: { tags, params: idParams, querystring: localeQuery, body: sourceBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await addSource(app.deps, actorOf(req), req.params.id, req.body, req.query.locale)),
  );
  app.post(
    '/api/incidents/:id/interventions',
    { schema: { tags, params: idParams, querystring: localeQuery, body: interventionBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await addIntervention(app.deps, actorOf(req), req.params.id, req.body, req.query.locale)),
  );
  app.patch(
    '/api/incidents/:id/interventions/:interventionId',
    {
      schema: {
        tags,
        params: interventionParams,
        querystring: localeQuery,
        body: interventionPatchBody,
        response: changed,
      },
    },
    async (req) =>
      updateIntervention(app.deps, actorOf(req), req.params.id, req.params.interventionId, req.body, req.query.locale),
  );
  app.post(
    '/api/incidents/:id/consents',
    { schema: { tags, params: idParams, querystring: localeQuery, body: consentBody, response: created } },
    async (req, reply) =>
      reply.code(201).send(await recordConsent(app.deps, actorOf(req), req.params.id, req.body, req.query.locale)),
  );
  app.post(
    '/api/incidents/:id/consents/:consentId/withdraw',
    { schema: { tags, params: consentParams, querystring: localeQuery, body: withdrawalBody, response: changed } },
    async (req) =>
      withdrawConsent(
        app.deps,
        actorOf(req),
        req.params.id,
        req.params.consentId,
        req.body.withdrawnOn,
        req.query.locale,
      ),
  );
  app.get(
    '/api/incidents/:id/uses/:purpose',
    {
      schema: { tags, params: useParams, querystring: useQuery, response: { 200: useDecision, ...problemResponses } },
    },
    async (req) =>
      checkUse(app.deps, actorOf(req), req.params.id, {
        purpose: req.params.purpose,
        sourceId: req.query.sourceId,
        on: req.query.on,
      }),
  );
}
