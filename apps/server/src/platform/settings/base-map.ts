import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps';
import type { Database } from '../../db/schema';
import type { Clock } from '../clock';
import { actorOf } from '../../http/auth.plugin';
import { appendAudit, auditContextOf } from '../audit/audit.service';
import { putSetting, settingValue } from './settings.repository';

const MAP_KEY = 'base_map';

/**
 * The default base map: Guangxi's 14 cities with their region codes as feature ids, from
 * `map/json/province/guangxi.json` of the echarts 4.9.0 package (Apache-2.0, installed under the
 * alias echarts-map-4). Admins replace it with their own province's GeoJSON.
 */
function defaultMap(): unknown {
  const require = createRequire(import.meta.url);
  const file = require.resolve('echarts-map-4/map/json/province/guangxi.json', {
    paths: [process.cwd(), import.meta.dirname],
  });
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

let cachedDefault: string | undefined;

const GeoJsonSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(
        z.object({
          type: z.literal('Feature'),
          id: z.union([z.string(), z.number()]).optional(),
          properties: z.record(z.string(), z.unknown()).nullable(),
          geometry: z.unknown(),
        }),
      )
      .min(1)
      .max(5000),
  })
  .catchall(z.unknown());

/** Stores the base map (the caller audits): the settings route and `ecocloud init` both write it here. */
export async function saveBaseMap(trx: Kysely<Database>, clock: Clock, map: unknown): Promise<void> {
  const now = clock.now().toISOString();
  const value = JSON.stringify(map);
  await putSetting(trx, MAP_KEY, value, now);
}

export function baseMapRoutes({ db, clock, config }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/map',
      {
        config: { access: 'public', rateLimit: { max: config.publicRateLimit, timeWindow: '1 minute' } },
        schema: { tags: ['public'], summary: 'The province base map (GeoJSON; feature id = region code)' },
      },
      async (_request, reply) => {
        const stored = await settingValue(db, MAP_KEY);
        cachedDefault ??= JSON.stringify(defaultMap());
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('cache-control', 'public, max-age=300')
          .send(stored ?? cachedDefault);
      },
    );

    app.put(
      '/settings/map',
      {
        config: { access: 'settings:write' },
        bodyLimit: 20 * 1024 * 1024,
        schema: {
          tags: ['platform'],
          summary: 'Replace the base map with a GeoJSON FeatureCollection whose feature ids are region codes',
          body: GeoJsonSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const ids = request.body.features.map((f) => String(f.id ?? ''));
        if (ids.some((id) => !/^\d{6}$/.test(id)))
          throw new AppError('VALIDATION_FAILED', 'every feature needs an id that is a 6-digit region code', [
            { path: 'body.features.id', message: 'region code required' },
          ]);
        await db.transaction().execute(async (trx) => {
          await saveBaseMap(trx, clock, request.body);
          await appendAudit(trx, clock, auditContextOf(actor), {
            action: 'settings.map.replace',
            entityType: 'setting',
            entityId: MAP_KEY,
            after: { features: ids },
          });
        });
        return reply.status(204).send(null);
      },
    );
  };
}
