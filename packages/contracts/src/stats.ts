import { z } from 'zod';

export const HomeStatsSchema = z.object({
  orgs: z.number().int(),
  users: z.number().int(),
  dictionaries: z.number().int(),
  dictionaryEntries: z.number().int(),
  auditEntries: z.number().int(),
  loginsToday: z.number().int(),
});

export const PublicOverviewSchema = z.object({
  province: z.object({ name: z.string(), nameEn: z.string().nullable(), regionCode: z.string() }).nullable(),
  cities: z.array(z.object({ name: z.string(), nameEn: z.string().nullable(), regionCode: z.string() })),
  generatedAt: z.string(),
});

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.object({ ok: z.boolean(), dialect: z.string() }),
  /** the HJ 212 ingest journal, when the gateway runs in this process */
  ingest: z.object({ pendingRows: z.number().int().nonnegative(), applyFailing: z.boolean() }).optional(),
});
