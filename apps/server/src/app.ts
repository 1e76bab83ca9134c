import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import { registerAuth } from './http/auth.plugin';
import { registerErrorHandler } from './http/error-handler';
import { MODULES } from './modules';
import { useMetricsOf } from './platform/metrics/metric-registry';
import { useSupervisionOf } from './platform/supervision/supervision-registry';
import { healthRoute } from './platform/stats/stats.routes';

export type BuildOptions = { logger?: boolean; serveWeb?: boolean };

/** Builds the HTTP app: plugins, platform and module routes. Never listens (main.ts does). */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  useMetricsOf(MODULES);
  useSupervisionOf(MODULES);
  const app = Fastify({
    logger: opts.logger === false ? false : { level: deps.config.logLevel },
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // Only configured proxies may set the client address (X-Forwarded-For): rate limits and the audit use it.
    trustProxy: deps.config.trustProxy.length > 0 ? [...deps.config.trustProxy] : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS over plain HTTP is meaningless at best and pins a wrong scheme at worst: sent below only for HTTPS.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (deps.config.secureCookies || request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'EcoCloud API', description: '生态云 EcoCloud: platform and module routes', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerAuth(app, deps);
  await app.register(healthRoute(deps));
  for (const module of MODULES)
    for (const routes of module.routes) await app.register(routes(deps), { prefix: '/api/v1' });
  if (opts.serveWeb !== false) await serveWebApp(app, deps.config.webDist);
  return app;
}

/** Serves the built SPA; unknown non-API GETs get index.html so client-side routes load. */
async function serveWebApp(app: FastifyInstance, dist: string): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'web app not built; run `npm run build:web`');
    return;
  }
  await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
