import type { EnforcementCalendar, EnforcementStatsSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../lib/http';

// The inspection calendar and the statistics (read only).
export type EnforcementStats = z.infer<typeof EnforcementStatsSchema>;
export type StatsQuery = { from?: string; to?: string; groupBy: 'org' | 'region'; regionCode?: string };

export function fetchCalendar(month: string, regionCode?: string): Promise<EnforcementCalendar> {
  return http('/api/v1/enforcement/calendar', { query: { month, regionCode } });
}

export function fetchStats(query: StatsQuery): Promise<EnforcementStats> {
  return http('/api/v1/enforcement/stats', { query });
}
