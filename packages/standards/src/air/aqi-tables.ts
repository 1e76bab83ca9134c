import type { AqiStandardId } from '../registry';

/** The six pollutants of the AQI. */
export type Pollutant = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm2_5';
export const POLLUTANTS: readonly Pollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];

/**
 * A pollutant and averaging period, named like the CSV columns. `pm10_1h`/`pm2_5_1h` have no column
 * of their own in HJ 633 table 1: they are converted on the 24-hour column (HJ 633-2026 §4.2.4).
 */
export type Indicator =
  | 'so2_24h'
  | 'so2_1h'
  | 'no2_24h'
  | 'no2_1h'
  | 'co_24h'
  | 'co_1h'
  | 'o3_1h'
  | 'o3_8h'
  | 'pm10_24h'
  | 'pm10_1h'
  | 'pm2_5_24h'
  | 'pm2_5_1h';

export const INDICATORS: readonly Indicator[] = [
  'so2_1h',
  'so2_24h',
  'no2_1h',
  'no2_24h',
  'co_1h',
  'co_24h',
  'o3_1h',
  'o3_8h',
  'pm10_1h',
  'pm10_24h',
  'pm2_5_1h',
  'pm2_5_24h',
];

export const pollutantOf = (ind: Indicator): Pollutant => ind.slice(0, ind.lastIndexOf('_')) as Pollutant;

/** IAQI values at the breakpoints, HJ 633 table 1 (both versions). */
export const IAQI_STEPS: readonly number[] = [0, 50, 100, 150, 200, 300, 400, 500];

type Column = readonly string[];

// HJ 633-2012 table 1 / HJ 633-2026 table 3 (reference §1.1, ✅ PRIMARY). Concentrations in µg/m³,
// CO in mg/m³. Decimal strings so the exact path never sees a double. SO2 1 h stops at IAQI 200 and
// O3 8 h at 300: above 800 µg/m³ the version's special rule applies (see iaqi.ts).
const COMMON: Record<string, Column> = {
  so2_24h: ['0', '50', '150', '475', '800', '1600', '2100', '2620'],
  so2_1h: ['0', '150', '500', '650', '800'],
  no2_24h: ['0', '40', '80', '180', '280', '565', '750', '940'],
  no2_1h: ['0', '100', '200', '700', '1200', '2340', '3090', '3840'],
  co_24h: ['0', '2', '4', '14', '24', '36', '48', '60'],
  co_1h: ['0', '5', '10', '35', '60', '90', '120', '150'],
  o3_1h: ['0', '160', '200', '300', '400', '800', '1000', '1200'],
  o3_8h: ['0', '100', '160', '215', '265', '800'],
};

// Only the PM IAQI=100 breakpoints differ between the versions (reference §1.1).
const PM: Record<AqiStandardId, { pm10: Column; pm2_5: Column }> = {
  'HJ633-2012': {
    pm10: ['0', '50', '150', '250', '350', '420', '500', '600'],
    pm2_5: ['0', '35', '75', '115', '150', '250', '350', '500'],
  },
  'HJ633-2026': {
    pm10: ['0', '50', '120', '250', '350', '420', '500', '600'],
    pm2_5: ['0', '35', '60', '115', '150', '250', '350', '500'],
  },
};

/** Breakpoint concentrations of an indicator (index i pairs with IAQI_STEPS[i]). */
export function breakpoints(ind: Indicator, standard: AqiStandardId): Column {
  if (ind === 'pm10_24h' || ind === 'pm10_1h') return PM[standard].pm10;
  if (ind === 'pm2_5_24h' || ind === 'pm2_5_1h') return PM[standard].pm2_5;
  const col = COMMON[ind];
  if (!col) throw new RangeError(`no breakpoints for ${ind}`);
  return col;
}

/** Decimal places a concentration is reported with (HJ 633-2026 §4.2.2): CO 1, the rest 0. */
export const reportDecimals = (p: Pollutant): number => (p === 'co' ? 1 : 0);
