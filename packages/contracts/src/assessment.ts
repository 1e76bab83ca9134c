import { z } from 'zod';
import { RegionCodeSchema } from './common';

/** Assessment permissions (granted to roles by migration 0004); `apikeys:admin` manages the open-data API keys. */
export const ASSESSMENT_PERMISSIONS = ['assessment:read', 'assessment:write', 'apikeys:admin'] as const;
export type AssessmentPermission = (typeof ASSESSMENT_PERMISSIONS)[number];

// Assessment module contracts: air evaluation and ranking, water classes, targets with forecasts,
// report jobs, API keys and the public portal. Dates are Shanghai calendar dates YYYY-MM-DD.

const nullableNumber = z.number().nullable();

// Units and meanings, as OpenAPI shows them: concentrations as GB 3095-2012 and HJ 663-2013 state them.
const REGION_CODE = 'Administrative region code, GB/T 2260: 6 digits';
const regionCode = () => z.string().describe(REGION_CODE);
/** A concentration in µg/m³ (SO2, NO2, PM10, PM2.5, O3), null when too few valid data. */
const ugm3 = (what: string) => nullableNumber.describe(`${what}, µg/m³; null without enough valid data`);
/** CO: mg/m³. */
const mgm3 = (what: string) => nullableNumber.describe(`${what}, mg/m³; null without enough valid data`);
const percent = (what: string) =>
  z.string().nullable().describe(`${what}: a percentage 0–100 as a decimal string (\`85.2\`)`);
const aqi = () => nullableNumber.describe('Air quality index, HJ 633: dimensionless, 0–500');
const aqiLevel = () =>
  z.number().int().nullable().describe('AQI level, HJ 633: 1 excellent, 2 good, 3 light … 6 severe pollution');
const shanghaiDate = (what: string) => z.string().describe(`${what}: a calendar date in Asia/Shanghai, YYYY-MM-DD`);
const utcInstant = (what: string) => z.string().describe(`${what}: an ISO 8601 instant in UTC`);
const lon = () => nullableNumber.describe('Longitude, decimal degrees, east positive');
const lat = () => nullableNumber.describe('Latitude, decimal degrees, north positive');

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
  from: shanghaiDate('First day, inclusive'),
  to: shanghaiDate('Last day, inclusive'),
  label: z.string(),
});

export const PollutantStatsSchema = z.object({
  so2: ugm3('SO2 period mean'),
  no2: ugm3('NO2 period mean'),
  pm10: ugm3('PM10 period mean'),
  pm2_5: ugm3('PM2.5 period mean'),
  co: mgm3('CO period mean'),
  co_p95: mgm3('CO 24-hour mean, 95th percentile'),
  o3_8h_p90: ugm3('O3 daily maximum 8-hour mean, 90th percentile'),
  so2_p98: ugm3('SO2 24-hour mean, 98th percentile'),
  no2_p98: ugm3('NO2 24-hour mean, 98th percentile'),
  pm10_p95: ugm3('PM10 24-hour mean, 95th percentile'),
  pm2_5_p95: ugm3('PM2.5 24-hour mean, 95th percentile'),
});

export const CityEvaluationSchema = z.object({
  regionCode: regionCode(),
  name: z.string(),
  stations: z.number().int(),
  daysTotal: z.number().int(),
  daysValid: z.number().int(),
  isValid: z.boolean(),
  validityNote: z.string().nullable(),
  stats: PollutantStatsSchema,
  goodDays: z.number().int().describe('Days with AQI level 1 or 2'),
  goodDayRatio: percent('Share of good days (AQI ≤ 100) among valid days'),
  levelDays: z.array(z.number().int()).length(6).describe('Valid days per AQI level 1 to 6'),
  compositeIndex: z
    .string()
    .nullable()
    .describe('Ambient air quality composite index, HJ 663-2013: dimensionless, as a decimal string'),
  mainPollutants: z.array(z.string()),
  primaryPollutantDays: z.record(z.string(), z.number().int()),
  rank: z.number().int().nullable(),
  previous: z
    .object({ compositeIndex: z.string().nullable(), goodDayRatio: z.string().nullable(), pm2_5: nullableNumber })
    .nullable(),
  compositeChangePct: percent('Composite index change against the previous period, percent (negative is better)'),
  pm25ChangePct: percent('PM2.5 change against the previous period, percent (negative is better)'),
  goodDayRatioChange: z
    .string()
    .nullable()
    .describe('Good-day ratio change against the previous period, percentage points'),
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
  date: shanghaiDate('The day'),
  so2: ugm3('SO2 24-hour mean'),
  no2: ugm3('NO2 24-hour mean'),
  co: mgm3('CO 24-hour mean'),
  pm10: ugm3('PM10 24-hour mean'),
  pm2_5: ugm3('PM2.5 24-hour mean'),
  o3_1h: ugm3('O3 daily maximum 1-hour mean'),
  o3_8h: ugm3('O3 daily maximum 8-hour mean'),
  aqi: aqi(),
  level: aqiLevel(),
  category: z.string().nullable(),
  colour: z.string().nullable().describe('Colour of the AQI level, HJ 633: `#rrggbb`'),
  primaryPollutants: z.array(z.string()).describe('Primary pollutants when AQI > 50, HJ 633'),
  standard: z.string().describe('HJ 633 version the AQI was computed by'),
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
  regionCode: regionCode(),
  days: z.array(AirDaySchema),
});

export const HealthAdviceSchema = z.object({ zh: z.string(), en: z.string() });
export const HourlyAqiSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: regionCode(),
  lon: lon(),
  lat: lat(),
  /** Hour start (UTC, HJ 212 label) and hour end (the label Chinese bulletins print). */
  hourStart: utcInstant('Start of the hour'),
  hourEnd: utcInstant('End of the hour (the label Chinese bulletins print)'),
  aqi: aqi().describe('Hourly air quality index, HJ 633: dimensionless, 0–500'),
  level: aqiLevel(),
  category: z.string().nullable(),
  categoryEn: z.string().nullable(),
  colour: z.string().nullable(),
  primaryPollutants: z.array(z.string()),
  concentrations: z.record(z.string(), nullableNumber).describe('Hourly concentration per pollutant: µg/m³, CO mg/m³'),
  advice: HealthAdviceSchema.nullable(),
  standard: z.string().describe('HJ 633 version the AQI was computed by'),
});
export type HourlyAqi = z.infer<typeof HourlyAqiSchema>;
/** Cities carry their health advice inline; stations point to it through `level` (the `advice` map keeps the payload small). */
export const AqiNowSchema = z.object({
  asOf: z.string().nullable().describe('The hour shown: an ISO 8601 instant in UTC'),
  advice: z.record(z.string(), HealthAdviceSchema),
  cities: z.array(HourlyAqiSchema),
  stations: z.array(HourlyAqiSchema),
});

export const CalendarSchema = z.object({
  regionCode: regionCode(),
  year: z.number().int(),
  days: z.array(
    z.object({
      date: shanghaiDate('The day'),
      aqi: aqi(),
      level: aqiLevel(),
      colour: z.string().nullable(),
    }),
  ),
});

// Water
export const SectionClassSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  regionCode: regionCode(),
  cityCode: z.string().describe("The city's GB/T 2260 code (6 digits)"),
  river: z.string().nullable(),
  basin: z.string().nullable(),
  lon: lon(),
  lat: lat(),
  month: z.string().describe('YYYY-MM'),
  targetClass: z.number().int().nullable().describe('Target class, GB 3838-2002: 1 (I) to 6 (worse than V)'),
  waterClass: z.number().int().nullable().describe('Class reached, GB 3838-2002: 1 (I) to 6 (worse than V)'),
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
  goodShare: z.string().describe('Share of sections in class I–III: a percentage 0–100 as a decimal string'),
  worseThanVShare: z.string().describe('Share of sections worse than class V: a percentage 0–100 as a decimal string'),
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
    z.object({
      regionCode: regionCode(),
      name: z.string(),
      cwqi: z.string().describe('City water quality index (CWQI), dimensionless, as a decimal string'),
      rank: z.number().int(),
    }),
  ),
  drinkingSources: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      regionCode: regionCode(),
      waterClass: z.number().int().nullable().describe('GB 3838-2002 class: 1 (I) to 6 (worse than V)'),
      isCompliant: z.boolean().nullable(),
    }),
  ),
});

export const SeaPointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: regionCode(),
  surveyDate: shanghaiDate('Survey day'),
  seaClass: z.number().int().nullable().describe('Sea water class, GB 3097-1997: 1 (I) to 5 (worse than IV)'),
  classLabel: z.string().nullable(),
  standard: z.string(),
});
export const NoisePointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: regionCode(),
  zone: z.string().nullable().describe('Acoustic functional zone, GB 3096-2008 (0, 1, 2, 3, 4a, 4b)'),
  date: shanghaiDate('Measurement day'),
  dayLeq: nullableNumber.describe('Daytime equivalent sound level Ld, dB(A)'),
  nightLeq: nullableNumber.describe('Night-time equivalent sound level Ln, dB(A)'),
  dayCompliant: z.boolean().nullable(),
  nightCompliant: z.boolean().nullable(),
  dayLimit: nullableNumber.describe('Daytime limit of the zone, dB(A)'),
  nightLimit: nullableNumber.describe('Night-time limit of the zone, dB(A)'),
  standard: z.string(),
});
export const RadiationPointSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: regionCode(),
  latestAt: z.string().nullable().describe('Latest reading: an ISO 8601 instant in UTC'),
  doseRate: nullableNumber.describe('Ambient gamma dose rate, nGy/h'),
  backgroundMin: nullableNumber.describe('Background range lower bound, nGy/h'),
  backgroundMax: nullableNumber.describe('Background range upper bound, nGy/h'),
  status: z.enum(['normal', 'above_background', 'investigation', 'no_data']),
});

// Targets
export const TARGET_DIRECTIONS = ['at_most', 'at_least'] as const;
export const TargetSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  regionCode: regionCode(),
  indicator: z.string().describe('Indicator key, e.g. `air.pm25_annual_mean`'),
  name: z.string(),
  unit: z.string().describe('Unit of targetValue: µg/m³ for concentrations, % (0–100) for ratios'),
  direction: z
    .enum(TARGET_DIRECTIONS)
    .describe('at_most: the value must not exceed the target; at_least: must reach it'),
  targetValue: z.number().describe('The target, in `unit`'),
  note: z.string().nullable(),
  updatedAt: utcInstant('Last change'),
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
  targetValue: z.number().finite().describe("The target, in the indicator's unit (µg/m³, or % 0–100 for ratios)"),
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
  actual: nullableNumber.describe('Year-to-date value, in `unit`'),
  asOf: shanghaiDate('Last day counted'),
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
  percent: z.number().int().describe('Progress, 0–100'),
  message: z.string().nullable(),
  fileName: z.string().nullable(),
  createdAt: utcInstant('Queued at'),
  finishedAt: z.string().nullable().describe('An ISO 8601 instant in UTC; null until done or failed'),
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
  rateLimit: z.number().int().describe('Requests per minute allowed'),
  isActive: z.boolean(),
  lastUsedAt: z.string().nullable().describe('An ISO 8601 instant in UTC'),
  createdAt: utcInstant('Created at'),
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

/**
 * Every sea point's daily values ('1d' observations, flags as sent) over a range in one answer, so
 * the sea tab needs one request for the items worse than class II, not one per point.
 */
export const SeaSeriesSchema = z.object({
  items: z.array(
    z.object({
      code: z.string().describe('station code of the sea point'),
      points: z.array(
        z.object({
          parameter: z.string().describe('GB 3097 item code, e.g. din, phosphate'),
          periodStart: z.string().describe('UTC instant at which the Shanghai survey day starts'),
          value: z.number().nullable().describe('daily value in the unit of the item (mg/L; pH unitless)'),
          flag: z.string().nullable().describe('HJ 212 data flag as sent; N is normal'),
        }),
      ),
    }),
  ),
});

// Request inputs as a client sends them (`z.input`: defaults not yet applied).
export type PeriodQueryInput = z.input<typeof PeriodQuerySchema>;
export type CreateTargetInput = z.input<typeof CreateTargetBodySchema>;
export type UpdateTargetInput = z.input<typeof UpdateTargetBodySchema>;
export type TargetListQuery = z.input<typeof TargetListQuerySchema>;
export type CreateApiKeyInput = z.input<typeof CreateApiKeyBodySchema>;
export type UpdateApiKeyInput = z.input<typeof UpdateApiKeyBodySchema>;
