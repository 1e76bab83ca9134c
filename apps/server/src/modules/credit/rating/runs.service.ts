import { randomUUID } from 'node:crypto';
import {
  AppError,
  regionPrefix,
  type CreateRatingRunBodySchema,
  type ManualScoresBodySchema,
  type RatingDetail,
  type RatingRunDetail,
  type RatingRunView,
} from '@ecocloud/contracts';
import { scoreRating, type RatingFacts } from '@ecocloud/standards';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import { addWorkingDays, loadCalendar } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { auditOf, isEnterpriseUser, parseJson, regionInReach, requireAny, todayOf } from '../shared/credit-context';
import { factsOfYear } from './rating-facts';
import { computedColumns, objectionView, ratingView, runView } from './rating-view';
import {
  findRating,
  findRun,
  findRunOfYear,
  insertRating,
  insertRun,
  objectionsOf,
  ratingsOfEnterprises,
  ratingsOfRuns,
  runsAll,
  updateRating,
  updateRun,
  type RunRow,
} from './ratings.repository';
import { schemeOf } from './scheme.service';

const runNotFound = (id: string) => new AppError('CREDIT_RUN_NOT_FOUND', `rating run ${id} not found`);
const ratingNotFound = (id: string) => new AppError('CREDIT_RATING_NOT_FOUND', `rating ${id} not found`);
export const stateConflict = (message: string) => new AppError('CREDIT_RUN_STATE_CONFLICT', message);

/** A run the officer may see: its region contains the actor's, or lies inside it. */
const runVisible = (actor: Actor, run: RunRow) =>
  regionInReach(actor, run.region_code) || actor.regionCode.startsWith(regionPrefix(run.region_code));

/**
 * Drafts the rating of `year` for the units of the region that must be rated (rating-scope of
 * @ecocloud/standards, from the register and the year's decisions), each scored from its record by the
 * newest scheme. One run per region and year.
 */
export async function createRun(
  deps: ServiceDeps,
  actor: Actor | null,
  body: z.output<typeof CreateRatingRunBodySchema>,
): Promise<RatingRunDetail> {
  const regionCode = body.regionCode ?? actor?.regionCode;
  if (!regionCode || !regionInReach(actor, regionCode))
    throw new AppError('VALIDATION_FAILED', 'region outside your reach', [
      { path: 'body.regionCode', message: 'region outside your reach', code: 'custom' },
    ]);
  const exists = await findRunOfYear(deps.db, body.year, regionCode);
  // One rating a year per unit: no run of the year over a region containing or inside this one.
  const overlapping = (await runsAll(deps.db)).find(
    (r) =>
      r.year === body.year &&
      (r.region_code.startsWith(regionPrefix(regionCode)) || regionCode.startsWith(regionPrefix(r.region_code))),
  );
  if (exists || overlapping) throw new AppError('CREDIT_RUN_EXISTS', `a run for ${regionCode} ${body.year} exists`);
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, { regionCode });
  const facts = await factsOfYear(deps, enterprises, body.year, todayOf(deps));
  const scheme = await schemeOf(deps.db);
  const now = deps.clock.now().toISOString();
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertRun(trx, {
      id,
      year: body.year,
      region_code: regionCode,
      status: 'draft',
      scheme_version: scheme.version,
      objection_days: body.objectionDays,
      objections_from: null,
      objections_until: null,
      published_on: null,
      created_by: actor?.userId ?? null,
      created_at: now,
      updated_at: now,
    });
    for (const e of enterprises) {
      const f = facts.get(e.id);
      if (!f || f.reasons.length === 0) continue;
      await insertRating(trx, {
        id: randomUUID(),
        run_id: id,
        enterprise_id: e.id,
        reasons: JSON.stringify(f.reasons),
        ...computedColumns(scheme, f.facts, {}, []),
        updated_at: now,
      });
    }
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.run.create',
      entityType: 'credit_rating_run',
      entityId: id,
      after: { year: body.year, regionCode, schemeVersion: scheme.version },
    });
  });
  return actor ? getRun(deps, actor, id) : systemRun(deps, id);
}

async function systemRun(deps: ServiceDeps, id: string): Promise<RatingRunDetail> {
  const run = (await findRun(deps.db, id))!;
  const ratings = await ratingsOfRuns(deps.db, [id]);
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, null, {
    ids: ratings.map((r) => r.enterprise_id),
  });
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const objections = await objectionsOf(
    deps.db,
    ratings.map((r) => r.id),
  );
  return {
    ...runView(run, ratings, objections),
    ratings: ratings.map((r) => ratingView(r, run, byId.get(r.enterprise_id)!, objections)),
  };
}

export async function listRuns(deps: ServiceDeps, actor: Actor): Promise<{ items: RatingRunView[] }> {
  const runs = (await runsAll(deps.db)).filter((r) => runVisible(actor, r));
  const ratings = await ratingsOfRuns(
    deps.db,
    runs.map((r) => r.id),
  );
  const inReach = new Set(
    (
      await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [...new Set(ratings.map((r) => r.enterprise_id))] })
    ).map((e) => e.id),
  );
  const mine = ratings.filter((r) => inReach.has(r.enterprise_id));
  const objections = await objectionsOf(
    deps.db,
    mine.map((r) => r.id),
  );
  return {
    items: runs.map((run) =>
      runView(
        run,
        mine.filter((r) => r.run_id === run.id),
        objections.filter((o) => mine.some((r) => r.id === o.rating_id && r.run_id === run.id)),
      ),
    ),
  };
}

/** A run with the ratings of the enterprises in the actor's scope (a city officer: its city's). */
export async function getRun(deps: ServiceDeps, actor: Actor, id: string): Promise<RatingRunDetail> {
  const run = await findRun(deps.db, id);
  if (!run || !runVisible(actor, run)) throw runNotFound(id);
  const all = await ratingsOfRuns(deps.db, [id]);
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, {
    ids: [...new Set(all.map((r) => r.enterprise_id))],
  });
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const ratings = all.filter((r) => byId.has(r.enterprise_id));
  const objections = await objectionsOf(
    deps.db,
    ratings.map((r) => r.id),
  );
  return {
    ...runView(run, ratings, objections),
    ratings: ratings
      .map((r) => ratingView(r, run, byId.get(r.enterprise_id)!, objections))
      .sort((a, b) => a.total - b.total || a.enterpriseName.localeCompare(b.enterpriseName, 'zh')),
  };
}

export type RunStep = 'open_objections' | 'review' | 'publish';

/**
 * Moves a run on: draft → objections (the window opens today, or on `from`, for `objection_days` working days),
 * objections → review (after the window closed), review → published (every objection decided). Only the
 * region's own officers (or wider) move it; publishing needs credit:review.
 */
export async function stepRun(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  step: RunStep,
  /** open_objections: the window's first day (default today); the demo also dates review and publication. */
  day?: string,
): Promise<RatingRunDetail> {
  const run = await findRun(deps.db, id);
  if (!run || !regionInReach(actor, run.region_code)) throw runNotFound(id);
  if (actor && step !== 'open_objections') requireAny(actor, ['credit:review']);
  const today = day ?? todayOf(deps);
  const patch: Partial<RunRow> = {};
  if (step === 'open_objections') {
    if (run.status !== 'draft') throw stateConflict('objections open on a draft only');
    const start = today;
    patch.status = 'objections';
    patch.objections_from = start;
    patch.objections_until = addWorkingDays(start, run.objection_days, await loadCalendar(deps.db));
  } else if (step === 'review') {
    if (run.status !== 'objections') throw stateConflict('review follows the objection window');
    if (today <= run.objections_until!) throw stateConflict(`the objection window runs to ${run.objections_until}`);
    patch.status = 'review';
  } else {
    if (run.status !== 'review') throw stateConflict('publish after review');
    const open = (
      await objectionsOf(
        deps.db,
        (await ratingsOfRuns(deps.db, [id])).map((r) => r.id),
      )
    ).filter((o) => o.status === 'open');
    if (open.length > 0) throw stateConflict(`${open.length} objection(s) not decided`);
    patch.status = 'published';
    patch.published_on = today;
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateRun(trx, id, { ...patch, updated_at: deps.clock.now().toISOString() });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.run.step',
      entityType: 'credit_rating_run',
      entityId: id,
      before: { status: run.status },
      after: { step, status: patch.status, objectionsUntil: patch.objections_until, publishedOn: patch.published_on },
    });
  });
  return actor ? getRun(deps, actor, id) : systemRun(deps, id);
}

/** A rating in the actor's scope; an enterprise sees its own once the draft is out (objections onwards). */
async function ratingInReach(deps: ServiceDeps, actor: Actor | null, id: string) {
  const row = await findRating(deps.db, id);
  const run = row ? await findRun(deps.db, row.run_id) : undefined;
  const [enterprise] = row ? await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [row.enterprise_id] }) : [];
  if (!row || !run || !enterprise) throw ratingNotFound(id);
  if (actor && isEnterpriseUser(actor) && run.status === 'draft') throw ratingNotFound(id);
  return { row, run, enterprise };
}

export async function getRating(deps: ServiceDeps, actor: Actor, id: string): Promise<RatingDetail> {
  requireAny(actor, ['credit:read', 'credit:disclose']);
  const { row, run, enterprise } = await ratingInReach(deps, actor, id);
  const scheme = await schemeOf(deps.db, run.scheme_version);
  const objections = await objectionsOf(deps.db, [row.id]);
  const scored = scoreRating(
    scheme,
    parseJson<RatingFacts>(row.facts, {}),
    parseJson<Record<string, number>>(row.manual, {}),
    parseJson<string[]>(row.vetoes, []),
  );
  const today = todayOf(deps);
  return {
    ...ratingView(row, run, enterprise, objections),
    indicators: scored.indicators,
    scheme,
    objections: objections.map(objectionView),
    objectionsUntil: run.objections_until,
    canObject:
      actor.permissions.has('credit:disclose') &&
      run.status === 'objections' &&
      today >= run.objections_from! &&
      today <= run.objections_until!,
  };
}

/** The ratings of the enterprise user's own units that are out of the draft, newest year first. */
export async function myRatings(deps: ServiceDeps, actor: Actor): Promise<{ items: RatingDetail[] }> {
  const own = await sourcesReads.enterprisesInReach(deps.db, actor);
  const rows = await ratingsOfEnterprises(
    deps.db,
    own.map((e) => e.id),
  );
  const items: RatingDetail[] = [];
  for (const r of rows) {
    const run = await findRun(deps.db, r.run_id);
    if (!run || run.status === 'draft') continue;
    items.push(await getRating(deps, actor, r.id));
  }
  return { items: items.sort((a, b) => b.year - a.year) };
}

/**
 * Scores by hand and records the vetoes that hold (draft or review): the level is recomputed from the
 * record's facts kept with the rating.
 */
export async function setManual(
  deps: ServiceDeps,
  actor: Actor | null,
  id: string,
  body: z.output<typeof ManualScoresBodySchema>,
): Promise<void> {
  const { row, run } = await ratingInReach(deps, actor, id);
  if (run.status !== 'draft' && run.status !== 'review') throw stateConflict('hand scores in the draft or in review');
  await rescore(deps, actor, row.id, run.scheme_version, row.facts, body.manual, body.vetoes, 'credit.rating.manual');
}

export async function rescore(
  deps: ServiceDeps,
  actor: Actor | null,
  ratingId: string,
  schemeVersion: number,
  factsJson: string,
  manual: Record<string, number>,
  vetoes: readonly string[],
  action: 'credit.rating.manual' | 'credit.objection.decide',
): Promise<string> {
  const scheme = await schemeOf(deps.db, schemeVersion);
  const unknown = vetoes.filter((v) => !scheme.vetoes.some((s) => s.code === v));
  const badCode = Object.keys(manual).filter((c) => !scheme.indicators.some((i) => i.code === c));
  if (unknown.length > 0 || badCode.length > 0) {
    const path = unknown.length > 0 ? 'body.vetoes' : 'body.manual';
    const message = `not in scheme ${schemeVersion}: ${[...unknown, ...badCode].join(', ')}`;
    throw new AppError('VALIDATION_FAILED', message, [{ path, message, code: 'custom' }]);
  }
  const cols = computedColumns(scheme, parseJson<RatingFacts>(factsJson, {}), manual, vetoes);
  await deps.db.transaction().execute(async (trx) => {
    await updateRating(trx, ratingId, { ...cols, updated_at: deps.clock.now().toISOString() });
    if (action === 'credit.rating.manual')
      await appendAudit(trx, deps.clock, auditOf(actor), {
        action,
        entityType: 'credit_rating',
        entityId: ratingId,
        after: { manual, vetoes: cols.vetoes, level: cols.level, total: cols.total },
      });
  });
  return cols.level;
}

export { ratingInReach };
