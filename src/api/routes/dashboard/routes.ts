import { getDashboard } from '../../../services/dashboard/get-dashboard.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { dashboardQuery, dashboardResponse } from './schema.js';

const tags = ['dashboard'];

export function dashboardRoutes(app: ApiApp): void {
  app.get(
    '/api/dashboard',
    { schema: { tags, querystring: dashboardQuery, response: { 200: dashboardResponse, ...problemResponses } } },
    async (req) => getDashboard(app.deps, actorOf(req), req.query),
  );
}
