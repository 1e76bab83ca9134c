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
