import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { regionLabels } from '../../../platform/dictionaries/dictionary-reads';
import { monitoringReads } from '../../monitoring';
import { AIR_STATION_KINDS, ROLLUP_PARAMETER_OF } from './pollutants';

/** Air data as assessment reads it: every row comes through monitoring's and the platform's read functions. */
export type AirStationRow = monitoringReads.StationSummary;

/** Air stations of the province (national and provincial networks), optionally below a region prefix. */
export function listAirStations(db: Kysely<Database>, regionPrefix?: string): Promise<AirStationRow[]> {
  return monitoringReads.listStations(db, { kinds: AIR_STATION_KINDS, regionPrefix, activeOnly: true });
}

export type DailyRow = monitoringReads.DailyRollupRow;

/** Valid daily rollups of the air statistics for day starts in [fromIso, toIso). */
export function loadDailyRollups(
  db: Kysely<Database>,
  stationIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<DailyRow[]> {
  return monitoringReads.readDailyRollups(db, {
    stationIds,
    parameters: Object.values(ROLLUP_PARAMETER_OF),
    fromIso,
    toIso,
  });
}

export type HourlyRow = monitoringReads.ObservationRow;

const AQI_POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];

/** Hourly observations of the six AQI pollutants for hour starts in [fromIso, toIso). */
export function loadHourly(
  db: Kysely<Database>,
  stationIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<HourlyRow[]> {
  return monitoringReads.readObservations(db, { stationIds, period: '1h', parameters: AQI_POLLUTANTS, fromIso, toIso });
}

/** The latest hour start with hourly air data (PM2.5), looked up per station through the primary key. */
export function latestHourStart(
  db: Kysely<Database>,
  stationIds: readonly string[],
  notAfterIso: string,
): Promise<string | undefined> {
  return monitoringReads.latestObservationStart(db, { stationIds, period: '1h', parameter: 'pm2_5', notAfterIso });
}

/** Region names from the region dictionary (code → label, e.g. 450100 → 南宁市). */
export const regionNames = regionLabels;

export type CitySumRow = { city: string; period_start: string; parameter: string; milli: number; n: number };
