import { confirmTotpEnrolment } from '../../../services/auth/confirm-totp-enrolment.js';
import { regenerateRecoveryCodes } from '../../../services/auth/regenerate-recovery-codes.js';
import { startTotpEnrolment } from '../../../services/auth/start-totp-enrolment.js';
import { verifySecondFactor } from '../../../services/auth/verify-second-factor.js';
import type { ApiApp } from '../../api-app.js';
import { problem, problemResponses } from '../../problem.js';
import { actorOf, setSessionCookie } from '../../session-actor.js';
import {
  enrolledResponse,
  recoveryCodesResponse,
  secondFactorBody,
  secondFactorResponse,
  totpConfirmBody,
  totpEnrolment,
} from './schema.js';

const tags = ['session'];
const beforeSecondFactor = { beforeSecondFactor: true };

/** Setting up an authenticator app, passing the second factor, and recovery codes. */
export function secondFactorRoutes(app: ApiApp): void {
  app.post(
    '/api/session/totp',
    { config: beforeSecondFactor, schema: { tags, response: { 201: totpEnrolment, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await startTotpEnrolment(app.deps, actorOf(req))),
  );
  app.post(
    '/api/session/totp/confirm',
    {
      config: beforeSecondFactor,
      schema: { tags, body: totpConfirmBody, response: { 200: enrolledResponse, 429: problem, ...problemResponses } },
    },
    async (req, reply) => {
      const result = await confirmTotpEnrolment(app.deps, actorOf(req), { code: req.body.code, ip: req.ip });
      if (result.token) setSessionCookie(reply, result.token);
      return result;
    },
  );
  app.post(
    '/api/session/second-factor',
    {
      config: beforeSecondFactor,
      schema: {
        tags,
        body: secondFactorBody,
        response: { 200: secondFactorResponse, 429: problem, ...problemResponses },
      },
    },
    async (req, reply) => {
      const result = await verifySecondFactor(app.deps, actorOf(req), { ...req.body, ip: req.ip });
      setSessionCookie(reply, result.token);
      return result;
    },
  );
  app.post(
    '/api/session/recovery-codes',
    { schema: { tags, response: { 201: recoveryCodesResponse, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await regenerateRecoveryCodes(app.deps, actorOf(req))),
  );
}
