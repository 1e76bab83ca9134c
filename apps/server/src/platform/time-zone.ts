/** A "day" is a natural day in Asia/Shanghai (UTC+8, no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The UTC instant at which the Shanghai day containing `instant` starts. */
export function shanghaiDayStart(instant: Date): Date {
  const local = instant.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % 86_400_000) - SHANGHAI_OFFSET_MS);
}

/** The Asia/Shanghai calendar date (YYYY-MM-DD) containing an ISO instant. */
export function shanghaiDate(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of a Shanghai calendar date (YYYY-MM-DD) as a UTC ISO instant. */
export function shanghaiDateStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS).toISOString();
}
