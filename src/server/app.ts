/**
 * Builds the Fastify application from its dependencies: API under /api/v1, OpenAPI at /api/docs,
 * health at /api/health, Prometheus metrics at /metrics, and the built web app from the same port.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AuthProviders } from '../contracts/auth.js';
import { HealthResponse } from '../contracts/common.js';
import { fail } from '../domain/errors.js';
import type { AppDeps } from './context.js';
import { pingDatabase } from './db/connection.js';
import { registerErrorHandling } from './http/errors.js';
import { registerInputGuards } from './http/input.js';
import { registerMetrics } from './http/metrics.js';
import { registerSecurityHeaders, SWAGGER_UI_CSP } from './http/security-headers.js';
import { registerSessionHandling } from './http/session.js';
import { registerReadYourWrites } from './http/read-your-writes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { unitRoutes } from './modules/units/units.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { calendarRoutes } from './modules/calendars/calendars.routes.js';
import { procedureRoutes } from './modules/procedures/procedures.routes.js';
import { dossierRoutes } from './modules/dossiers/dossiers.routes.js';
import { formRoutes } from './modules/forms/forms.routes.js';
import { paperTransferRoutes } from './modules/paper-transfers/paper-transfers.routes.js';
import { paymentRoutes } from './modules/payments/payments.routes.js';
import { digitisationRoutes } from './modules/digitisation/digitisation.routes.js';
import { attachmentRoutes } from './modules/attachments/attachments.routes.js';
import { signedResultRoutes } from './modules/signed-results/signed-results.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { portalSyncRoutes } from './modules/portal/portal.routes.js';
import { portalStandInRoutes } from './modules/portal/portal.stand-in.js';
import { populationRoutes } from './modules/dossiers/population.routes.js';
import { draftRoutes } from './modules/dossiers/drafts.routes.js';
import { transparencyRoutes } from './modules/transparency/transparency.routes.js';
import { dashboardRoutes } from './modules/indicators/dashboards.routes.js';
import { inspectionRoutes } from './modules/inspections/inspections.routes.js';
import { conductRoutes } from './modules/conduct/conduct.routes.js';
import { disciplinePlanRoutes } from './modules/discipline-plans/plans.routes.js';
import { satisfactionRoutes } from './modules/satisfaction/satisfaction.routes.js';
import { feedbackRoutes } from './modules/feedback/feedback.routes.js';
import { dialogueRoutes } from './modules/dialogues/dialogues.routes.js';
import { devClockRoutes, lateWorkRoutes } from './modules/late-work/late-work.routes.js';
import { evaluationRoutes } from './modules/evaluation/evaluation.routes.js';
import { workPlanRoutes } from './modules/work-plans/work-plans.routes.js';
import { DevPopulationRegistry } from './identity/population.js';
import { identityRoutes } from './modules/auth/identity.routes.js';
import { acceptFormBodies, registerDevProvider } from './identity/dev-provider.js';
import { createIdentityProvider, identitySettings } from './identity/oidc-client.js';
import { serializeRequest } from './http/request-log.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Paths of personal data that never reach the logs. */
const REDACT = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.idNumber',
  '*.phone',
];

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : { level: deps.config.logLevel, redact: REDACT, serializers: { req: serializeRequest } },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
    // X-Forwarded-For only from the configured proxies: otherwise any client could pick its own address
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    bodyLimit: 5 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerInputGuards(app);
  registerSessionHandling(app, deps);
  registerReadYourWrites(app, deps);
  registerMetrics(app, deps);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kỷ Cương API',
        version: '1.0.0',
        description: 'Một cửa điện tử và kỷ cương hành chính',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kc_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: SWAGGER_UI_CSP });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: HealthResponse } } },
    async () => {
      await pingDatabase(deps.database.db);
      return { status: 'ok' as const, database: deps.database.kind, migration: deps.migration };
    },
  );

  // liveness: the process answers (no database call, so a database outage never restarts healthy instances);
  // readiness: the database answers too, so a balancer sends traffic only to instances that can serve it
  app.get(
    '/api/health/live',
    { schema: { tags: ['system'], summary: 'Tiến trình còn sống (liveness)' } },
    async () => ({
      status: 'ok' as const,
    }),
  );
  app.get(
    '/api/health/ready',
    { schema: { tags: ['system'], summary: 'Sẵn sàng phục vụ (readiness)' } },
    async (_request, reply) => {
      try {
        await pingDatabase(deps.database.db);
        return { status: 'ok' as const, database: deps.database.kind, migration: deps.migration };
      } catch {
        return reply.code(503).send({
          code: 'service_unavailable',
          message: 'Cơ sở dữ liệu tạm thời không phản hồi; vui lòng thử lại sau ít phút.',
        });
      }
    },
  );

  const identity = identitySettings(deps.config);
  if (identity?.isDevProvider) {
    acceptFormBodies(app);
    // the stand-in provider is the outside world: it keeps real time, like the relying-party library
    await registerDevProvider(app, identity.issuer, () => new Date());
  }
  // the national portal's stand-in: another host in real life, so outside /api (DEV_TOOLS only)
  if (deps.config.devTools) await app.register(async (scope) => portalStandInRoutes(scope));
  await app.register(
    async (api) => {
      await authRoutes(api, deps);
      if (identity) await identityRoutes(api, deps, createIdentityProvider(identity, deps.outboundFetch));
      api.withTypeProvider<ZodTypeProvider>().get(
        '/auth/providers',
        {
          schema: { tags: ['auth'], summary: 'Cách đăng nhập khả dụng', response: { 200: AuthProviders } },
        },
        async () => ({ vneid: identity !== null, vneidIsDevelopment: identity?.isDevProvider ?? false }),
      );
      await unitRoutes(api);
      await userRoutes(api);
      await auditRoutes(api);
      await calendarRoutes(api);
      await procedureRoutes(api);
      await dossierRoutes(api);
      await formRoutes(api);
      await paperTransferRoutes(api);
      await paymentRoutes(api, { devTools: deps.config.devTools });
      await digitisationRoutes(api);
      await attachmentRoutes(api, deps);
      await signedResultRoutes(api);
      await notificationRoutes(api);
      await portalSyncRoutes(api);
      await draftRoutes(api);
      await inspectionRoutes(api, deps);
      await conductRoutes(api);
      await disciplinePlanRoutes(api);
      await lateWorkRoutes(api);
      if (deps.config.devTools) await devClockRoutes(api);
      await populationRoutes(api, deps.population ?? new DevPopulationRegistry());
      await satisfactionRoutes(api);
      await feedbackRoutes(api);
      await dialogueRoutes(api);
      await evaluationRoutes(api);
      await workPlanRoutes(api);
      await transparencyRoutes(api);
      await dashboardRoutes(api);
    },
    { prefix: '/api/v1' },
  );

  const serveWeb = deps.config.serveWeb && fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.setNotFoundHandler(async (request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    throw fail.notFound('Không tìm thấy địa chỉ yêu cầu.');
  });
  return app;
}
