import { getCaseOverview } from '../../../services/overview/get-case-overview.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { caseOverview } from './schema.js';

const tags = ['cases'];

export function overviewRoutes(app: ApiApp): void {
  app.get(
    '/api/cases/:id/overview',
    { schema: { tags, params: idParams, response: { 200: caseOverview, ...problemResponses } } },
    async (req) => getCaseOverview(app.deps, actorOf(req), req.params.id),
  );
}
