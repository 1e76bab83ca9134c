import { z } from 'zod';
import { INDICATORS, parseWaterClass, POLLUTANTS, WATER_ITEMS } from '@ecocloud/standards';

// Request and response schemas of the calc routes. They live with the module rather than in
// packages/contracts because they mirror the CLI's CSV columns, which the standards package names.

/** What tryParseDecimal accepts (`12`, `2.2`, `.5`, `1e3`), or a blank cell. */
const DECIMAL_TEXT = /^\s*(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)?\s*$/;

/** A concentration: a JSON number, a decimal string (read exactly), or null / '' for missing. */
export const CellSchema = z.union([z.number(), z.string().regex(DECIMAL_TEXT, 'not a decimal number'), z.null()]);
/** Any other column is carried through to the output unchanged. */
const PassThroughSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const cells = <K extends string>(names: readonly K[]): Record<K, z.ZodOptional<typeof CellSchema>> =>
  Object.fromEntries(names.map((n) => [n, CellSchema.optional()])) as Record<K, z.ZodOptional<typeof CellSchema>>;

const StandardSchema = z.enum(['HJ633-2012', 'HJ633-2026']);
const AqiModeSchema = z.enum(['daily', 'realtime', 'published']);
const RowErrorSchema = z.object({ row: z.number().int(), reason: z.string() });
const OutputRowSchema = z.record(z.string(), PassThroughSchema);

const MAX_AQI_ROWS = 10_000;
const MAX_WATER_ROWS = 10_000;
const MAX_HOURLY_ROWS = 200_000;

export const CalcAqiQuerySchema = z.object({
  standard: StandardSchema.optional().describe('for text/csv bodies; a JSON body may say it instead'),
  mode: AqiModeSchema.optional().describe('for text/csv bodies'),
});

export const CalcAqiBodySchema = z.object({
  standard: StandardSchema.optional().describe(
    "default: the version in force on each row's date/time column, else today",
  ),
  mode: AqiModeSchema.optional().describe('default daily'),
  rows: z.array(z.object(cells(INDICATORS)).catchall(PassThroughSchema)).max(MAX_AQI_ROWS),
});

export const CalcRowsResultSchema = z.object({ rows: z.array(OutputRowSchema), errors: z.array(RowErrorSchema) });

const WATER_CELLS = WATER_ITEMS.map((w) => w.item);
const TargetClassSchema = z.union([z.number(), z.string()]).refine((v) => {
  const c = parseWaterClass(String(v));
  return c !== null && c <= 5;
}, 'target class must be 1-5, I-V or Ⅰ-Ⅴ');

export const CalcWaterQuerySchema = z.object({
  waterBody: z.enum(['river', 'lake']).optional(),
  targetClass: TargetClassSchema.optional(),
});

export const CalcWaterBodySchema = z.object({
  waterBody: z.enum(['river', 'lake']).optional().describe('lake switches TP to the lake limits; default river'),
  targetClass: TargetClassSchema.optional().describe("default: each row's target_class column when present"),
  rows: z.array(z.object(cells(WATER_CELLS)).catchall(PassThroughSchema)).max(MAX_WATER_ROWS),
});

export const CalcAirQuerySchema = z.object({
  standard: StandardSchema.optional(),
  timeLabel: z.enum(['start', 'end']).optional(),
});

const AirHourlyRowSchema = z.object({
  station: z.string().min(1),
  city: z.string().min(1),
  time: z.string().min(1).describe('ISO 8601 with an offset, e.g. 2025-06-01T00:00:00+08:00'),
  ...cells(POLLUTANTS),
});

export const CalcAirBodySchema = z.object({
  standard: StandardSchema.optional().describe('default: the version in force on each day'),
  timeLabel: z.enum(['start', 'end']).optional().describe('which end of the hour time labels; default start (HJ 212)'),
  rows: z.array(AirHourlyRowSchema).max(MAX_HOURLY_ROWS),
});

const TableSchema = z.array(z.record(z.string(), z.string()));
export const CalcAirResultSchema = z.object({
  dailyStation: TableSchema,
  dailyCity: TableSchema,
  periodCity: TableSchema,
  errors: z.array(RowErrorSchema),
});

export type CalcAqiBody = z.infer<typeof CalcAqiBodySchema>;
export type CalcWaterBody = z.infer<typeof CalcWaterBodySchema>;
export type CalcAirBody = z.infer<typeof CalcAirBodySchema>;
