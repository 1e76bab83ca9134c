import { z } from 'zod';
import { IdSchema } from './common';
import { CASE_STATES, InspectionPlanListSchema } from './enforcement';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The inspection calendar (检查日历): one month, optionally one region (its subregions match too). */
export const EnforcementCalendarQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .describe('2026-11'),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('A region; its subregions match too'),
});

/** An open clock of a case in scope whose due date falls in the month (期限). */
export const CalendarDeadlineSchema = z.object({
  caseId: IdSchema,
  caseNo: z.string(),
  title: z.string(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  state: z.enum(CASE_STATES),
  code: z.string().describe('The clock: FILING, DECISION, SERVICE, PAYMENT …'),
  dueDate: Day,
  paused: z.boolean(),
  overdue: z.boolean(),
});
export type CalendarDeadline = z.infer<typeof CalendarDeadlineSchema>;

export const EnforcementCalendarSchema = z.object({
  month: z.string(),
  from: Day,
  to: Day,
  asOf: Day.describe('Today in Shanghai'),
  /** Plans whose inspection date falls in the month; the hidden ones carry counts only, as the plans list does. */
  plans: InspectionPlanListSchema.shape.items,
  deadlines: z.array(CalendarDeadlineSchema),
});
export type EnforcementCalendar = z.infer<typeof EnforcementCalendarSchema>;
