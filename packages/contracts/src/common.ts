import { z } from 'zod';

export const IdSchema = z.string().min(1).max(64);
export const IdParamsSchema = z.object({ id: IdSchema });

/** Paging for every list: 1-based page, bounded page size, whitelisted sort keys supplied per list. */
export function pageQuerySchema<const K extends readonly [string, ...string[]]>(sortKeys: K) {
  return z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    sort: z.enum(sortKeys).optional(),
    order: z.enum(['asc', 'desc']).default('asc'),
  });
}

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const RegionCodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'a 6-digit administrative region code')
  .describe('Administrative region code, GB/T 2260: 6 digits (450000 a province, 450100 a city, 450102 a county)');
export const IsoInstantSchema = z.string().describe('An instant, ISO 8601 in UTC (`2025-06-01T00:00:00.000Z`)');

/** A field without its create default: `z.string().default('')` → `z.string()`. */
type WithoutDefault<F> = F extends z.ZodDefault<infer Inner> ? Inner : F;

/**
 * The PATCH body of a create body: every field optional and none with its create default. A plain
 * `.partial()` keeps the defaults, so a PATCH naming one field would reset every field it left out to
 * its default (a station's parameters to [], an enterprise's contacts to []); here a field left out stays
 * as stored.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(create: z.ZodObject<Shape>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(create.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> }>;
}
