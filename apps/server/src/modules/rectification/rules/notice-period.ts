import { addCalendarDays, addWorkingDays, type WorkingCalendar } from '../../../platform/deadlines';

/** Without a setting: ⚠ 5 working days (regulation.md §6: local practice 5–7 working days, not verified). */
export const DEFAULT_NOTICE_WORKING_DAYS = 5;
export const NOTICE_SETTING_KEY = 'rectification.notice_working_days';

/**
 * The last day of a public notice (公示) published on `from` and lasting `workingDays` working days, the
 * publication day counted when it is a working day ("6月3日至6月7日" is 5 working days). Pure.
 */
export function noticeEnd(from: string, workingDays: number, cal: WorkingCalendar): string {
  return addWorkingDays(addCalendarDays(from, -1), workingDays, cal);
}

/** The notice has run: the problem may be closed from the day after its last day. */
export const noticeIsOver = (to: string, today: string): boolean => today > to;
