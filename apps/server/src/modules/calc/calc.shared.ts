import type { Pollutant } from '@ecocloud/standards';

/** A problem with one input row: `row` is the 1-based data row (the header is not counted). */
export interface RowError {
  row: number;
  reason: string;
}

/** Display names used in the CSV outputs (primary_pollutants etc.). */
export const POLLUTANT_LABELS: Record<Pollutant, string> = {
  so2: 'SO2',
  no2: 'NO2',
  co: 'CO',
  o3: 'O3',
  pm10: 'PM10',
  pm2_5: 'PM2.5',
};
