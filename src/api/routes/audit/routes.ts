import { listAuditEntries } from '../../../services/audit/list-audit-entries.js';
import { listCaseAudit } from '../../../services/audit/list-case-audit.js';
import { listCheckpoints } from '../../../services/audit/list-checkpoints.js';
import { takeCheckpoint } from '../../../services/audit/take-checkpoint.js';
import { checkpointToJson } from '../../../security/audit-checkpoint.js';
import type { ApiApp } from '../../api-app.js';
import { PROBLEM_TYPES, problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { checkpoint, checkpointsQuery, checkpointsResponse } from './checkpoint-schema.js';
import { caseAuditQuery, caseAuditResponse, entriesQuery, entriesResponse } from './schema.js';

const tags = ['audit'];

export function auditRoutes(app: ApiApp): void {
  app.get(
    '/api/audit/entries',
    { schema: { tags, querystring: entriesQuery, response: { 200: entriesResponse, ...problemResponses } } },
    async (req) => listAuditEntries(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/audit/checkpoints',
    { schema: { tags, querystring: checkpointsQuery, response: { 200: checkpointsResponse, ...problemResponses } } },
    async (req) => listCheckpoints(app.deps, actorOf(req), req.query),
  );
  app.post(
    '/api/audit/checkpoints',
    { schema: { tags, response: { 201: checkpoint, ...problemResponses } } },
    async (req, reply) => {
      const outcome = await takeCheckpoint(app.deps, actorOf(req));
      if (outcome.ok) return reply.code(201).send(checkpointToJson(outcome.checkpoint));
      return reply.code(409).type('application/problem+json').send({
        type: PROBLEM_TYPES.conflict,
        title: 'The audit log does not verify: no checkpoint was signed',
        status: 409,
        detail: outcome.finding.message,
      });
    },
  );
  app.get(
    '/api/cases/:id/audit',
    {
      schema: {
        tags,
        params: idParams,
        querystring: caseAuditQuery,
        response: { 200: caseAuditResponse, ...problemResponses },
      },
    },
    async (req) =>
      listCaseAudit(app.deps, actorOf(req), req.params.id, {
        before: req.query.before,
        limit: req.query.limit,
        revealsOnly: req.query.reveals === 'true',
      }),
  );
}
