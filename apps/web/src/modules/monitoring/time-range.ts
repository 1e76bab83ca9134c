/**
 * Query windows for the station detail charts. The series API wants ISO instants with an offset;
 * we send Beijing time (+08:00) so the URL reads the way the analyst thinks, and a "day" is a
 * natural day in Asia/Shanghai (PRODUCT.md, rules that hold everywhere).
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `ms` (Unix epoch milliseconds) as "YYYY-MM-DDTHH:mm:ss+08:00", seconds truncated. */
export function toShanghaiIso(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  );
}

export type ChartRange = 'hours24' | 'days30';

/**
 * The window and period of a chart at instant `nowMs`:
 * - `hours24`: the 24 hourly periods ending with the current one (labelled by their start, as
 *   HJ 212 does; the current hour may still be filling), i.e. from 23 h before this hour's start;
 * - `days30`: daily rollups of the 30 Beijing days up to and including today.
 */
export function chartWindow(range: ChartRange, nowMs: number): { period: '1h' | '1d'; from: string; to: string } {
  if (range === 'hours24') {
    const hourStart = Math.floor(nowMs / HOUR_MS) * HOUR_MS; // Beijing is a whole number of hours from UTC
    return { period: '1h', from: toShanghaiIso(hourStart - 23 * HOUR_MS), to: toShanghaiIso(nowMs) };
  }
  const dayStart = Math.floor((nowMs + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  return { period: '1d', from: toShanghaiIso(dayStart - 29 * DAY_MS), to: toShanghaiIso(nowMs) };
}
