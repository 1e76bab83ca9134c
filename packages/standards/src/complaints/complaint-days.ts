/**
 * Day arithmetic for the complaint clocks over Shanghai calendar dates `YYYY-MM-DD`. The working calendar
 * is passed in (the server's platform calendar: weekends off except make-up days, holidays off), so this
 * package stays pure; the shape is the platform's `WorkingCalendar`.
 */
export type RestDayCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: ${date}`);
  return ms / DAY_MS;
}

export const isIsoDay = (s: string): boolean => {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
};

export const plusDays = (date: string, n: number): string =>
  new Date((dayNumber(date) + n) * DAY_MS).toISOString().slice(0, 10);

export const daysFromTo = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

export function isWorkingDay(date: string, cal: RestDayCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date itself when a working day, else the next one. */
export function onOrAfterWorkingDay(date: string, cal: RestDayCalendar): string {
  let d = date;
  for (let i = 0; i < 60; i++, d = plusDays(d, 1)) if (isWorkingDay(d, cal)) return d;
  throw new RangeError(`no working day within 60 days of ${date}`);
}

/** The n-th working day after `date` (the day itself not counted). */
export function plusWorkingDays(date: string, n: number, cal: RestDayCalendar): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = plusDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
