import { z } from 'zod';
import { MonthSchema } from './assessment';
import { INDICATOR_DIRECTIONS, ITEM_STATUSES } from './workplan';

/**
 * The monthly progress report (月度进展报告) the department compiles for its leadership from a month's
 * progress reports. States: draft (compiled, recompilable) → submitted → approved (content frozen) or
 * returned (with a reason, recompilable) → released.
 */
export const MONTHLY_REPORT_STATES = ['draft', 'submitted', 'approved', 'returned', 'released'] as const;
export type MonthlyReportState = (typeof MONTHLY_REPORT_STATES)[number];

const MonthlyUnitReportSchema = z.object({
  unitName: z.string(),
  /** The measure below the key work the report was filed on (absent for a report on the key work itself). */
  itemTitle: z.string().optional(),
  text: z.string(),
  percent: z.number().describe('Progress reported, percent 0–100'),
  late: z.boolean(),
  reviewState: z.string().describe('submitted | approved (returned reports are left out)'),
});

const MonthlyIndicatorSchema = z.object({
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  target: z.number().describe('In `unit`'),
  value: z.number().nullable().describe('Latest value when compiled (live: the metric; manual: the last reported)'),
  source: z.enum(['manual', 'live']),
  track: z.enum(['attained', 'on_track', 'behind', 'no_data']),
});

const MonthlyTaskSchema = z.object({
  itemId: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(ITEM_STATUSES),
  leadUnits: z.array(z.string()),
  deadline: z.string().nullable().describe('YYYY-MM-DD'),
  percent: z.number().nullable().describe('Latest reported progress, percent 0–100 (100 when done)'),
  reports: z.array(MonthlyUnitReportSchema),
  indicators: z.array(MonthlyIndicatorSchema),
});
export type MonthlyTask = z.infer<typeof MonthlyTaskSchema>;

const MonthlyNoticeSchema = z.object({
  itemTitle: z.string(),
  unitName: z.string(),
  reason: z.string(),
  level: z.number().int(),
  issuedAt: z.string().describe('ISO 8601 instant in UTC'),
  replyDue: z.string().describe('YYYY-MM-DD'),
  state: z.string().describe('open | replied'),
});

export const MonthlyContentSchema = z.object({
  planTitle: z.string(),
  year: z.number().int(),
  month: MonthSchema,
  /** Shanghai day the content was compiled: statuses and live values are as of that day. */
  asOf: z.string(),
  summary: z.object({
    tasks: z.number().int(),
    reported: z.number().int().describe('Tasks with at least one report in the month'),
    reports: z.number().int(),
    lateReports: z.number().int(),
    done: z.number().int(),
    onTrack: z.number().int(),
    atRisk: z.number().int(),
    overdue: z.number().int(),
    notices: z.number().int(),
  }),
  sections: z.array(z.object({ number: z.string(), title: z.string(), tasks: z.array(MonthlyTaskSchema) })),
  risks: z.array(
    z.object({
      number: z.string(),
      title: z.string(),
      status: z.enum(['at_risk', 'overdue']),
      leadUnits: z.array(z.string()),
      deadline: z.string().nullable(),
    }),
  ),
  notices: z.array(MonthlyNoticeSchema),
});
export type MonthlyContent = z.infer<typeof MonthlyContentSchema>;

export const MonthlyReportSchema = z.object({
  id: z.string(),
  planId: z.string(),
  month: MonthSchema,
  state: z.enum(MONTHLY_REPORT_STATES),
  compiledBy: z.string(),
  compiledAt: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  releasedBy: z.string().nullable(),
  releasedAt: z.string().nullable(),
  /** SHA-256 of the content frozen at approval; null before. */
  frozenSha256: z.string().nullable(),
  content: MonthlyContentSchema,
});
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;
export type MonthlyReportSummary = Omit<MonthlyReport, 'content'>;

export const MonthlyDecisionBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('return'), reason: z.string().trim().min(1).max(2000) }),
]);
export type MonthlyDecisionBody = z.infer<typeof MonthlyDecisionBodySchema>;
