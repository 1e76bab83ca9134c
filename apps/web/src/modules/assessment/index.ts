// What other web modules (the public portal) may use from assessment.
export { AqiCalendar, AqiMonthCalendar, type CalendarDay } from './components/AqiCalendar';
export { AqiLegend } from './components/AqiLegend';
export { LevelBadge } from './components/LevelBadge';
export { RankingTable } from './components/RankingTable';
export { WaterSectionMap } from './components/WaterSectionMap';
export { WaterSectionsTable } from './components/WaterSectionsTable';
export { buildAqiBarOption, type AqiBar } from './chart-options';
export { aqiMapPieces, levelColour, textOnLevel, waterClassColour } from './colours';
export { aqiRegionValues, aqiStationPoints } from './map-values';
export { pollutantLabel } from './pollutants';
export { shanghaiToday } from './periods';
export type { AirDayView, AirRanking, AqiCalendar as AqiCalendarData, AqiNow, HourlyAqi, SectionClass } from './types';
