import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema } from './common';

/** Online monitoring against the permit (issue 16): judged hours and exceedance events of the outlets in scope. */
export const COMPLIANCE_PERMISSIONS = [
  'compliance:read',
  /** Officers: dismiss a lead with a reason, ask the enterprise to explain, turn it into a case. */
  'compliance:triage',
  /** Enterprise users: answer a question about their own outlet's lead. */
  'compliance:explain',
  /** Administrators: special periods in force and the compliance settings. */
  'compliance:settings',
] as const;
export type CompliancePermission = (typeof COMPLIANCE_PERMISSIONS)[number];

const Instant = z.string().describe('ISO-8601 UTC instant');

export const ComplianceRangeQuerySchema = z.object({
  from: z.string().datetime({ offset: true }).describe('Hour starts from this instant (inclusive)'),
  to: z.string().datetime({ offset: true }).describe('… up to this instant (exclusive)'),
});

export const ComplianceHourSchema = z.object({
  outletId: IdSchema,
  pollutant: z.string().describe('The permit limit pollutant code, equal to the monitoring parameter code'),
  hourStart: Instant,
  validMinutes: z.number().int().describe('Valid minutes (flag N, value present) in the clock hour'),
  valid: z.boolean().describe('≥ 45 valid minutes (HJ 76-2017 App. B)'),
  mean: z.number().nullable().describe('Valid hourly mean, mg/m³ (or the limit unit), 3 places half to even'),
  o2Mean: z.number().nullable().describe('Valid hourly O2 mean, %'),
  converted: z.number().nullable().describe('Converted to the reference O2 (折算), when the outlet has one'),
  limitValue: z.number().nullable().describe('The permitted concentration'),
  exceeded: z.boolean().nullable().describe('null when the hour cannot be judged'),
  multiple: z.number().nullable().describe('超标倍数 (C − L) / L, 2 places'),
  note: z.string().describe('HOUR_INVALID, O2_HOUR_INVALID, O2_AT_OR_ABOVE_21, JUDGED_DAILY …'),
  receivedMinutes: z.number().int().nullable().describe('Minutes that arrived, any flag (transmission)'),
  flowMean: z.number().nullable().describe('Valid hourly mean flow, m³/h'),
  amountKg: z.number().nullable().describe('Emitted in the hour, mean × flow, kg'),
});
export type ComplianceHour = z.infer<typeof ComplianceHourSchema>;

export const EXCEEDANCE_STATUSES = ['open', 'closed'] as const;

export const ExceedanceEventSchema = z.object({
  id: IdSchema,
  outletId: IdSchema,
  outletCode: z.string(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  pollutant: z.string(),
  start: Instant,
  end: Instant.describe('End of the last exceeding hour'),
  hours: z.number().int(),
  peakConverted: z.number().describe('Highest judged (converted or measured) value of the run'),
  peakMultiple: z.number().nullable(),
  status: z.enum(EXCEEDANCE_STATUSES).describe('open: the last judged hour still exceeded'),
  basis: z.enum(['hour', 'day']).describe('day: a water outlet judged on daily means (hours = 24 × days)'),
});
export type ExceedanceEvent = z.infer<typeof ExceedanceEventSchema>;

export const ExceedancesQuerySchema = ComplianceRangeQuerySchema.extend({
  enterpriseId: IdSchema.optional(),
});

export const EnterpriseComplianceSchema = z.object({
  enterpriseId: IdSchema,
  judgedHours: z.number().int().describe('Outlet × pollutant hours judged in the range'),
  validHours: z.number().int(),
  validHourRate: z.number().nullable().describe('valid / judged hours, %, one decimal; null without hours'),
  exceedanceHours: z.number().int(),
});
export type EnterpriseCompliance = z.infer<typeof EnterpriseComplianceSchema>;

export const ComplianceDaySchema = z.object({
  outletId: IdSchema,
  pollutant: z.string(),
  day: z.string().describe('Shanghai calendar day YYYY-MM-DD'),
  validHours: z.number().int(),
  valid: z.boolean().describe('≥ 20 valid hours'),
  mean: z.number().nullable(),
  limitValue: z.number().nullable(),
  exceeded: z.boolean().nullable(),
  multiple: z.number().nullable(),
  amountKg: z.number().nullable(),
  note: z.string(),
});
export type ComplianceDay = z.infer<typeof ComplianceDaySchema>;

/** Leads (线索): what a person must look at. Never a penalty. */
export const LEAD_KINDS = ['exceedance', 'sign', 'missing_data', 'transmission', 'referral'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];
export const LEAD_STATUSES = ['open', 'dismissed', 'explanation_requested', 'explained', 'case_requested'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LeadSchema = z.object({
  id: IdSchema,
  kind: z.enum(LEAD_KINDS),
  signKind: z.string().describe("The detector's kind for a sign (constant, flag_while_operating …); '' otherwise"),
  outletId: IdSchema,
  outletCode: z.string(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  regionCode: z.string(),
  pollutant: z.string(),
  start: Instant,
  end: Instant,
  evidence: z.record(z.string(), z.unknown()).describe('The figures behind the lead'),
  act: z.string().describe('The act of the regulation it may indicate, or the rule it breaks'),
  status: z.enum(LEAD_STATUSES),
  reason: z.string(),
  question: z.string(),
  explanation: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Lead = z.infer<typeof LeadSchema>;

export const LeadListQuerySchema = pageQuerySchema(['start', 'createdAt', 'kind'] as const).extend({
  status: z.enum(LEAD_STATUSES).optional(),
  kind: z.enum(LEAD_KINDS).optional(),
  enterpriseId: IdSchema.optional(),
  outletId: IdSchema.optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('A region; its subregions match too'),
});
export const LeadListSchema = listSchema(LeadSchema);

export const DismissLeadBodySchema = z.object({ reason: z.string().trim().min(2).max(1000) });
export const AskLeadBodySchema = z.object({ question: z.string().trim().min(2).max(1000) });
export const ExplainLeadBodySchema = z.object({ explanation: z.string().trim().min(2).max(2000) });
export const CaseLeadBodySchema = z.object({ reason: z.string().trim().max(1000).default('') });

/** Per enterprise or per region: what the department reads off a month. */
export const ComplianceStatsQuerySchema = ComplianceRangeQuerySchema.extend({
  groupBy: z.enum(['enterprise', 'region']).default('enterprise'),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
});
export const ComplianceStatsRowSchema = z.object({
  key: z.string().describe('Enterprise id or region code'),
  name: z.string(),
  regionCode: z.string(),
  outlets: z.number().int(),
  judgedHours: z.number().int(),
  validHours: z.number().int(),
  validHourRate: z.number().nullable().describe('%, one decimal'),
  transmissionRate: z.number().nullable().describe('received / expected minutes, %, one decimal'),
  effectiveTransmissionRate: z.number().nullable().describe('有效传输率 per the configured formula, %'),
  exceedanceHours: z.number().int(),
  amountKg: z.number().describe('Emitted in the range, kg'),
  openLeads: z.number().int(),
});
export const ComplianceStatsSchema = z.object({ rows: z.array(ComplianceStatsRowSchema) });
export type ComplianceStatsRow = z.infer<typeof ComplianceStatsRowSchema>;

/** Emitted amounts against the permitted annual amount (t/a), with the year-end projection. */
export const AmountsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const OutletAmountSchema = z.object({
  outletId: IdSchema,
  outletCode: z.string(),
  pollutant: z.string(),
  byMonthKg: z.array(z.number()).length(12),
  yearToDateKg: z.number(),
  permittedKg: z.number().nullable().describe('The permitted annual amount, kg (t/a × 1000)'),
  projectedKg: z.number().nullable().describe('Year-end projection at the pace so far'),
  usedShare: z.number().nullable().describe('Year to date / permitted, %'),
  projectedOver: z.boolean().describe('The projection exceeds the permitted amount'),
});
export const EnterpriseAmountsSchema = z.object({
  enterpriseId: IdSchema,
  year: z.number().int(),
  rows: z.array(OutletAmountSchema),
});
export type OutletAmount = z.infer<typeof OutletAmountSchema>;

export const SpecialPeriodSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Equal to the special_period of the permit limits it brings into force (重污染天气 …)'),
  regionCode: z.string(),
  start: Instant,
  end: Instant,
  note: z.string(),
});
export const CreateSpecialPeriodBodySchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    regionCode: z.string().regex(/^\d{6}$/),
    start: z.string().datetime({ offset: true }),
    end: z.string().datetime({ offset: true }),
    note: z.string().trim().max(500).default(''),
  })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { path: ['end'], message: 'end must be after start' });

/** ⚠ The compliance settings (data an administrator sets; the national practice varies by province). */
export const ComplianceSettingsSchema = z.object({
  transmissionFormula: z
    .enum(['product', 'valid_only'])
    .describe('有效传输率: product = transmission rate × valid rate; valid_only = valid / expected minutes'),
  missingDataHours: z.number().int().min(1).max(168).describe('Consecutive hours without data that raise a lead'),
  transmissionAlertPercent: z
    .number()
    .min(0)
    .max(100)
    .describe('A day whose transmission rate is below this raises a lead'),
  phMin: z
    .number()
    .min(0)
    .max(14)
    .describe('⚠ The lower pH bound where a permit names only the upper one (GB 8978: 6)'),
});
export type ComplianceSettings = z.infer<typeof ComplianceSettingsSchema>;
