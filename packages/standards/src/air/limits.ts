import type { AirLimitsId } from '../registry';

/** GB 3095 items with limits (basic items of 表1 and the other items of 表2). */
export type LimitItem = 'so2' | 'no2' | 'co' | 'o3' | 'pm10' | 'pm2_5' | 'tsp' | 'nox' | 'pb' | 'bap';
/** Averaging time: annual, quarterly, 24-hour, 8-hour (O3 daily max 8-h mean), 1-hour. */
export type Averaging = 'annual' | 'quarter' | '24h' | '8h' | '1h';
export type ZoneClass = 1 | 2;

type Row = readonly [LimitItem, Averaging, string, string];

// Reference §2.1 (µg/m³; CO mg/m³). 2012 columns ☑ cross-checked, 2026 columns ✅ primary.
const GB3095_2012: readonly Row[] = [
  ['so2', 'annual', '20', '60'],
  ['so2', '24h', '50', '150'],
  ['so2', '1h', '150', '500'],
  ['no2', 'annual', '40', '40'],
  ['no2', '24h', '80', '80'],
  ['no2', '1h', '200', '200'],
  ['co', '24h', '4', '4'],
  ['co', '1h', '10', '10'],
  ['o3', '8h', '100', '160'],
  ['o3', '1h', '160', '200'],
  ['pm10', 'annual', '40', '70'],
  ['pm10', '24h', '50', '150'],
  ['pm2_5', 'annual', '15', '35'],
  ['pm2_5', '24h', '35', '75'],
];

// GB 3095-2026 表2 (other items) — same in both stages except the NOx transition limits.
const OTHER_2026: readonly Row[] = [
  ['tsp', 'annual', '80', '200'],
  ['tsp', '24h', '120', '300'],
  ['nox', '1h', '250', '250'],
  ['pb', 'annual', '0.5', '0.5'],
  ['pb', 'quarter', '1.0', '1.0'],
  ['bap', 'annual', '0.001', '0.001'],
  ['bap', '24h', '0.0025', '0.0025'],
];

const TRANSITION: readonly Row[] = [
  ['so2', 'annual', '20', '60'],
  ['so2', '24h', '50', '150'],
  ['so2', '1h', '150', '500'],
  ['no2', 'annual', '40', '40'],
  ['no2', '24h', '80', '80'],
  ['no2', '1h', '200', '200'],
  ['co', '24h', '4', '4'],
  ['co', '1h', '10', '10'],
  ['o3', '8h', '100', '160'],
  ['o3', '1h', '160', '200'],
  ['pm10', 'annual', '40', '60'],
  ['pm10', '24h', '50', '120'],
  ['pm2_5', 'annual', '15', '30'],
  ['pm2_5', '24h', '35', '60'],
  ['nox', 'annual', '50', '50'],
  ['nox', '24h', '100', '100'],
  ...OTHER_2026,
];

const FINAL: readonly Row[] = [
  ['so2', 'annual', '20', '20'],
  ['so2', '24h', '50', '50'],
  ['so2', '1h', '150', '150'],
  ['no2', 'annual', '30', '30'],
  ['no2', '24h', '50', '50'],
  ['no2', '1h', '200', '200'],
  ['co', '24h', '4', '4'],
  ['co', '1h', '10', '10'],
  ['o3', '8h', '100', '160'],
  ['o3', '1h', '160', '200'],
  ['pm10', 'annual', '20', '50'],
  ['pm10', '24h', '50', '100'],
  ['pm2_5', 'annual', '10', '25'],
  ['pm2_5', '24h', '25', '50'],
  ['nox', 'annual', '40', '40'],
  ['nox', '24h', '70', '70'],
  ...OTHER_2026,
];

const TABLES: Record<AirLimitsId, readonly Row[]> = {
  'GB3095-2012': GB3095_2012,
  'GB3095-2026-transition': TRANSITION,
  'GB3095-2026-final': FINAL,
};

/**
 * Concentration limit of GB 3095 (2012 表1; 2026 表1/表2, transition stage to 2030-12-31, final from
 * 2031-01-01), as a decimal string in µg/m³ (CO mg/m³); undefined when the version sets none.
 * Class 1 = special-protection zones, class 2 = all other zones.
 */
export function findAirLimit(
  item: LimitItem,
  averaging: Averaging,
  zone: ZoneClass,
  version: AirLimitsId,
): string | undefined {
  const row = TABLES[version].find(([i, a]) => i === item && a === averaging);
  return row?.[zone === 1 ? 2 : 3];
}

/** Like findAirLimit but throws when the version sets no such limit. */
export function getAirLimit(item: LimitItem, averaging: Averaging, zone: ZoneClass, version: AirLimitsId): string {
  const v = findAirLimit(item, averaging, zone, version);
  if (v === undefined) throw new RangeError(`${version} sets no ${averaging} limit for ${item}`);
  return v;
}
