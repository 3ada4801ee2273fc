import { LoginFailedError } from '../../../services/auth/auth-errors.js';
import { changePassword } from '../../../services/auth/change-password.js';
import { endSession } from '../../../services/auth/end-session.js';
import { listSessions } from '../../../services/auth/list-sessions.js';
import { login } from '../../../services/auth/login.js';
import { logout } from '../../../services/auth/logout.js';
import { resolveSession } from '../../../services/auth/resolve-session.js';
import { stepUp } from '../../../services/auth/step-up.js';
import type { Actor } from '../../../security/roles.js';
import type { ApiApp } from '../../api-app.js';
import { PROBLEM_TYPES, problem, problemResponses } from '../../problem.js';
import { actorOf, clearSessionCookie, sessionTokenOf, setSessionCookie } from '../../session-actor.js';
import { idParams, noContent } from '../common-schema.js';
import { changePasswordBody, loginBody, loginResponse, me, sessionList, stepUpBody, stepUpResponse } from './schema.js';
import { secondFactorRoutes } from './second-factor-routes.js';
import { webauthnRoutes } from './webauthn-routes.js';

const tags = ['session'];

function meOf(actor: Actor) {
  return {
    userId: actor.userId,
    role: actor.role,
    teamIds: [...actor.teamIds],
    sessionId: actor.sessionId ?? '',
    authenticatedAt: actor.authenticatedAt.toISOString(),
    secondFactorPassed: !actor.awaitingSecondFactor,
  };
}

export function authRoutes(app: ApiApp): void {
  app.post(
    '/api/session',
    {
      config: { public: true },
      schema: { tags, body: loginBody, response: { 201: loginResponse, 429: problem, ...problemResponses } },
    },
    async (req, reply) => {
      try {
        const { token, secondFactor, passwordChangeRequired } = await login(app.deps, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          previousToken: sessionTokenOf(req),
        });
        const actor = await resolveSession(app.deps, token);
        if (!actor) throw new LoginFailedError();
        setSessionCookie(reply, token);
        return await reply.code(201).send({ token, user: meOf(actor), secondFactor, passwordChangeRequired });
      } catch (err) {
        if (!(err instanceof LoginFailedError)) throw err;
        return reply
          .code(401)
          .type('application/problem+json')
          .send({ type: PROBLEM_TYPES.unauthorized, title: 'Unknown user or wrong password', status: 401 });
      }
    },
  );
  app.get(
    '/api/session',
    { config: { beforeSecondFactor: true }, schema: { tags, response: { 200: me, ...problemResponses } } },
    (req) => meOf(actorOf(req)),
  );
  app.delete(
    '/api/session',
    { config: { beforeSecondFactor: true }, schema: { tags, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await logout(app.deps, actorOf(req), sessionTokenOf(req) ?? '');
      clearSessionCookie(reply);
      reply.header('Clear-Site-Data', '"cache", "cookies", "storage"');
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/session/step-up',
    { schema: { tags, body: stepUpBody, response: { 200: stepUpResponse, 429: problem, ...problemResponses } } },
    async (req) => stepUp(app.deps, actorOf(req), { ...req.body, ip: req.ip }),
  );
  app.post(
    '/api/session/password',
    { schema: { tags, body: changePasswordBody, response: { 204: noContent, 429: problem, ...problemResponses } } },
    async (req, reply) => {
      await changePassword(app.deps, actorOf(req), { ...req.body, ip: req.ip });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/session/list',
    { schema: { tags, response: { 200: sessionList, ...problemResponses } } },
    async (req) => ({ items: await listSessions(app.deps, actorOf(req)) }),
  );
  app.delete(
    '/api/sessions/:id',
    { schema: { tags, params: idParams, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await endSession(app.deps, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  secondFactorRoutes(app);
  webauthnRoutes(app);
}
