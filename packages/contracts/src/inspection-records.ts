import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema } from './common';
import { NON_SITE_CHECKS, VIOLATIONS } from './enforcement';

// Inspection records (现场检查笔录 / 非现场检查记录) of issue 17: the form an inspector fills on a phone.
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** `site` is a visit; the non-site checks (online data, video, power use) are those of the positive list (正面清单). */
export const INSPECTION_METHODS = ['site', ...NON_SITE_CHECKS] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];
export const CHECK_ANSWERS = ['yes', 'no', 'na'] as const;
export const INSPECTION_OUTCOMES = ['compliant', 'problems'] as const;
export const INSPECTION_ATTACHMENT_KINDS = ['photo', 'signature_inspector', 'signature_party'] as const;
export const INSPECTION_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** Bytes of one photo or signature image once decoded; the form shrinks camera photos below it. */
export const INSPECTION_ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;
export const INSPECTION_ATTACHMENTS_MAX = 10;

export const ChecklistItemSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  /** '' for the items every unit answers, else the industry's key. */
  industry: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const InspectionChecklistSchema = z.object({
  enterpriseId: IdSchema,
  industryCode: z.string(),
  industry: z.object({ key: z.string(), zh: z.string(), en: z.string() }).nullable(),
  positiveList: z.boolean(),
  items: z.array(ChecklistItemSchema),
});
export type InspectionChecklist = z.infer<typeof InspectionChecklistSchema>;
export const InspectionChecklistQuerySchema = z.object({ enterpriseId: IdSchema });

const CheckAnswerSchema = z.object({
  key: z.string().min(1).max(60),
  answer: z.enum(CHECK_ANSWERS),
  note: z.string().trim().max(500).default(''),
});

const InspectorNameSchema = z.object({
  userId: IdSchema.nullable().default(null),
  name: z.string().trim().min(1).max(50),
});

export const NewInspectionAttachmentSchema = z.object({
  kind: z.enum(INSPECTION_ATTACHMENT_KINDS),
  fileName: z.string().trim().min(1).max(200),
  contentType: z.string().max(100).describe('image/png, image/jpeg or image/webp (checked against the bytes)'),
  dataBase64: z.string().min(1).max(3_000_000),
});

export const CreateInspectionRecordBodySchema = z.object({
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .describe("The draft's own id, made on the phone: sending it again returns the record already made"),
  enterpriseId: IdSchema,
  planId: IdSchema.nullable().default(null).describe('The random-inspection plan that drew the unit'),
  date: Day,
  method: z.enum(INSPECTION_METHODS),
  siteReason: z.string().trim().max(500).default('').describe('Required to visit a positive-list unit on site'),
  inspectors: z.array(InspectorNameSchema).min(1).max(8),
  lon: z.number().min(-180).max(180).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  checklist: z.array(CheckAnswerSchema).max(100).default([]),
  findings: z.string().trim().max(4000).default(''),
  outcome: z.enum(INSPECTION_OUTCOMES),
  attachments: z.array(NewInspectionAttachmentSchema).max(INSPECTION_ATTACHMENTS_MAX).default([]),
});
export type CreateInspectionRecordBody = z.input<typeof CreateInspectionRecordBodySchema>;

export const InspectionAttachmentSchema = z.object({
  id: IdSchema,
  kind: z.enum(INSPECTION_ATTACHMENT_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});

export const InspectionRecordSchema = z.object({
  id: IdSchema,
  clientId: z.string().nullable(),
  planId: IdSchema.nullable(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  regionCode: z.string(),
  date: Day,
  method: z.enum(INSPECTION_METHODS),
  siteReason: z.string(),
  inspectors: z.array(z.object({ userId: z.string().nullable(), name: z.string() })),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  checklistIndustry: z.string(),
  checklist: z.array(z.object({ key: z.string(), answer: z.enum(CHECK_ANSWERS), note: z.string() })),
  findings: z.string(),
  outcome: z.enum(INSPECTION_OUTCOMES),
  caseId: IdSchema.nullable(),
  attachments: z.array(InspectionAttachmentSchema),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type InspectionRecord = z.infer<typeof InspectionRecordSchema>;

export const InspectionRecordListQuerySchema = pageQuerySchema(['date', 'createdAt'] as const).extend({
  planId: IdSchema.optional(),
  enterpriseId: IdSchema.optional(),
  from: Day.optional(),
  to: Day.optional(),
  outcome: z.enum(INSPECTION_OUTCOMES).optional(),
});
export const InspectionRecordListSchema = listSchema(InspectionRecordSchema.omit({ checklist: true }));
export type InspectionRecordSummary = z.infer<typeof InspectionRecordListSchema>['items'][number];

/** Turning a record's findings into a case (立案前的线索): the violation they show. */
export const InspectionRecordCaseBodySchema = z.object({
  violation: z.enum(VIOLATIONS),
  title: z.string().trim().min(2).max(300).optional(),
  actDate: Day.optional().describe('Default the inspection day'),
});
