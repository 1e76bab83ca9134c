import type { Liveness } from './types';

/** Map colours for a station's liveness: online green, silent red, never reported grey. */
export const LIVENESS_COLORS: Record<Liveness, string> = { online: '#52c41a', silent: '#f5222d', never: '#8c8c8c' };
/** antd Tag presets with the same meaning. */
export const LIVENESS_TAG_COLORS: Record<Liveness, string> = { online: 'success', silent: 'error', never: 'default' };
export const LIVENESS_ORDER: readonly Liveness[] = ['online', 'silent', 'never'];

/** How many stations are in each liveness state (every state present, zero when none). */
export function countByLiveness(stations: readonly { liveness: Liveness }[]): Record<Liveness, number> {
  const counts: Record<Liveness, number> = { online: 0, silent: 0, never: 0 };
  for (const s of stations) counts[s.liveness] += 1;
  return counts;
}
