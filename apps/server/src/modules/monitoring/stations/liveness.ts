/**
 * How long a station may stay silent: two reporting intervals (at least one hour), plus 15 minutes
 * of grace for loggers that send late in the hour. Used by the station list and the silence alerts.
 */
export function allowedSilenceMs(intervalSeconds: number | undefined): number {
  return Math.max(2 * (intervalSeconds ?? 3600), 3600) * 1000 + 15 * 60_000;
}

export function liveness(
  lastDataAt: string | null,
  intervalSeconds: number | undefined,
  now: Date,
): 'online' | 'silent' | 'never' {
  if (!lastDataAt) return 'never';
  return now.getTime() - Date.parse(lastDataAt) <= allowedSilenceMs(intervalSeconds) ? 'online' : 'silent';
}
