/**
 * What other web modules may use from the assessment module (the public portal uses it).
 * The shell reads index.ts instead, so its chunk carries none of this.
 */
export { AqiCalendar } from './components/AqiCalendar';
export { AqiLegend } from './components/AqiLegend';
export { LevelBadge } from './components/LevelBadge';
export { RankingTable } from './components/RankingTable';
export { WaterSectionMap } from './components/WaterSectionMap';
export { WaterSectionsTable } from './components/WaterSectionsTable';
export { buildAqiBarOption } from './chart-options';
export { aqiMapPieces, levelColour } from './colours';
export { aqiRegionValues, aqiStationPoints } from './map-values';
export { pollutantLabel } from './pollutants';
export { shanghaiToday } from './periods';
export type { AirDayView, AirRanking, AqiCalendar as AqiCalendarData, AqiNow, HourlyAqi, SectionClass } from './types';
