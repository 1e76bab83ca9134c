import { z } from 'zod';
import { RegionCodeSchema } from './common';

/**
 * The live metrics a work plan indicator can be bound to (published by other modules through the
 * server's metric registry), and the preview an official sees while choosing one.
 */
export const MetricListItemSchema = z.object({
  key: z.string().describe('Registry key, e.g. `rectification.due_done_pct`'),
  name: z.string().describe('Chinese name'),
  nameEn: z.string(),
  unit: z.string(),
  module: z.string().describe('The publishing server module'),
  group: z
    .string()
    .describe('What the metric is about, for grouping a picker: air, water, sources, compliance, enforcement, …'),
  groupName: z.string().describe('Chinese label of the group'),
  groupNameEn: z.string(),
  direction: z.enum(['at_most', 'at_least']).describe('at_most: smaller is better; at_least: larger is better'),
});
export type MetricListItem = z.infer<typeof MetricListItemSchema>;

export const MetricPreviewParamsSchema = z.object({ key: z.string().min(1).max(100) });
export const MetricPreviewQuerySchema = z.object({
  regionCode: RegionCodeSchema.optional().describe(
    "The region read (GB/T 2260, 6 digits; its subregions count); default: the caller's own region",
  ),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('The plan year the metric is read for; default: the current year (Asia/Shanghai)'),
});

const MetricValueSchema = z.number().nullable().describe('In the metric’s unit; null: no data');

export const MetricPreviewSchema = z.object({
  metric: MetricListItemSchema,
  regionCode: z.string().describe('GB/T 2260 region code, 6 digits'),
  year: z.number().int(),
  /** What a live indicator bound to this metric and region shows now (the same read as the item's view). */
  current: z.object({
    value: MetricValueSchema,
    asOf: z.string().nullable().describe('When the value holds: an ISO 8601 instant in UTC'),
    forecast: z
      .object({ value: z.number(), status: z.enum(['on_track', 'at_risk', 'off_track']), reason: z.string() })
      .nullable()
      .describe("The publishing module's year-end forecast, when it gives one"),
    note: z.string().nullable(),
  }),
  /**
   * The value at the end of each month of the year up to today (Asia/Shanghai); the current month's
   * point is today's reading. Empty for a year not yet begun.
   */
  trajectory: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      asOf: z.string().describe('The instant read: the last moment of the month, or now for the current month'),
      value: MetricValueSchema,
    }),
  ),
  /** The value at the end of the previous year, when it is over and the read budget allows. */
  baseline: z.object({ asOf: z.string(), value: MetricValueSchema }).nullable(),
});
export type MetricPreview = z.infer<typeof MetricPreviewSchema>;
