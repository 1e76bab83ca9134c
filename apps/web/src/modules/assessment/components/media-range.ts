/**
 * Date ranges of the other-media tabs: the last N whole days up to yesterday (Beijing time), as the
 * server's default range is. Kept beside the tabs that use it.
 */
const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) moved by `delta` days. */
function shiftDate(date: string, delta: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

export const MEDIA_RANGE_DAYS = [30, 90, 365] as const;
export type MediaRangeDays = (typeof MEDIA_RANGE_DAYS)[number];

/** The `days` days ending yesterday, given today's date in Beijing. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  const to = shiftDate(today, -1);
  return { from: shiftDate(to, -(days - 1)), to };
}
