import { searchRecords } from '../../../services/search/search-records.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { searchParams, searchResponse } from './schema.js';

export function searchRoutes(app: ApiApp): void {
  app.get(
    '/api/search',
    { schema: { tags: ['search'], querystring: searchParams, response: { 200: searchResponse, ...problemResponses } } },
    async (req) => searchRecords(app.deps, actorOf(req), req.query),
  );
}
