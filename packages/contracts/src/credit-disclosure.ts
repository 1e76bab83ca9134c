import { z } from 'zod';
import { IdSchema } from './common';
import { CREDIT_LEVEL_CODES } from './credit-rating';

/** Legal disclosure (依法披露, 部令第24号): the yearly list, annual and temporary reports, what falls due. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const DISCLOSURE_REASON_CODES = ['key_unit', 'cleaner_audit', 'listed_trigger', 'bond_trigger'] as const;
export const DISCLOSURE_LIST_STATUSES = ['draft', 'notice', 'fixed'] as const;
export const ENTERPRISE_MARKS = ['listed', 'bond_issuer', 'cleaner_audit', 'trigger'] as const;
export const TEMPORARY_EVENT_CODES = [
  'permit_granted',
  'permit_changed',
  'permit_renewed',
  'permit_revoked',
  'penalty',
  'detention',
  'criminal',
  'compensation',
] as const;
/** Where a report stands on the asked day. */
export const REPORT_STATES = ['not_due', 'due', 'filed', 'filed_late', 'overdue'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const DisclosureUnitSchema = z.object({
  id: IdSchema,
  year: z.number().int(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  reasons: z.array(
    z.object({ reason: z.enum(DISCLOSURE_REASON_CODES), until: z.number().int().nullable(), note: z.string() }),
  ),
  listedUntil: z.number().int().nullable(),
  source: z.enum(['register', 'manual']),
});
export const DisclosureListSchema = z.object({
  year: z.number().int(),
  regionCode: z.string(),
  status: z.enum(DISCLOSURE_LIST_STATUSES),
  noticeFrom: Day.nullable(),
  noticeUntil: Day.nullable(),
  fixedOn: Day.nullable(),
  /** The last day the list may be fixed (end of March, §9). */
  fixBy: Day,
  units: z.array(DisclosureUnitSchema),
});
export type DisclosureListView = z.infer<typeof DisclosureListSchema>;

export const AddDisclosureUnitBodySchema = z.object({
  enterpriseId: IdSchema,
  reason: z.enum(DISCLOSURE_REASON_CODES),
  auditAcceptedYear: z.number().int().min(2000).max(2100).optional(),
  note: z.string().trim().max(300).default(''),
});
export const PublishListBodySchema = z.object({ noticeFrom: Day });
export const MarkBodySchema = z.object({
  enterpriseId: IdSchema,
  mark: z.enum(ENTERPRISE_MARKS),
  year: z.number().int().min(2000).max(2100),
  detail: z.string().trim().max(200).default(''),
});

export const DisclosureReportRowSchema = z.object({
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  uscc: z.string(),
  kind: z.enum(['annual', 'temporary']),
  year: z.number().int(),
  eventRef: z.string(),
  event: z.enum(TEMPORARY_EVENT_CODES).nullable(),
  eventDate: Day.nullable(),
  /** What the event was (a case number, a permit number). */
  eventLabel: z.string(),
  dueDate: Day,
  filedOn: Day.nullable(),
  state: z.enum(REPORT_STATES),
  rule: z.object({ citation: z.string(), days: z.number().int(), dayKind: z.enum(['calendar', 'working']) }),
});
export type DisclosureReportRow = z.infer<typeof DisclosureReportRowSchema>;
export const DisclosureReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  on: Day.optional(),
  state: z.enum(REPORT_STATES).optional(),
  enterpriseId: IdSchema.optional(),
});

export const AnnualPrefillSchema = z.object({
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  uscc: z.string(),
  year: z.number().int(),
  dueDate: Day,
  permits: z.array(z.object({ permitNo: z.string(), validFrom: Day, validTo: Day, status: z.string() })),
  emissions: z.array(z.object({ pollutant: z.string(), amountKg: z.number() })),
  penalties: z.array(z.object({ caseNo: z.string(), title: z.string(), decidedOn: Day, fineYuan: z.number() })),
  creditLevel: z.enum(CREDIT_LEVEL_CODES).nullable(),
  temporaryReports: z.number().int(),
  filed: z.object({ filedOn: Day, content: z.record(z.string(), z.unknown()) }).nullable(),
});
export type AnnualPrefill = z.infer<typeof AnnualPrefillSchema>;

export const FileAnnualBodySchema = z.object({
  enterpriseId: IdSchema,
  year: z.number().int().min(2000).max(2100),
  content: z.object({
    emergencyPlan: z.string().trim().max(2000).default(''),
    carbonTonnes: z.number().min(0).nullable().default(null),
    insurance: z.string().trim().max(500).default(''),
    note: z.string().trim().max(4000).default(''),
  }),
});
export const FileTemporaryBodySchema = z.object({
  enterpriseId: IdSchema,
  eventRef: z.string().min(1).max(200),
  content: z.object({ text: z.string().trim().min(2).max(4000) }),
});

export const CreditDueItemSchema = z.object({
  kind: z.enum(['annual_report', 'temporary_report', 'list_notice', 'list_fix', 'objection_window', 'rating_publish']),
  dueDate: Day,
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  enterpriseId: IdSchema.nullable(),
  enterpriseName: z.string().nullable(),
  uscc: z.string().nullable(),
  /** The event, year or run it belongs to. */
  subject: z.string(),
  rule: z.object({ citation: z.string(), days: z.number().int(), dayKind: z.enum(['calendar', 'working']) }),
});
export type CreditDueItem = z.infer<typeof CreditDueItemSchema>;

export const PublicDisclosureSchema = z.object({
  enterpriseName: z.string(),
  uscc: z.string(),
  kind: z.enum(['annual', 'temporary']),
  year: z.number().int(),
  event: z.enum(TEMPORARY_EVENT_CODES).nullable(),
  filedOn: Day,
  content: z.record(z.string(), z.unknown()),
});
export const PublicDisclosureListSchema = z.object({ items: z.array(PublicDisclosureSchema), total: z.number().int() });
