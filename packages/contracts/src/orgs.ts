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
