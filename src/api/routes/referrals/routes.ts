import { createReferral } from '../../../services/referrals/create-referral.js';
import { listCaseReferrals } from '../../../services/referrals/list-case-referrals.js';
import { updateReferralStatus } from '../../../services/referrals/update-referral-status.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { createBody, referral, referralList, statusBody } from './schema.js';

const tags = ['referrals'];

export function referralRoutes(app: ApiApp): void {
  app.get(
    '/api/cases/:id/referrals',
    { schema: { tags, params: idParams, response: { 200: referralList, ...problemResponses } } },
    async (req) => ({ items: await listCaseReferrals(app.deps, actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/cases/:id/referrals',
    { schema: { tags, params: idParams, body: createBody, response: { 201: referral, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createReferral(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/referrals/:id/status',
    { schema: { tags, params: idParams, body: statusBody, response: { 200: referral, ...problemResponses } } },
    async (req) => updateReferralStatus(app.deps, actorOf(req), req.params.id, req.body),
  );
}
