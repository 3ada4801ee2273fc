import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { startCheckpointSchedule } from '../services/audit/checkpoint-schedule.js';
import type { Deps } from '../services/deps.js';
import { resolveSession } from '../services/auth/resolve-session.js';
import type { Store } from '../store/engine.js';
import type { ApiApp } from './api-app.js';
import { errorHandler } from './error-handler.js';
import { auditRoutes } from './routes/audit/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { caseRoutes } from './routes/cases/routes.js';
import { exportRoutes } from './routes/exports/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { organizationRoutes } from './routes/organizations/routes.js';
import { peopleRoutes } from './routes/people/routes.js';
import { documentRoutes } from './routes/documents/routes.js';
import { overviewRoutes } from './routes/overview/routes.js';
import { statusRoutes } from './routes/status/routes.js';
import { supportRoutes } from './routes/support/routes.js';
import { claimRoutes } from './routes/claims/routes.js';
import { contactRequestRoutes } from './routes/contact-requests/routes.js';
import { dashboardRoutes } from './routes/dashboard/routes.js';
import { engagementRoutes } from './routes/engagements/routes.js';
import { exchangeRoutes } from './routes/exchange/routes.js';
import { legalActionRoutes } from './routes/legal-actions/routes.js';
import { referralRoutes } from './routes/referrals/routes.js';
import { taskRoutes } from './routes/tasks/routes.js';
import { refuseCrossSite } from './cross-site.js';
import { adminRoutes } from './routes/admin/routes.js';
import { evidenceRoutes } from './routes/evidence/routes.js';
import { evidenceUploadRoutes } from './routes/evidence/upload-routes.js';
import { incidentRoutes } from './routes/incidents/routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { searchRoutes } from './routes/search/routes.js';
import { vocabularyRoutes } from './routes/vocabularies/routes.js';
import { securityHeaders } from './security-headers.js';
import { webAssets } from './web-assets.js';
import { SecondFactorRequiredError, sessionTokenOf, UnauthenticatedError } from './session-actor.js';

export interface ServerOptions {
  store: Store;
  deps: Deps;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  logger?: boolean;
  /** Reverse proxies whose X-Forwarded-For is believed; none by default. */
  trustedProxies?: string[];
  /** The built web application to serve beside the API (web-assets.ts); none by default. */
  webRoot?: string;
}

export async function buildServer(opts: ServerOptions): Promise<ApiApp> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // Client-supplied X-Forwarded-* is believed only from the configured proxies.
    trustProxy: opts.trustedProxies?.length ? opts.trustedProxies : false,
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

  app.addHook('onRequest', refuseCrossSite(opts.deps.site));
  app.addHook('onRequest', async (req) => {
    const token = sessionTokenOf(req);
    if (token) {
      req.sessionToken = token;
      req.actor = await resolveSession(opts.deps, token);
    }
    if (!req.actor && !req.routeOptions.config.public && req.routeOptions.url !== undefined) {
      throw new UnauthenticatedError();
    }
    const { config } = req.routeOptions;
    if (req.actor?.awaitingSecondFactor && !config.public && !config.beforeSecondFactor) {
      throw new SecondFactorRequiredError();
    }
  });
  app.addHook('onSend', securityHeaders(opts.deps.site));

  healthRoutes(app);
  authRoutes(app);
  adminRoutes(app);
  organizationRoutes(app);
  caseRoutes(app);
  peopleRoutes(app);
  auditRoutes(app);
  exportRoutes(app);
  vocabularyRoutes(app);
  incidentRoutes(app);
  evidenceRoutes(app);
  searchRoutes(app);
  // Multipart uploads of evidence files: the only routes that take anything but JSON.
  await app.register(evidenceUploadRoutes);
  statusRoutes(app);
  documentRoutes(app);
  supportRoutes(app);
  overviewRoutes(app);
  engagementRoutes(app);
  claimRoutes(app);
  referralRoutes(app);
  legalActionRoutes(app);
  taskRoutes(app);
  exchangeRoutes(app);
  contactRequestRoutes(app);
  reportRoutes(app);
  dashboardRoutes(app);

  // Signed audit checkpoints while the server runs (every 1,000 entries or 15 minutes).
  const checkpoints = startCheckpointSchedule(opts.deps, {
    onRefused: (finding) => app.log.error({ finding }, 'the audit log does not verify: no checkpoint signed'),
    onError: (err) => app.log.error({ err }, 'audit checkpoint failed'),
  });
  app.addHook('onClose', (_instance, done) => {
    checkpoints.stop();
    done();
  });

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());
  if (opts.webRoot) await webAssets(app, opts.webRoot);
  return app;
}
