/**
 * Instants are stored in UTC; people in the department read Beijing time (Asia/Shanghai, UTC+8,
 * no daylight saving). Every displayed time goes through here so the zone is never the browser's.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2024-06-05 08:30:00" in Beijing time for an ISO instant; the input unchanged when unparsable. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  // Shift by the fixed offset, then read the UTC fields: no dependency on the browser's zone.
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/**
 * The instants that bound natural days in Beijing time, as ISO strings in UTC:
 * `from` is 00:00:00.000 of the first day, `to` is 23:59:59.999 of the last day (both inclusive).
 * Days are given as "YYYY-MM-DD".
 */
export function shanghaiDayRange(firstDay: string, lastDay: string): { from: string; to: string } {
  const start = Date.parse(`${firstDay}T00:00:00.000+08:00`);
  const end = Date.parse(`${lastDay}T23:59:59.999+08:00`);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`not a day: ${firstDay} / ${lastDay}`);
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
