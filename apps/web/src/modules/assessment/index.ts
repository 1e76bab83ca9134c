import type { WebModule } from '../../lib/web-module';
import { ASSESSMENT_MENU } from './assessment-menu';
import { ASSESSMENT_ROUTES } from './routes';

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

/** The assessment module as the shell sees it: its pages and its menu group. */
export const assessmentWebModule: WebModule = {
  name: 'assessment',
  routes: ASSESSMENT_ROUTES,
  menu: [ASSESSMENT_MENU],
};
