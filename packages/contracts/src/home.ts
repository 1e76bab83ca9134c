import { z } from 'zod';
import { FORECAST_STATUSES } from './assessment';
import { DueItemSchema } from './sources';

const DueStateSchema = z.enum(['ok', 'due_soon', 'overdue']);

/**
 * The signed-in home: what the caller owes and what needs their eye, within their scope. A list is
 * null when the caller's roles do not cover it (the page leaves that panel out), empty when nothing is owed.
 */
export const MyWorkSchema = z.object({
  /** The work plan whose duties are listed (the current year's, else the latest); null without one. */
  plan: z.object({ id: z.string(), title: z.string(), year: z.number().int() }).nullable(),
  /** Progress reports the caller's own units owe for open rounds (due soon or late). */
  reportsDue: z
    .array(
      z.object({
        roundLabel: z.string(),
        dueDate: z.string(),
        itemId: z.string(),
        itemTitle: z.string(),
        unitName: z.string(),
        dueState: DueStateSchema,
      }),
    )
    .nullable(),
  /** Open supervision notices (督办单) addressed to the caller's own units. */
  noticesToAnswer: z
    .array(
      z.object({
        id: z.string(),
        itemId: z.string(),
        itemTitle: z.string(),
        unitName: z.string(),
        reason: z.string(),
        level: z.number().int(),
        replyDue: z.string(),
        dueState: DueStateSchema,
      }),
    )
    .nullable(),
  /** Reports in the caller's reach waiting for a review (for those who approve). */
  reportsToReview: z
    .array(
      z.object({
        id: z.string(),
        itemId: z.string(),
        itemTitle: z.string(),
        unitName: z.string(),
        roundLabel: z.string(),
        submittedAt: z.string(),
      }),
    )
    .nullable(),
  /** Open monitoring alerts at stations in scope: the count and the latest few. */
  alerts: z
    .object({
      open: z.number().int(),
      latest: z.array(
        z.object({
          id: z.string(),
          stationName: z.string(),
          kind: z.string(),
          parameter: z.string().nullable(),
          lastAt: z.string(),
        }),
      ),
    })
    .nullable(),
  /** This year's targets in scope whose forecast is at risk or off track. */
  targetsAtRisk: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        regionName: z.string(),
        unit: z.string(),
        status: z.enum(FORECAST_STATUSES),
        targetValue: z.number(),
        actual: z.number().nullable(),
      }),
    )
    .nullable(),
  /**
   * Permit clocks and execution reports of the enterprises in the caller's scope that fall due within
   * 30 days or are overdue, soonest first: the regulating unit's reminders, and an enterprise's own.
   */
  permitsDue: z.array(DueItemSchema).nullable(),
});
export type MyWork = z.infer<typeof MyWorkSchema>;
