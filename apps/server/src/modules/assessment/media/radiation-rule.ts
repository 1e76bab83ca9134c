/**
 * Ambient gamma dose rate against the station's own background range (attrs.backgroundMin/Max, nGy/h).
 * The investigation level is per station (attrs.investigationLevel): no national figure was verified,
 * so without it only "above background" is reported.
 */
export type RadiationStatus = 'normal' | 'above_background' | 'investigation' | 'no_data';

export function radiationStatus(
  value: number | null,
  a: { backgroundMax?: number | undefined; investigationLevel?: number | undefined },
): RadiationStatus {
  if (value === null) return 'no_data';
  if (a.investigationLevel !== undefined && value > a.investigationLevel) return 'investigation';
  if (a.backgroundMax !== undefined && value > a.backgroundMax) return 'above_background';
  return 'normal';
}
