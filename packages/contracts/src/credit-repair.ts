import { z } from 'zod';

/** Credit repair (issue 18): punishment records on the credit portal, their periods and repair requests. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const PUNISHMENT_CLASS_IDS = ['minor', 'general', 'serious'] as const;
export const PunishmentClassSchema = z.enum(PUNISHMENT_CLASS_IDS);
export type PunishmentClassId = z.infer<typeof PunishmentClassSchema>;

/** Where a record stands today: computed on read from its dates (no job), so it is exact to the day. */
export const PUBLICATION_STATES = ['not_published', 'published', 'repaired', 'expired'] as const;
export const PublicationStateSchema = z.enum(PUBLICATION_STATES);

export const REPAIR_REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;
export const RepairRequestStateSchema = z.enum(REPAIR_REQUEST_STATES);

/**
 * A duty of the punished enterprise: met, not met, not required by its decision (no fine, no correction
 * order), or outside EcoCloud (a record entered by hand: the reviewer checks the documents).
 */
export const DUTY_STATES = ['met', 'unmet', 'not_required', 'outside'] as const;
export const RepairDutySchema = z.object({
  duty: z.enum(['fine_paid', 'correction_verified']),
  state: z.enum(DUTY_STATES),
  /** The day the duty was met (the case's payment or re-inspection event). */
  on: Day.nullable(),
});
export type RepairDuty = z.infer<typeof RepairDutySchema>;

export const PunishmentRecordSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  uscc: z.string(),
  caseId: z.string().nullable(),
  decisionNo: z.string(),
  violationText: z.string(),
  fineYuan: z.number().nullable(),
  authority: z.string(),
  punishmentClass: PunishmentClassSchema,
  /** `default`: the rule's suggestion, not yet confirmed by an officer. */
  classSource: z.enum(['default', 'officer']),
  decisionDate: Day,
  regimeId: z.string(),
  rule: z.string(),
  unverified: z.array(z.string()),
  published: z.boolean(),
  publicationStart: Day.nullable(),
  minimumEnds: Day.nullable(),
  earliestRepairDate: Day.nullable(),
  maximumEnds: Day.nullable(),
  automaticRemovalDate: Day.nullable(),
  repairedOn: Day.nullable(),
  state: PublicationStateSchema,
  duties: z.array(RepairDutySchema),
  createdAt: z.string(),
});
export type PunishmentRecord = z.infer<typeof PunishmentRecordSchema>;

export const RepairRequestSchema = z.object({
  id: z.string(),
  recordId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  decisionNo: z.string(),
  state: RepairRequestStateSchema,
  requestedOn: Day,
  /** Entered by the enterprise's own user or by an officer on its behalf. */
  filedBy: z.enum(['enterprise', 'officer']),
  statement: z.string(),
  /** Live from the case while pending; as they stood at the decision afterwards. */
  duties: z.array(RepairDutySchema),
  dutiesMet: z.boolean(),
  decidedOn: Day.nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type RepairRequest = z.infer<typeof RepairRequestSchema>;

export const PunishmentRecordListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the enterprise name, credit code or decision number'),
  enterpriseId: z.string().max(64).optional(),
  state: PublicationStateSchema.optional(),
  punishmentClass: PunishmentClassSchema.optional(),
  sort: z.enum(['decisionDate', 'earliestRepairDate', 'automaticRemovalDate', 'enterpriseName']).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const PunishmentRecordListSchema = z.object({ items: z.array(PunishmentRecordSchema), total: z.number() });

/** From a decided enforcement case (class: the officer's, else the default rule's) or by hand. */
export const CreatePunishmentRecordBodySchema = z.union([
  z.object({ caseId: z.string().min(1).max(64), punishmentClass: PunishmentClassSchema.optional() }).strict(),
  z
    .object({
      enterpriseId: z.string().min(1).max(64),
      decisionNo: z.string().trim().min(1).max(60),
      violationText: z.string().trim().min(1).max(300),
      fineYuan: z.number().int().min(0).max(1e10).nullable().default(null),
      authority: z.string().trim().min(1).max(100),
      decisionDate: Day,
      punishmentClass: PunishmentClassSchema,
    })
    .strict(),
]);

export const SetPunishmentClassBodySchema = z.object({ punishmentClass: PunishmentClassSchema }).strict();

export const CreditCaseCandidateSchema = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  violation: z.string(),
  fineYuan: z.number().nullable(),
  decisionDate: Day,
  defaultClass: PunishmentClassSchema,
  defaultReason: z.string(),
});
export const CreditCaseCandidateListSchema = z.object({ items: z.array(CreditCaseCandidateSchema) });

export const CreateRepairRequestBodySchema = z.object({ statement: z.string().trim().min(1).max(2000) }).strict();

export const RepairRequestListQuerySchema = z.object({
  state: RepairRequestStateSchema.optional(),
  recordId: z.string().max(64).optional(),
  enterpriseId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const RepairRequestListSchema = z.object({ items: z.array(RepairRequestSchema), total: z.number() });

export const DecideRepairBodySchema = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().min(1).max(1000) })
  .strict();

/** The portal's views: the enterprise and the decision, never persons, officers or the case's facts. */
export const PublicPunishmentRecordSchema = z.object({
  enterpriseName: z.string(),
  uscc: z.string(),
  decisionNo: z.string(),
  violationText: z.string(),
  fineYuan: z.number().nullable(),
  authority: z.string(),
  punishmentClass: PunishmentClassSchema,
  decisionDate: Day,
  publicationEnds: Day.nullable(),
});
export type PublicPunishmentRecord = z.infer<typeof PublicPunishmentRecordSchema>;
export const PublicRepairDecisionSchema = z.object({
  enterpriseName: z.string(),
  uscc: z.string(),
  decisionNo: z.string(),
  repairedOn: Day,
  authority: z.string(),
});
export type PublicRepairDecision = z.infer<typeof PublicRepairDecisionSchema>;
export const PublicCreditQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the enterprise name or credit code'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const PublicPunishmentRecordListSchema = z.object({
  items: z.array(PublicPunishmentRecordSchema),
  total: z.number(),
});
export const PublicRepairDecisionListSchema = z.object({
  items: z.array(PublicRepairDecisionSchema),
  total: z.number(),
});
