/** The shared deadline engine: working-day calendar, due states and escalation, reused by every module with deadlines. */
export {
  addCalendarDays,
  addWorkingDays,
  daysBetween,
  dueState,
  EMPTY_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  shanghaiDate,
  workingDaysBetween,
  type DueStateOptions,
  type WorkingCalendar,
} from './working-calendar';
export {
  DEFAULT_ESCALATION,
  initialDue,
  nextEscalation,
  replyDaysAt,
  type Escalatable,
  type EscalationPolicy,
  type EscalationStep,
} from './escalation';
export { BASE_CALENDAR_DAYS } from './china-holidays';
export { listCalendarDays, loadCalendar, putCalendarDay } from './calendar.service';
