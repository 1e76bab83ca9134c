import { z } from 'zod';
import { IdSchema } from './common';

/** Online monitoring against the permit (issue 16): judged hours and exceedance events of the outlets in scope. */
export const COMPLIANCE_PERMISSIONS = ['compliance:read'] as const;
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
  note: z.string().describe('HOUR_INVALID, O2_HOUR_INVALID, O2_AT_OR_ABOVE_21 …'),
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
