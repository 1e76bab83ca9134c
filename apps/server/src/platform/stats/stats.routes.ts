import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema, HomeStatsSchema, PublicOverviewSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { databaseAnswers } from './stats.repository';
import { homeStats, publicOverview } from './stats.service';

export function statsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/stats/home',
      {
        config: { access: 'stats:read' },
        schema: {
          tags: ['platform'],
          summary: "Counts for the home page, within the caller's scope",
          response: { 200: HomeStatsSchema },
        },
      },
      async (request) => homeStats(deps, actorOf(request)),
    );

    app.get(
      '/public/overview',
      {
        config: { access: 'public', rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'The province and its cities, for the public landing page',
          response: { 200: PublicOverviewSchema },
        },
      },
      async () => publicOverview(deps),
    );
  };
}

/** Outside /api/v1: load balancers call it without a session. */
export function healthRoute({ db, health }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['platform'],
          summary: 'Liveness, database status and the HJ 212 ingest backlog',
          response: { 200: HealthSchema, 503: HealthSchema },
        },
      },
      async (_request, reply) => {
        const ok = await databaseAnswers(db);
        // A failing apply degrades the node (503): acknowledged readings wait safely in the journal,
        // but none reaches maps, charts or alerts until it succeeds, and monitoring must notice.
        // Rows the database refuses never cause it: they are quarantined and the rest applies.
        const ingest = health?.ingest?.();
        const healthy = ok && !ingest?.applyFailing;
        return reply.status(healthy ? 200 : 503).send({
          status: healthy ? 'ok' : 'degraded',
          db: { ok, dialect: db.dialect },
          ...(ingest ? { ingest } : {}),
        });
      },
    );
  };
}
