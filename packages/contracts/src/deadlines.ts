import { z } from 'zod';

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .describe('A calendar date in Asia/Shanghai, YYYY-MM-DD');

/** Where a deadline stands: more than the warning window away, inside it, or past its day. */
export const DUE_STATES = ['ok', 'due_soon', 'overdue'] as const;
export type DueState = (typeof DUE_STATES)[number];

/** A day off on a weekday (`holiday`) or a make-up working day on a weekend (`workday`, 调休). */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const CalendarDaySchema = z.object({
  date: IsoDateSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  /** `base`: shipped with the code from public knowledge; `custom`: added by an administrator. */
  source: z.enum(['base', 'custom']),
});
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

export const CalendarListQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const CreateCalendarDayBodySchema = z.object({
  date: IsoDateSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1).max(100),
});
export type CreateCalendarDayBody = z.infer<typeof CreateCalendarDayBodySchema>;

/** Permission to change the shared working-day calendar (holidays and 调休 days). */
export const DEADLINE_PERMISSIONS = ['calendar:write'] as const;
export type DeadlinePermission = (typeof DEADLINE_PERMISSIONS)[number];
