import { z } from 'zod';
import { RegionCodeSchema } from './common';

export const ORG_KINDS = ['province', 'city', 'county', 'division', 'unit', 'enterprise'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const OrgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  regionCode: z.string(),
  createdAt: z.string(),
});
export type Org = z.infer<typeof OrgSchema>;

export const CreateOrgBodySchema = z.object({
  parentId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(200).optional(),
  kind: z.enum(ORG_KINDS),
  regionCode: RegionCodeSchema,
});
export const UpdateOrgBodySchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  nameEn: z.string().trim().max(200).nullable().optional(),
});

/** A provincial-level division (GB/T 2260) that `ecocloud init` and the first-run page can set up. */
export const ProvinceOptionSchema = z.object({ code: RegionCodeSchema, name: z.string() });
export type ProvinceOption = z.infer<typeof ProvinceOptionSchema>;

export const SetupStatusSchema = z.object({
  provinces: z.array(ProvinceOptionSchema),
  /** Provinces already set up (an organisation of kind province with that region code). */
  installed: z.array(z.object({ code: RegionCodeSchema, name: z.string(), orgId: z.string() })),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

export const InitProvinceBodySchema = z.object({
  province: RegionCodeSchema,
  /** The department's name; default "<province>生态环境厅". */
  name: z.string().trim().min(1).max(100).optional(),
  counties: z.boolean().default(false),
});
export type InitProvinceBody = z.input<typeof InitProvinceBodySchema>;

export const InitProvinceResultSchema = z.object({
  province: z.object({ code: RegionCodeSchema, name: z.string(), orgId: z.string(), orgName: z.string() }),
  cities: z.number().int(),
  counties: z.number().int(),
  created: z.object({ orgs: z.number().int(), regions: z.number().int() }),
  map: z.object({ features: z.number().int() }),
});
export type InitProvinceResult = z.infer<typeof InitProvinceResultSchema>;
