import { z } from 'zod';
import { RegionCodeSchema } from './common';

/** Assessment permissions (granted to roles by migration 0004); `apikeys:admin` manages the open-data API keys. */
export const ASSESSMENT_PERMISSIONS = ['assessment:read', 'assessment:write', 'apikeys:admin'] as const;
export type AssessmentPermission = (typeof ASSESSMENT_PERMISSIONS)[number];

// Assessment module contracts: air evaluation and ranking, water classes, targets with forecasts,
// report jobs, API keys and the public portal. Dates are Shanghai calendar dates YYYY-MM-DD.

export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const PERIOD_KINDS = ['month', 'quarter', 'ytd', 'year', 'custom'] as const;

export const PeriodQuerySchema = z.object({
  period: z.enum(PERIOD_KINDS).default('month'),
  date: DateSchema.optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuerySchema>;

export const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

const nullableNumber = z.number().nullable();
export const PollutantStatsSchema = z.object({
  so2: nullableNumber,
  no2: nullableNumber,
  pm10: nullableNumber,
  pm2_5: nullableNumber,
  co: nullableNumber,
  co_p95: nullableNumber,
  o3_8h_p90: nullableNumber,
  so2_p98: nullableNumber,
  no2_p98: nullableNumber,
  pm10_p95: nullableNumber,
  pm2_5_p95: nullableNumber,
});

export const CityEvaluationSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  stations: z.number().int(),
  daysTotal: z.number().int(),
  daysValid: z.number().int(),
  isValid: z.boolean(),
  validityNote: z.string().nullable(),
  stats: PollutantStatsSchema,
  goodDays: z.number().int(),
  goodDayRatio: z.string().nullable(),
  levelDays: z.array(z.number().int()).length(6),
  compositeIndex: z.string().nullable(),
  mainPollutants: z.array(z.string()),
  primaryPollutantDays: z.record(z.string(), z.number().int()),
  rank: z.number().int().nullable(),
  previous: z
    .object({ compositeIndex: z.string().nullable(), goodDayRatio: z.string().nullable(), pm2_5: nullableNumber })
    .nullable(),
  compositeChangePct: z.string().nullable(),
  pm25ChangePct: z.string().nullable(),
  goodDayRatioChange: z.string().nullable(),
});
export type CityEvaluation = z.infer<typeof CityEvaluationSchema>;

export const AirRankingSchema = z.object({
  period: PeriodSchema,
  previousPeriod: PeriodSchema.nullable(),
  /** GB 3095 version whose limits are the composite-index divisors (in force on the period's last day). */
  limitsStandard: z.string(),
  /** HJ 633 versions used for the daily AQI within the period. */
  aqiStandards: z.array(z.string()),
  cities: z.array(CityEvaluationSchema),
});
export type AirRanking = z.infer<typeof AirRankingSchema>;

export const AirDaySchema = z.object({
  date: z.string(),
  so2: nullableNumber,
  no2: nullableNumber,
  co: nullableNumber,
  pm10: nullableNumber,
  pm2_5: nullableNumber,
  o3_1h: nullableNumber,
  o3_8h: nullableNumber,
  aqi: nullableNumber,
  level: z.number().int().nullable(),
  category: z.string().nullable(),
  colour: z.string().nullable(),
  primaryPollutants: z.array(z.string()),
  standard: z.string(),
  stations: z.number().int().optional(),
});
export type AirDayView = z.infer<typeof AirDaySchema>;

export const CityDetailSchema = z.object({
  city: CityEvaluationSchema,
  days: z.array(AirDaySchema),
  limitsStandard: z.string(),
});
export const StationDailySchema = z.object({
  stationCode: z.string(),
  stationName: z.string(),
  regionCode: z.string(),
  days: z.array(AirDaySchema),
});

export const HealthAdviceSchema = z.object({ zh: z.string(), en: z.string() });
export const HourlyAqiSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  /** Hour start (UTC, HJ 212 label) and hour end (the label Chinese bulletins print). */
  hourStart: z.string(),
  hourEnd: z.string(),
  aqi: nullableNumber,
  level: z.number().int().nullable(),
  category: z.string().nullable(),
  categoryEn: z.string().nullable(),
  colour: z.string().nullable(),
  primaryPollutants: z.array(z.string()),
  concentrations: z.record(z.string(), nullableNumber),
  advice: HealthAdviceSchema.nullable(),
  standard: z.string(),
});
export type HourlyAqi = z.infer<typeof HourlyAqiSchema>;
/** Cities carry their health advice inline; stations point to it through `level` (the `advice` map keeps the payload small). */
export const AqiNowSchema = z.object({
  asOf: z.string().nullable(),
  advice: z.record(z.string(), HealthAdviceSchema),
  cities: z.array(HourlyAqiSchema),
  stations: z.array(HourlyAqiSchema),
});

export const CalendarSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  days: z.array(
    z.object({
      date: z.string(),
      aqi: nullableNumber,
      level: z.number().int().nullable(),
      colour: z.string().nullable(),
    }),
  ),
});

// Water
export const SectionClassSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  cityCode: z.string(),
  river: z.string().nullable(),
  basin: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  month: z.string(),
  targetClass: z.number().int().nullable(),
  waterClass: z.number().int().nullable(),
  classLabel: z.string().nullable(),
  status: z.string().nullable(),
  meetsTarget: z.boolean().nullable(),
  /** Items worse than the target class with their exceedance multiples (2 decimals; null for DO and pH). */
  itemsOverTarget: z.array(
    z.object({ item: z.string(), itemClass: z.number().int(), multiple: z.string().nullable() }),
  ),
  source: z.enum(['automatic', 'manual']).nullable(),
});
export type SectionClassView = z.infer<typeof SectionClassSchema>;
export const ShareRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  sections: z.number().int(),
  goodShare: z.string(),
  worseThanVShare: z.string(),
  status: z.string().nullable(),
});
export const WaterSummarySchema = z.object({
  month: z.string(),
  standard: z.string(),
  sections: z.array(SectionClassSchema),
  byCity: z.array(ShareRowSchema),
  byRiver: z.array(ShareRowSchema),
  byBasin: z.array(ShareRowSchema),
  cwqiRanking: z.array(
    z.object({ regionCode: z.string(), name: z.string(), cwqi: z.string(), rank: z.number().int() }),
  ),
  drinkingSources: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      regionCode: z.string(),
      waterClass: z.number().int().nullable(),
      isCompliant: z.boolean().nullable(),
    }),
  ),
});

export const SeaPointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  surveyDate: z.string(),
  seaClass: z.number().int().nullable(),
  classLabel: z.string().nullable(),
  standard: z.string(),
});
export const NoisePointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  zone: z.string().nullable(),
  date: z.string(),
  dayLeq: nullableNumber,
  nightLeq: nullableNumber,
  dayCompliant: z.boolean().nullable(),
  nightCompliant: z.boolean().nullable(),
  dayLimit: nullableNumber,
  nightLimit: nullableNumber,
  standard: z.string(),
});
export const RadiationPointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  latestAt: z.string().nullable(),
  doseRate: nullableNumber,
  backgroundMin: nullableNumber,
  backgroundMax: nullableNumber,
  status: z.enum(['normal', 'above_background', 'investigation', 'no_data']),
});

// Targets
export const TARGET_DIRECTIONS = ['at_most', 'at_least'] as const;
export const TargetSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  regionCode: z.string(),
  indicator: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(TARGET_DIRECTIONS),
  targetValue: z.number(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;
export const IndicatorKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_.]{1,63}$/, 'lower-case key like air.pm25_annual_mean');
export const CreateTargetBodySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  regionCode: RegionCodeSchema,
  indicator: IndicatorKeySchema,
  name: z.string().min(1).max(200).optional(),
  unit: z.string().max(20).optional(),
  direction: z.enum(TARGET_DIRECTIONS).optional(),
  targetValue: z.number().finite(),
  note: z.string().max(2000).nullable().optional(),
});
export const UpdateTargetBodySchema = z.object({
  targetValue: z.number().finite().optional(),
  name: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).nullable().optional(),
});
export const TargetListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  regionCode: RegionCodeSchema.optional(),
});

export const FORECAST_STATUSES = ['on_track', 'at_risk', 'off_track'] as const;
/** Why a target has its verdict: a code the pages word in the reader's language with the target's figures. */
export const TARGET_REASONS = [
  'no_live_data',
  'no_data',
  'year_over_met',
  'year_over_missed',
  'already_secured',
  'already_lost',
  'projected_met',
  'narrow_margin',
  'projected_short',
  'projected_missed',
] as const;
export type TargetReason = (typeof TARGET_REASONS)[number];
export const TargetProgressSchema = TargetSchema.extend({
  regionName: z.string(),
  actual: nullableNumber,
  asOf: z.string(),
  daysElapsed: z.number().int(),
  daysInYear: z.number().int(),
  /**
   * What the remaining days must average (or reach) to meet the target: always reachable (a ratio in
   * 0–100 %, a concentration ≥ 0); null when already lost, already secured or not applicable.
   */
  requiredForRest: nullableNumber,
  projected: nullableNumber,
  /** The best year-end value still possible (a perfect rest of the year); null when unbounded or unknown. */
  bestAchievable: nullableNumber,
  /** When already lost: by how much even the best possible year misses the target. */
  shortfall: nullableNumber,
  status: z.enum(FORECAST_STATUSES).nullable(),
  reason: z.enum(TARGET_REASONS),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

// Jobs and bulletins
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  params: z.record(z.string(), z.unknown()),
  status: z.enum(JOB_STATUSES),
  percent: z.number().int(),
  message: z.string().nullable(),
  fileName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof JobSchema>;
export const CreateJobBodySchema = z.object({
  kind: z.literal('air-bulletin'),
  month: MonthSchema,
  regionCode: RegionCodeSchema.optional(),
});
export const BulletinQuerySchema = z.object({ month: MonthSchema, regionCode: RegionCodeSchema.optional() });

// API keys
export const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  rateLimit: z.number().int(),
  isActive: z.boolean(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
export const CreateApiKeyBodySchema = z.object({
  name: z.string().min(1).max(200),
  rateLimit: z.number().int().min(1).max(100_000).default(60),
});
export const UpdateApiKeyBodySchema = z.object({
  name: z.string().min(1).max(200).optional(),
  rateLimit: z.number().int().min(1).max(100_000).optional(),
  isActive: z.boolean().optional(),
});
export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string() });
