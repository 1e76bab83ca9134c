import {
  DEFAULT_EMISSION_SETTINGS,
  noxAsNo2,
  parseDecimal,
  type EmissionSettings,
  type MinuteValue,
} from '@ecocloud/standards';

/** One stored minute observation, as monitoring's reads return it. */
export type MinuteObservation = { parameter: string; period_start: string; value: number | null; flag: string | null };

/** Minutes of one parameter, by minute of the hour (index 0–59); undefined where none arrived. */
export type MinuteSeries = (MinuteValue | undefined)[];

/** The NOx parameter code (expressed as NO2). */
export const NOX = 'nox';

const MINUTE_MS = 60_000;

/** Minutes of each parameter aligned by minute of the hour; the first value of a minute wins. */
export function minutesOf(rows: readonly MinuteObservation[], hourStartMs: number): Map<string, MinuteSeries> {
  const out = new Map<string, MinuteSeries>();
  for (const r of rows) {
    const i = Math.floor((Date.parse(r.period_start) - hourStartMs) / MINUTE_MS);
    if (i < 0 || i > 59) continue;
    const series = out.get(r.parameter) ?? new Array<MinuteValue | undefined>(60).fill(undefined);
    out.set(r.parameter, series);
    // ⚠ an empty flag is read as N (docs/emissions-rules.md); values come back as stored numbers.
    series[i] ??= { value: r.value === null ? null : parseDecimal(r.value), flag: r.flag || 'N' };
  }
  return out;
}

export const present = (xs: readonly (MinuteValue | undefined)[]): MinuteValue[] =>
  xs.filter((x): x is MinuteValue => x !== undefined);

/**
 * NOx as NO2 minute by minute from NO and NO2 (noxAsNo2), for a logger that sends no NOx: a minute needs
 * both; its flag is NO's unless NO's is N (an excluded flag on either excludes the minute). Null when
 * either series is missing.
 */
export function deriveNoxMinutes(
  no: MinuteSeries | undefined,
  no2: MinuteSeries | undefined,
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): MinuteSeries | null {
  if (!no?.some(Boolean) || !no2?.some(Boolean)) return null;
  return Array.from({ length: 60 }, (_, i) => {
    const a = no[i];
    const b = no2[i];
    if (!a || !b) return undefined;
    const flag = a.flag !== 'N' ? a.flag : b.flag;
    return { value: a.value === null || b.value === null ? null : noxAsNo2(a.value, b.value, settings), flag };
  });
}
