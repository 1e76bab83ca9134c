import type { DayConcentrations, Pollutant } from '@ecocloud/standards';

/** Display names of the six pollutants (bulletins, CSV, CLI). */
export const POLLUTANT_LABELS: Record<Pollutant, string> = {
  so2: 'SO2',
  no2: 'NO2',
  co: 'CO',
  o3: 'O3',
  pm10: 'PM10',
  pm2_5: 'PM2.5',
};

export type DayStat = keyof DayConcentrations;
export const DAY_STATS: readonly DayStat[] = ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_1h', 'o3_8h'];

/** Rollup parameter code → daily statistic: monitoring stores the O3 maxima as derived parameters. */
export const ROLLUP_PARAMETER_OF: Record<DayStat, string> = {
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  pm10: 'pm10',
  pm2_5: 'pm2_5',
  o3_1h: 'o3_1h_max',
  o3_8h: 'o3_8h_max',
};
export const STAT_OF_PARAMETER: Record<string, DayStat> = Object.fromEntries(
  Object.entries(ROLLUP_PARAMETER_OF).map(([stat, parameter]) => [parameter, stat as DayStat]),
);

/** Reported decimals: CO to 0.1 mg/m³, the rest to 1 µg/m³ (HJ 663 / GB/T 8170). */
export const decimalsOf = (s: DayStat | Pollutant): number => (s === 'co' ? 1 : 0);

export const emptyDay = (): DayConcentrations => ({
  so2: null,
  no2: null,
  co: null,
  pm10: null,
  pm2_5: null,
  o3_1h: null,
  o3_8h: null,
});

/** Air station kinds whose data the assessment reads; only attrs.isEvaluation stations make a city's value. */
export const AIR_STATION_KINDS = ['air_national', 'air_provincial'] as const;
