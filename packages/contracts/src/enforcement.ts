import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema } from './common';

/** Enforcement (issue 17): cases with their legal clocks, the penalty, random inspections, inspection records. */
export const ENFORCEMENT_PERMISSIONS = [
  'enforcement:read',
  /** Officers: open cases, record their events. */
  'enforcement:write',
  /** Inspectors: inspection records. */
  'enforcement:inspect',
  /** Leaders and legal officers: approvals (extensions, legal review, decision). */
  'enforcement:decide',
  /** Draw plans and the libraries of objects and inspectors. */
  'enforcement:plan',
] as const;
export type EnforcementPermission = (typeof ENFORCEMENT_PERMISSIONS)[number];

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The case state machine of regulation.md §3.1. */
export const CASE_STATES = [
  'lead',
  'not_filed',
  /** Filing opens the investigation (立案 → 调查). */
  'investigating',
  'suspended',
  'terminated',
  'findings',
  'notice_sent',
  'hearing_requested',
  'hearing_scheduled',
  'heard',
  'legal_review',
  'decided',
  'served',
  'paid',
  'overdue',
  'enforced',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/**
 * What can happen to a case, each on a day. Clock events (filing, notice, decision, service, payment,
 * orders, re-inspections, seizure, production limits) drive the legal clocks; `paused` with an end date
 * (null while it lasts) stops the decision clock; `extended` adds approved days to a clock.
 */
export const CASE_EVENT_KINDS = [
  'filed',
  'not_filed',
  'extended',
  'paused',
  'resumed',
  'terminated',
  'findings',
  'notice_sent',
  'hearing_requested',
  'hearing_notified',
  'heard',
  'legal_review',
  'decided',
  'served',
  'paid',
  'enforcement_applied',
  'closed',
  'monitoring_report',
  'correction_order_made',
  'correction_order_served',
  'reinspected',
  'seized',
  'seizure_released',
  'production_limited',
  'production_limit_lifted',
  'referred_to_police',
  'note',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const PAUSE_REASONS = ['suspended', 'hearing', 'monitoring', 'appraisal', 'service', 'publication'] as const;
export const EXTENDABLE_CLOCKS = ['FILING', 'DECISION', 'SEIZURE', 'PRODUCTION_LIMIT'] as const;
export const REINSPECTION_FINDINGS = ['violation', 'obstructed', 'corrected', 'production_stopped'] as const;

/** The events that carry nothing but their day and a note. */
const PLAIN_EVENT_KINDS = [
  'filed',
  'not_filed',
  'resumed',
  'terminated',
  'findings',
  'hearing_requested',
  'heard',
  'legal_review',
  'decided',
  'served',
  'paid',
  'enforcement_applied',
  'closed',
  'monitoring_report',
  'correction_order_made',
  'correction_order_served',
  'seized',
  'seizure_released',
  'production_limited',
  'production_limit_lifted',
  'referred_to_police',
  'note',
] as const satisfies readonly CaseEventKind[];

export const CaseEventBodySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('extended'),
    date: Day,
    clock: z.enum(EXTENDABLE_CLOCKS),
    by: z.enum(['approval', 'collective']),
    amount: z.number().int().min(1).max(60),
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({
    kind: z.literal('paused'),
    date: Day,
    reason: z.enum(PAUSE_REASONS),
    endDate: Day.nullable().default(null),
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({
    kind: z.literal('notice_sent'),
    date: Day,
    hearingRight: z.boolean(),
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({
    kind: z.literal('hearing_notified'),
    date: Day,
    hearingDate: Day,
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({
    kind: z.literal('reinspected'),
    date: Day,
    finding: z.enum(REINSPECTION_FINDINGS),
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({ kind: z.enum(PLAIN_EVENT_KINDS), date: Day, note: z.string().trim().max(2000).default('') }),
]);
export type CaseEventBody = z.infer<typeof CaseEventBodySchema>;

export const CaseEventSchema = z.object({
  id: IdSchema,
  kind: z.string(),
  date: Day,
  endDate: Day.nullable(),
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const CaseClockSchema = z.object({
  code: z.string().describe('FILING, DECISION, HEARING_REQUEST, HEARING_NOTICE, SERVICE, PAYMENT …'),
  citation: z.string(),
  text: z.string(),
  mark: z.string().describe('✅ read in the text, ☑ cross-checked, ⚠ unverified'),
  from: Day,
  dueDate: Day,
  daysLeft: z.number().int().nullable(),
  paused: z.boolean(),
  overdue: z.boolean(),
  satisfied: z.boolean(),
  doneOn: Day.nullable(),
  extended: z.number().int(),
  pausedDays: z.number().int(),
  lateFeeYuan: z.number().nullable().describe('加处罚款 so far (payment clock), yuan'),
});
export type CaseClockView = z.infer<typeof CaseClockSchema>;

const PenaltyFactorSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  grade: z.string(),
  weightPercent: z.number(),
  defaulted: z.boolean(),
});
export const CasePenaltySchema = z.object({
  jurisdiction: z.string(),
  table: z.string(),
  tableName: z.string(),
  basis: z.object({
    id: z.string(),
    law: z.string(),
    article: z.string(),
    citation: z.string(),
    verified: z.boolean(),
  }),
  basisReason: z.enum(['act_date_law', 'lighter_new_law']),
  basisExplanation: z.string(),
  statutoryRange: z.object({ minYuan: z.number(), maxYuan: z.number() }),
  factors: z.array(PenaltyFactorSchema),
  sumPercent: z.number(),
  floorPercent: z.number().nullable(),
  appliedPercent: z.number(),
  clamped: z.enum(['min', 'max']).nullable(),
  fineYuan: z.number(),
  noPenalty: z.object({ id: z.string(), text: z.string() }).nullable(),
  warnings: z.array(z.string()),
  decisionDate: Day,
});
export type CasePenalty = z.infer<typeof CasePenaltySchema>;

export const VIOLATIONS = [
  'water_exceed_standard',
  'water_exceed_permit',
  'air_exceed_standard',
  'air_exceed_permit',
  'water_evasion',
  'air_evasion',
  'no_permit',
  'data_falsification',
] as const;

export const CaseSummarySchema = z.object({
  id: IdSchema,
  caseNo: z.string(),
  title: z.string(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  regionCode: z.string(),
  violation: z.enum(VIOLATIONS),
  state: z.enum(CASE_STATES),
  actDate: Day,
  fineYuan: z.number().nullable(),
  /** The open clock falling due first (or the one overdue). */
  nextClock: CaseClockSchema.nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseDetailSchema = CaseSummarySchema.extend({
  outletId: IdSchema.nullable(),
  leadId: IdSchema.nullable(),
  facts: z.string(),
  actEndDate: Day.nullable(),
  causedHarm: z.boolean(),
  jurisdiction: z.string(),
  events: z.array(CaseEventSchema),
  clocks: z.array(CaseClockSchema),
  penalty: CasePenaltySchema.nullable(),
  limitation: z.object({ lastDay: Day, within: z.boolean(), years: z.number().int(), citation: z.string() }),
  dailyPenalty: z
    .object({
      start: z.enum(['order_date', 'service_date']),
      cycles: z.array(z.object({ from: Day, to: Day, days: z.number().int(), amountYuan: z.number() })),
      totalDays: z.number().int(),
      totalYuan: z.number(),
    })
    .nullable(),
  allowedEvents: z.array(z.enum(CASE_EVENT_KINDS)).describe('What may be recorded next, by state and permission'),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const CaseListQuerySchema = pageQuerySchema(['createdAt', 'actDate', 'state'] as const).extend({
  state: z.enum(CASE_STATES).optional(),
  enterpriseId: IdSchema.optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export const CaseListSchema = listSchema(CaseSummarySchema);

export const CreateCaseBodySchema = z.object({
  enterpriseId: IdSchema.optional().describe('Required unless leadId names the enterprise'),
  outletId: IdSchema.nullable().default(null),
  leadId: IdSchema.nullable().default(null).describe('A compliance lead (exceedance, sign) this case comes from'),
  title: z.string().trim().min(2).max(300).optional(),
  facts: z.string().trim().max(10_000).default(''),
  violation: z.enum(VIOLATIONS).optional(),
  actDate: Day.optional(),
  actEndDate: Day.nullable().default(null),
  causedHarm: z.boolean().default(false),
  leadFoundOn: Day.optional().describe(
    'The day the lead was found (the filing clock starts the day after); default today',
  ),
});

export const AssessPenaltyBodySchema = z.object({
  table: z.string().trim().min(1).max(20),
  decisionDate: Day.optional().describe('Default today'),
  inputs: z.record(z.string(), z.string().max(100)).default({}),
  alsoViolates: z.array(z.string().max(40)).max(5).default([]),
});

/** Per handling unit or per city over a range of days (statistics page). */
export const EnforcementStatsQuerySchema = z.object({
  from: Day.optional().describe('First day of the range (inclusive); default 1 January of this year'),
  to: Day.optional().describe('Last day of the range (inclusive); default today'),
  groupBy: z.enum(['org', 'region']).default('org').describe('org: the handling unit; region: the city'),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('A region; its subregions match too'),
});
export const EnforcementStatsRowSchema = z.object({
  key: z.string().describe('Handling organisation id, or city region code'),
  name: z.string(),
  regionCode: z.string(),
  cases: z.number().int().describe('Cases of the group in scope, whatever their days'),
  opened: z.number().int().describe('Leads found in the range'),
  filed: z.number().int().describe('Cases filed (立案) in the range'),
  decided: z.number().int().describe('Decisions dated in the range'),
  finesYuan: z.number().describe('Fines of those decisions, yuan'),
  avgDaysToDecision: z.number().nullable().describe('Mean calendar days from filing to decision, one decimal'),
  decidedOnTime: z.number().int().describe('Decisions within the decision clock (90 days + extensions + pauses)'),
  onTimeRate: z.number().nullable().describe('decidedOnTime / decided, %, one decimal, ≤ 100'),
  overdueClocks: z.number().int().describe('Open clocks of the authority past their due date today'),
  overduePayments: z.number().int().describe('Served fines unpaid past the payment period today'),
});
export type EnforcementStatsRow = z.infer<typeof EnforcementStatsRowSchema>;
export const EnforcementStatsSchema = z.object({
  from: Day,
  to: Day,
  asOf: Day.describe('Today: the day overdue clocks are counted on'),
  rows: z.array(EnforcementStatsRowSchema),
  total: EnforcementStatsRowSchema,
});

// ---- Random inspections (双随机、一公开): object library, inspector library, draw plans ----

/** 一单两库: key units (重点排污单位), special objects (特殊监管对象), general units. */
export const OBJECT_LIBRARIES = ['key', 'special', 'general'] as const;
/** Special-object criteria an officer sets by hand (no data source yet): warning or bad credit, major risk, complaints. */
export const MANUAL_SPECIAL_CRITERIA = ['credit_warning', 'bad_credit', 'major_risk', 'complaints'] as const;
/** How a positive-list unit is checked instead of a visit. */
export const NON_SITE_CHECKS = ['online_data', 'video', 'power_use'] as const;

const RegionCode = z.string().regex(/^\d{6}$/);

export const InspectionObjectReasonSchema = z.object({
  code: z
    .string()
    .describe(
      'key_permit | key_list | manual_key | penalised_last_year | manual_special | credit_warning | bad_credit | major_risk | complaints',
    ),
  text: z.string().describe('The reason in Chinese'),
  source: z.enum(['register', 'derived', 'manual']),
});
export const InspectionObjectSchema = z.object({
  enterpriseId: IdSchema,
  name: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  library: z.enum(OBJECT_LIBRARIES),
  reasons: z.array(InspectionObjectReasonSchema),
  /** The stored manual parts (what PUT set). */
  manualLibrary: z.enum(OBJECT_LIBRARIES).nullable(),
  manualReasons: z.array(z.enum(MANUAL_SPECIAL_CRITERIA)),
  positiveList: z.boolean().describe('正面清单: checked off site (online data, video, power use) instead of a visit'),
  updatedAt: z.string().nullable(),
});
export type InspectionObject = z.infer<typeof InspectionObjectSchema>;
export const InspectionObjectsQuerySchema = z.object({ regionCode: RegionCode.optional() });
export const InspectionObjectListSchema = z.object({
  items: z.array(InspectionObjectSchema),
  counts: z.object({ key: z.number().int(), special: z.number().int(), general: z.number().int() }),
  notes: z.array(z.string()).describe('Criteria the library cannot derive yet, in Chinese'),
});
export const PutInspectionObjectBodySchema = z.object({
  library: z
    .enum(OBJECT_LIBRARIES)
    .optional()
    .describe('A manual placement; the register and derived criteria still raise it'),
  reasons: z.array(z.enum(MANUAL_SPECIAL_CRITERIA)).max(MANUAL_SPECIAL_CRITERIA.length).optional(),
  positiveList: z.boolean(),
});

export const InspectorSchema = z.object({
  userId: IdSchema,
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  active: z.boolean(),
  recusals: z.array(z.object({ enterpriseId: z.string(), name: z.string().nullable() })),
});
export const InspectorListSchema = z.object({ items: z.array(InspectorSchema) });
export const PutInspectorBodySchema = z.object({
  recusals: z.array(IdSchema).max(500).describe('Enterprises the inspector is recused from (回避)'),
  active: z.boolean(),
});

export const DrawRateSchema = z.object({
  library: z.enum(OBJECT_LIBRARIES),
  percent: z.string().regex(/^(100(\.0+)?|\d{1,2}(\.\d{1,4})?)$/, 'a percent 0..100'),
  minimum: z.number().int().min(0).max(10_000).optional(),
});
export const CreateInspectionPlanBodySchema = z.object({
  regionCode: RegionCode,
  period: z
    .string()
    .regex(/^\d{4}-(Q[1-4]|H[12]|(0[1-9]|1[0-2])|Y)$/, 'YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY-Y')
    .describe('2026-Q4'),
  inspectionDate: Day.describe('The list stays hidden from non-owners until this day'),
  rates: z.array(DrawRateSchema).min(1).max(3).optional().describe('Default: county quarter rates (key 25 %)'),
  seed: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[^\0]+$/)
    .optional()
    .describe('Default: a fresh random seed, recorded with the plan'),
  inspectorsPerObject: z.number().int().min(1).max(5).optional(),
});
const PlanLibrarySchema = z.object({
  library: z.enum(OBJECT_LIBRARIES),
  poolSize: z.number().int(),
  percent: z.string(),
  required: z.number().int(),
});
export const InspectionPlanObjectSchema = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  uscc: z.string(),
  library: z.enum(OBJECT_LIBRARIES),
  method: z.enum(['site_visit', 'non_site']),
  checks: z.array(z.enum(NON_SITE_CHECKS)),
  inspectors: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  shortfall: z.number().int(),
});
export const InspectionPlanSchema = z.object({
  id: IdSchema,
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  period: z.string(),
  inspectionDate: Day,
  algorithm: z.string().describe('name@version of the draw algorithm'),
  rates: z.array(DrawRateSchema),
  libraries: z.array(PlanLibrarySchema),
  objectCount: z.number().int(),
  publishedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  /** True while the list is secret to the caller (before the inspection date, not an owner): seed and objects are null. */
  hidden: z.boolean(),
  seed: z.string().nullable(),
  objects: z.array(InspectionPlanObjectSchema).nullable(),
});
export type InspectionPlan = z.infer<typeof InspectionPlanSchema>;
export const InspectionPlanListSchema = z.object({ items: z.array(InspectionPlanSchema.omit({ objects: true })) });
export const InspectionPlanVerifySchema = z.object({
  matches: z.boolean().describe('Re-running the stored algorithm on the stored seed and inputs gives the stored list'),
  algorithm: z.string(),
  seed: z.string(),
});
export const PublicInspectionPlanSchema = z.object({
  id: z.string(),
  authority: z.string(),
  regionCode: z.string(),
  period: z.string(),
  inspectionDate: Day,
  seed: z.string(),
  algorithm: z.string(),
  publishedAt: z.string(),
  units: z.array(
    z.object({
      name: z.string(),
      uscc: z.string(),
      method: z.enum(['site_visit', 'non_site']),
      checks: z.array(z.enum(NON_SITE_CHECKS)),
    }),
  ),
});
export const PublicInspectionPlanListSchema = z.object({ items: z.array(PublicInspectionPlanSchema) });
