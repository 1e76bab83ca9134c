import type { PublicOverviewSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../app/http';

export type PublicOverview = z.infer<typeof PublicOverviewSchema>;

/** The province and its cities; public, no session needed. */
export function fetchPublicOverview(): Promise<PublicOverview> {
  return http<PublicOverview>('/api/v1/public/overview');
}
