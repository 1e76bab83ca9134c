/**
 * Monitoring's read functions for other modules: the only way another module reads stations,
 * observations and rollups (the tables stay monitoring's; see table-ownership.test.ts).
 */
export {
  listStations,
  stationIdByCode,
  stationIdsByMn,
  stationParameters,
  stationsStamp,
  type StationSummary,
} from './station-reads';
export {
  readDailyRollups,
  sumDailyRollupsByRegion,
  readMonthRollups,
  latestMonthRollupStart,
  type DailyRollupRow,
} from './rollup-reads';
export { dailyRollupMark, dailyRollupDaysChangedSince } from './rollup-change-reads';
export { enabledDeviceLogins, type DeviceLogin } from './device-reads';
export { readObservations, latestObservationStart, latestObservation, type ObservationRow } from './observation-reads';
