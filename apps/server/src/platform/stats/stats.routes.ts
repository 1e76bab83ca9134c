import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema, HomeStatsSchema, PublicOverviewSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { scopePredicate } from '../scope/data-scope';
import { shanghaiDayStart } from '../time-zone';

export function statsRoutes({ db, clock, config }: AppDeps): FastifyPluginAsyncZod {
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
      async (request) => {
        const actor = actorOf(request);
        const count = (q: { executeTakeFirstOrThrow(): Promise<{ n: number }> }) =>
          q.executeTakeFirstOrThrow().then((r) => Number(r.n));
        const auditScope = scopePredicate(actor, { org: 'audit_log.actor_org_id', owner: 'audit_log.actor_id' });
        const [orgs, users, dictionaries, dictionaryEntries, auditEntries, loginsToday] = await Promise.all([
          count(
            db
              .selectFrom('orgs')
              .where(scopePredicate(actor, { org: 'orgs.id' }))
              .select((eb) => eb.fn.countAll<number>().as('n')),
          ),
          count(
            db
              .selectFrom('users')
              .where(scopePredicate(actor, { org: 'users.org_id', owner: 'users.id' }))
              .select((eb) => eb.fn.countAll<number>().as('n')),
          ),
          count(db.selectFrom('dictionaries').select((eb) => eb.fn.countAll<number>().as('n'))),
          count(db.selectFrom('dictionary_entries').select((eb) => eb.fn.countAll<number>().as('n'))),
          count(
            db
              .selectFrom('audit_log')
              .where(auditScope)
              .select((eb) => eb.fn.countAll<number>().as('n')),
          ),
          count(
            db
              .selectFrom('audit_log')
              .where(auditScope)
              .where('action', '=', 'auth.login')
              .where('at', '>=', shanghaiDayStart(clock.now()).toISOString())
              .select((eb) => eb.fn.countAll<number>().as('n')),
          ),
        ]);
        return { orgs, users, dictionaries, dictionaryEntries, auditEntries, loginsToday };
      },
    );

    app.get(
      '/public/overview',
      {
        config: { access: 'public', rateLimit: { max: config.publicRateLimit, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'The province and its cities, for the public landing page',
          response: { 200: PublicOverviewSchema },
        },
      },
      async () => {
        // Place names come from the region dictionary (南宁市), organisations' names (南宁市生态环境局) as a fallback.
        const rows = await db
          .selectFrom('orgs')
          .select(['name', 'region_code', 'kind'])
          .where('kind', 'in', ['province', 'city'])
          .orderBy('region_code')
          .execute();
        const labels = new Map(
          (
            await db
              .selectFrom('dictionary_entries')
              .select(['code', 'label', 'label_en'])
              .where('dict_code', '=', 'region')
              .execute()
          ).map((e) => [e.code, e]),
        );
        const place = (r: { name: string; region_code: string }) => {
          const entry = labels.get(r.region_code);
          return { name: entry?.label ?? r.name, nameEn: entry?.label_en ?? null, regionCode: r.region_code };
        };
        const province = rows.find((r) => r.kind === 'province');
        return {
          province: province ? place(province) : null,
          cities: rows.filter((r) => r.kind === 'city').map(place),
          generatedAt: clock.now().toISOString(),
        };
      },
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
        const ok = await db
          .selectFrom('audit_head')
          .select('seq')
          .limit(1)
          .execute()
          .then(
            () => true,
            () => false,
          );
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
