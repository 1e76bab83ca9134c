/** The shared deadline engine: working-day calendar, due states and escalation, reused by every module with deadlines. */
export {
  addCalendarDays,
  addWorkingDays,
  daysBetween,
  dueState,
  nextWorkingDay,
  shanghaiDate,
  type WorkingCalendar,
} from './working-calendar';
export { DEFAULT_ESCALATION, nextEscalation } from './escalation';
export { loadCalendar } from './calendar.service';
