import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PublicRectificationSchema, type ProblemState, type PublicRectification } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { ServiceDeps } from '../../../platform/service-deps';
import { todayOf, viewNames } from '../ledger/ledger-context';
import { listBatches, problemsInReach } from '../ledger/ledger.repository';
import { DONE_STATES, statusOf } from '../rules/problem-states';

/**
 * What the department publishes (整改进展公开): the batches it marked public, and their problems marked
 * public, with status, deadline and notice. No notes, evidence, accountability or names of people.
 */
async function publicRectification(deps: ServiceDeps): Promise<PublicRectification> {
  const batches = await listBatches(deps.db, true);
  const ids = new Set(batches.map((b) => b.id));
  const rows = (await problemsInReach(deps.db, null, { publicOnly: true })).filter((p) => ids.has(p.batch_id));
  const names = await viewNames(deps.db, todayOf(deps), rows);
  return {
    batches: batches.map((b) => {
      const mine = rows.filter((p) => p.batch_id === b.id);
      return {
        id: b.id,
        kind: b.kind as PublicRectification['batches'][number]['kind'],
        name: b.name,
        feedbackDate: b.feedback_date,
        total: mine.length,
        done: mine.filter((p) => DONE_STATES.has(p.state as ProblemState)).length,
        closed: mine.filter((p) => p.state === 'closed').length,
      };
    }),
    problems: rows.map((p) => ({
      batchId: p.batch_id,
      itemNo: p.item_no,
      problem: p.problem,
      regionName: names.regions.get(p.region_code) ?? p.region_code,
      leadOrgName: names.orgs.get(p.lead_org_id) ?? '',
      deadline: p.deadline,
      status: statusOf(p.state as ProblemState, p.deadline, names.today),
      notice: p.notice_from && p.notice_to ? { from: p.notice_from, to: p.notice_to, url: p.notice_url } : null,
    })),
  };
}

/** The portal's rectification page: no login, rate-limited per client address. */
export function publicRectificationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const access = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  return async (app) => {
    app.get(
      '/public/rectification',
      {
        config: access,
        schema: {
          tags: ['public'],
          summary: 'Published inspection rectification progress: batches and their public problems with status',
          response: { 200: PublicRectificationSchema },
        },
      },
      async () => publicRectification(deps),
    );
  };
}
