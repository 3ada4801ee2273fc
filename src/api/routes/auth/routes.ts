import { LoginFailedError, login } from '../../../services/auth/login.js';
import { logout } from '../../../services/auth/logout.js';
import { resolveSession } from '../../../services/auth/resolve-session.js';
import type { ApiApp } from '../../api-app.js';
import { PROBLEM_TYPES, problemResponses } from '../../problem.js';
import { actorOf, SESSION_COOKIE, sessionTokenOf, setSessionCookie } from '../../session-actor.js';
import { noContent } from '../common-schema.js';
import { loginBody, loginResponse, me } from './schema.js';

const tags = ['session'];

export function authRoutes(app: ApiApp): void {
  app.post(
    '/api/session',
    {
      config: { public: true },
      schema: { tags, body: loginBody, response: { 201: loginResponse, ...problemResponses } },
    },
    async (req, reply) => {
      try {
        const { token } = await login(app.deps, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        const actor = await resolveSession(app.deps, token);
        if (!actor) throw new LoginFailedError();
        setSessionCookie(reply, token, Math.floor(app.deps.sessions.absoluteLifetimeMs / 1000));
        return await reply
          .code(201)
          .send({ token, user: { userId: actor.userId, role: actor.role, teamIds: [...actor.teamIds] } });
      } catch (err) {
        if (!(err instanceof LoginFailedError)) throw err;
        return reply
          .code(401)
          .type('application/problem+json')
          .send({ type: PROBLEM_TYPES.unauthorized, title: 'Unknown user or wrong password', status: 401 });
      }
    },
  );
  app.get('/api/session', { schema: { tags, response: { 200: me, ...problemResponses } } }, (req) => {
    const actor = actorOf(req);
    return { userId: actor.userId, role: actor.role, teamIds: [...actor.teamIds] };
  });
  app.delete(
    '/api/session',
    { schema: { tags, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await logout(app.deps, actorOf(req), sessionTokenOf(req) ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
      reply.header('Clear-Site-Data', '"cache", "cookies", "storage"');
      return reply.code(204).send(null);
    },
  );
}
