import type { PublicHandoverList } from '@ecocloud/contracts';
import type { ServiceDeps } from '../../../platform/service-deps';
import { answeredHandovers } from '../reports/complaints.repository';
import { ANSWERED_STATES } from './public-complaints.service';

/**
 * The 交办件 daily publication: the handed-over reports of a batch answered on a day. Publication is automatic:
 * the answer is already public (by tracking code) once a reviewer approved it, so the day's list shows exactly
 * those approved answers — no second step that could be forgotten while the team is in the province. Only the
 * kind, the region, the day, the result and the published answer; never the reporter, the description, the
 * address, the unit's officers or the tracking code. An unknown batch answers an empty list, like a known one
 * with nothing answered that day.
 */
export async function handoverPublication(
  deps: ServiceDeps,
  q: { batch: string; day: string },
): Promise<PublicHandoverList> {
  const rows = await answeredHandovers(deps.db, q.batch, q.day, ANSWERED_STATES);
  return {
    batch: q.batch,
    day: q.day,
    items: rows.map((r) => ({
      kind: r.kind as PublicHandoverList['items'][number]['kind'],
      regionCode: r.region_code,
      repliedOn: r.replied_on!,
      substantiated: r.substantiated === null ? null : r.substantiated === 1,
      publishedAnswer: r.published_answer!,
    })),
  };
}
