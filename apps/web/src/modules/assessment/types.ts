import type {
  AirRankingSchema,
  AqiNowSchema,
  CalendarSchema,
  CityDetailSchema,
  PERIOD_KINDS,
  PeriodQueryInput,
  SectionClassSchema,
  StationDailySchema,
  TargetProgressSchema,
  WaterSummarySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';

// The assessment API's shapes, inferred from the shared contracts so server and web cannot drift.
export type { AirDayView, ApiKey, CityEvaluation, HourlyAqi, Job, Target } from '@ecocloud/contracts';
export type AirRanking = z.infer<typeof AirRankingSchema>;
export type CityDetail = z.infer<typeof CityDetailSchema>;
export type StationDaily = z.infer<typeof StationDailySchema>;
export type AqiNow = z.infer<typeof AqiNowSchema>;
export type AqiCalendar = z.infer<typeof CalendarSchema>;
export type WaterSummary = z.infer<typeof WaterSummarySchema>;
export type SectionClass = z.infer<typeof SectionClassSchema>;
export type ShareRow = WaterSummary['byCity'][number];
export type TargetProgress = z.infer<typeof TargetProgressSchema>;
export type { CreateTargetInput, UpdateTargetInput } from '@ecocloud/contracts';
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type ForecastStatus = NonNullable<TargetProgress['status']>;

/** The period query every air evaluation route takes: `date` anchors month/quarter/ytd/year; custom uses from/to. */
export type PeriodQuery = PeriodQueryInput & { period: PeriodKind };
