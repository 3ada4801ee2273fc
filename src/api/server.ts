import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from '../services/deps.js';
import { resolveSession } from '../services/auth/resolve-session.js';
import type { Store } from '../store/engine.js';
import type { ApiApp } from './api-app.js';
import { errorHandler } from './error-handler.js';
import { authRoutes } from './routes/auth/routes.js';
import { caseRoutes } from './routes/cases/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { organizationRoutes } from './routes/organizations/routes.js';
import { sessionTokenOf, UnauthenticatedError } from './session-actor.js';

export interface ServerOptions {
  store: Store;
  deps: Deps;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  logger?: boolean;
}

export async function buildServer(opts: ServerOptions): Promise<ApiApp> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // Never trust client-supplied X-Forwarded-* unless configured behind a proxy.
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // JSON only: anything else is answered 415 before a handler runs.
  app.removeContentTypeParser('text/plain');
  app.decorate('deps', opts.deps);
  app.decorate('store', opts.store);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Safehold API',
        version: '0.1.0',
        description: 'Case management for people who left a coercive organization.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-safehold-session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', async (req) => {
    const token = sessionTokenOf(req);
    if (token) {
      req.sessionToken = token;
      req.actor = await resolveSession(opts.deps, token);
    }
    if (!req.actor && !req.routeOptions.config.public && req.routeOptions.url !== undefined) {
      throw new UnauthenticatedError();
    }
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('Cache-Control', 'no-store');
  });

  healthRoutes(app);
  authRoutes(app);
  organizationRoutes(app);
  caseRoutes(app);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());
  return app;
}
