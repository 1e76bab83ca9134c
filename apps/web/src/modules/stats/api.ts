import type { HomeStatsSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../lib/http';

export type HomeStats = z.infer<typeof HomeStatsSchema>;
export type HomeStatKey = keyof HomeStats;

/** The order the home page shows the counts in. */
export const HOME_STAT_KEYS: readonly HomeStatKey[] = [
  'orgs',
  'users',
  'dictionaries',
  'dictionaryEntries',
  'auditEntries',
  'loginsToday',
];

export function fetchHomeStats(): Promise<HomeStats> {
  return http<HomeStats>('/api/v1/stats/home');
}
