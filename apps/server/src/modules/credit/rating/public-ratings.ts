import type { z } from 'zod';
import type { CreditLevelCode, PublicQuerySchema, PublicRatingListSchema } from '@ecocloud/contracts';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { todayOf } from '../shared/credit-context';
import { publishedRatings } from './ratings.repository';

/**
 * Published ratings for the portal (信用评价结果公开), newest year first, searched by name or credit code: the
 * level and the joint-punishment flag only (scores and objections stay inside).
 */
export async function publicRatings(
  deps: ServiceDeps,
  q: z.output<typeof PublicQuerySchema>,
): Promise<z.infer<typeof PublicRatingListSchema>> {
  const rows = await publishedRatings(deps.db, todayOf(deps));
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, null, {
    ids: [...new Set(rows.map((r) => r.enterpriseId))],
  });
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const needle = q.q?.toLowerCase();
  const items = rows
    .flatMap((r) => {
      const e = byId.get(r.enterpriseId);
      if (!e) return [];
      if (needle && !e.name.toLowerCase().includes(needle) && !e.uscc.toLowerCase().includes(needle)) return [];
      return [
        {
          year: r.year,
          enterpriseName: e.name,
          uscc: e.uscc,
          regionCode: e.regionCode,
          level: r.level as CreditLevelCode,
          jointPunishment: r.jointPunishment === 1,
          publishedOn: r.publishedOn!,
        },
      ];
    })
    .sort((a, b) => b.year - a.year || a.uscc.localeCompare(b.uscc));
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}
