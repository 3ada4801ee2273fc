import { finishWebauthnAuthentication } from '../../../services/auth/finish-webauthn-authentication.js';
import { finishWebauthnRegistration } from '../../../services/auth/finish-webauthn-registration.js';
import { startWebauthnAuthentication } from '../../../services/auth/start-webauthn-authentication.js';
import { startWebauthnRegistration } from '../../../services/auth/start-webauthn-registration.js';
import type { ApiApp } from '../../api-app.js';
import { problem, problemResponses } from '../../problem.js';
import { actorOf, setSessionCookie } from '../../session-actor.js';
import {
  enrolledResponse,
  webauthnAuthenticationBody,
  webauthnAuthenticationResponse,
  webauthnCreationOptions,
  webauthnRegistrationBody,
  webauthnRequestOptions,
} from './schema.js';

const tags = ['session'];
const beforeSecondFactor = { beforeSecondFactor: true };

/** Security keys and passkeys: the registration and authentication ceremonies. */
export function webauthnRoutes(app: ApiApp): void {
  app.post(
    '/api/session/webauthn/registration/options',
    { config: beforeSecondFactor, schema: { tags, response: { 200: webauthnCreationOptions, ...problemResponses } } },
    async (req) => startWebauthnRegistration(app.deps, actorOf(req)),
  );
  app.post(
    '/api/session/webauthn/registration',
    {
      config: beforeSecondFactor,
      schema: { tags, body: webauthnRegistrationBody, response: { 200: enrolledResponse, ...problemResponses } },
    },
    async (req, reply) => {
      const result = await finishWebauthnRegistration(app.deps, actorOf(req), req.body);
      if (result.token) setSessionCookie(reply, result.token);
      return result;
    },
  );
  app.post(
    '/api/session/webauthn/authentication/options',
    { config: beforeSecondFactor, schema: { tags, response: { 200: webauthnRequestOptions, ...problemResponses } } },
    async (req) => startWebauthnAuthentication(app.deps, actorOf(req)),
  );
  app.post(
    '/api/session/webauthn/authentication',
    {
      config: beforeSecondFactor,
      schema: {
        tags,
        body: webauthnAuthenticationBody,
        response: { 200: webauthnAuthenticationResponse, 429: problem, ...problemResponses },
      },
    },
    async (req, reply) => {
      const result = await finishWebauthnAuthentication(app.deps, actorOf(req), { ...req.body, ip: req.ip });
      if (result.token) setSessionCookie(reply, result.token);
      return result;
    },
  );
}
