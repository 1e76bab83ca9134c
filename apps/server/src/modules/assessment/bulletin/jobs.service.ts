import { randomUUID } from 'node:crypto';
import { AppError, type Job } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { canSeeRegion, scopePrefixOf } from '../../../platform/scope/region-scope';
import { bulletinPdf, provinceCode } from './bulletin.service';
import * as repo from './jobs.repository';

type Row = repo.JobRow;
export type BulletinParams = { month: string; regionCode?: string | undefined };

export const toJob = (r: Row): Job => ({
  id: r.id,
  kind: r.kind,
  params: JSON.parse(r.params_json) as Record<string, unknown>,
  status: r.status as Job['status'],
  percent: r.percent,
  message: r.message,
  fileName: r.file_name,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/**
 * Queues a bulletin job. `dedupeKey` (scheduled runs) makes a second enqueue of the same month a no-op,
 * also across processes (unique column). Returns the job, or the existing one for a duplicate key.
 */
export async function enqueueBulletin(
  deps: AppDeps,
  params: BulletinParams,
  createdBy: string | null,
  dedupeKey: string | null = null,
): Promise<Job> {
  const now = deps.clock.now().toISOString();
  // A city bulletin holds that city's figures: its job and file need the city in scope; the province one is open to all readers.
  const scopeRegion = params.regionCode && params.regionCode !== (await provinceCode(deps)) ? params.regionCode : null;
  const row: Row = {
    id: randomUUID(),
    kind: 'air-bulletin',
    params_json: JSON.stringify(params),
    dedupe_key: dedupeKey,
    status: 'queued',
    percent: 0,
    message: null,
    file_name: null,
    content_type: null,
    file_base64: null,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
    finished_at: null,
    scope_region: scopeRegion,
  };
  try {
    await repo.insertJob(deps.db, row);
  } catch (err) {
    if (constraintKind(err) !== 'unique' || !dedupeKey) throw err;
    return toJob(await repo.findJobByDedupeKey(deps.db, dedupeKey));
  }
  return toJob(row);
}

async function progress(deps: AppDeps, id: string, set: Partial<Row>): Promise<void> {
  await repo.updateJob(deps.db, id, { ...set, updated_at: deps.clock.now().toISOString() });
}

/** Runs one queued job to done or failed; a job is claimed by moving it from queued to running first. */
async function runJob(deps: AppDeps, id: string): Promise<void> {
  if (!(await repo.claimJob(deps.db, id, deps.clock.now().toISOString()))) return;
  const job = await repo.findJob(deps.db, id);
  if (!job) throw new Error(`job ${id} vanished after its claim`);
  try {
    const p = JSON.parse(job.params_json) as BulletinParams;
    const { pdf } = await bulletinPdf(deps, p.month, p.regionCode, (pct) => progress(deps, id, { percent: pct }));
    await progress(deps, id, {
      status: 'done',
      percent: 100,
      file_name: `air-bulletin-${p.regionCode ?? 'province'}-${p.month}.pdf`,
      content_type: 'application/pdf',
      file_base64: pdf.toString('base64'),
      finished_at: deps.clock.now().toISOString(),
    });
  } catch (err) {
    await progress(deps, id, {
      status: 'failed',
      message: err instanceof Error ? err.message : String(err),
      finished_at: deps.clock.now().toISOString(),
    });
  }
}

/** Runs every queued job, oldest first (in-process worker). */
export async function drainJobs(deps: AppDeps): Promise<number> {
  const queued = await repo.queuedJobIds(deps.db, 20);
  for (const id of queued) await runJob(deps, id);
  return queued.length;
}

/** The most recent jobs the actor may see: open ones and those of regions in the actor's scope. */
export async function listJobs(deps: AppDeps, actor: Actor): Promise<Job[]> {
  return (await repo.recentJobs(deps.db, scopePrefixOf(actor))).map(toJob);
}

/** One job; a job outside the actor's scope looks absent (404), like the bulletin it holds. */
export async function getJob(deps: AppDeps, id: string, actor: Actor): Promise<Row> {
  const row = await repo.findJob(deps.db, id);
  if (!row || (row.scope_region !== null && !canSeeRegion(actor, row.scope_region)))
    throw new AppError('JOB_NOT_FOUND', 'job not found');
  return row;
}
