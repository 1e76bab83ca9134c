import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CreditLevel } from '@ecocloud/standards';
import type { Database } from '../../../db/schema';
import type { CreditObjectionsTable, CreditRatingRunsTable, CreditRatingsTable } from './rating.tables';

export type RunRow = Selectable<CreditRatingRunsTable>;
export type RatingRow = Selectable<CreditRatingsTable>;
export type ObjectionRow = Selectable<CreditObjectionsTable>;

export const findRun = (db: Kysely<Database>, id: string) =>
  db.selectFrom('credit_rating_runs').selectAll().where('id', '=', id).executeTakeFirst();

export const findRating = (db: Kysely<Database>, id: string) =>
  db.selectFrom('credit_ratings').selectAll().where('id', '=', id).executeTakeFirst();

export const runsAll = (db: Kysely<Database>) =>
  db.selectFrom('credit_rating_runs').selectAll().orderBy('year', 'desc').orderBy('region_code').execute();

export function ratingsOfRuns(db: Kysely<Database>, runIds: readonly string[]): Promise<RatingRow[]> {
  if (runIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('credit_ratings')
    .selectAll()
    .where('run_id', 'in', [...runIds])
    .orderBy('enterprise_id')
    .execute();
}

export function ratingsOfEnterprises(db: Kysely<Database>, enterpriseIds: readonly string[]): Promise<RatingRow[]> {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('credit_ratings')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .orderBy('id')
    .execute();
}

export function objectionsOf(db: Kysely<Database>, ratingIds: readonly string[]): Promise<ObjectionRow[]> {
  if (ratingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('credit_objections')
    .selectAll()
    .where('rating_id', 'in', [...ratingIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type PublishedLevel = {
  enterpriseId: string;
  year: number;
  level: CreditLevel;
  jointPunishment: boolean;
  publishedOn: string;
};

/**
 * The latest rating published on or before `day` per enterprise (a later year wins; of one year, the run
 * published last). The supervision registry, the disclosure report and the portal read it.
 */
export async function latestPublished(
  db: Kysely<Database>,
  enterpriseIds: readonly string[] | null,
  day: string,
): Promise<Map<string, PublishedLevel>> {
  if (enterpriseIds?.length === 0) return new Map();
  let q = db
    .selectFrom('credit_ratings')
    .innerJoin('credit_rating_runs', 'credit_rating_runs.id', 'credit_ratings.run_id')
    .select([
      'credit_ratings.enterprise_id as enterpriseId',
      'credit_ratings.level as level',
      'credit_ratings.joint_punishment as jointPunishment',
      'credit_rating_runs.year as year',
      'credit_rating_runs.published_on as publishedOn',
    ])
    .where('credit_rating_runs.status', '=', 'published')
    .where('credit_rating_runs.published_on', '<=', day);
  if (enterpriseIds) q = q.where('credit_ratings.enterprise_id', 'in', [...enterpriseIds]);
  const rows = await q.orderBy('credit_rating_runs.year').orderBy('credit_rating_runs.published_on').execute();
  const out = new Map<string, PublishedLevel>();
  for (const r of rows)
    out.set(r.enterpriseId, {
      enterpriseId: r.enterpriseId,
      year: r.year,
      level: r.level as CreditLevel,
      jointPunishment: r.jointPunishment === 1,
      publishedOn: r.publishedOn!,
    });
  return out;
}

/** Runs whose objection window is open or closed and not yet published (their steps fall due). */
export const findRunsOpen = (db: Kysely<Database>) =>
  db
    .selectFrom('credit_rating_runs')
    .selectAll()
    .where('status', 'in', ['objections', 'review'])
    .orderBy('objections_until')
    .orderBy('id')
    .execute();

/** The run of `year` for exactly `regionCode`, if any. */
export const findRunOfYear = (db: Kysely<Database>, year: number, regionCode: string) =>
  db
    .selectFrom('credit_rating_runs')
    .select('id')
    .where('year', '=', year)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();

/** Any run at all (the demo leaves an install with one alone). */
export const anyRun = (db: Kysely<Database>) => db.selectFrom('credit_rating_runs').select('id').executeTakeFirst();

export const insertRun = (db: Kysely<Database>, row: Insertable<CreditRatingRunsTable>) =>
  db.insertInto('credit_rating_runs').values(row).execute();

export const updateRun = (db: Kysely<Database>, id: string, patch: Updateable<CreditRatingRunsTable>) =>
  db.updateTable('credit_rating_runs').set(patch).where('id', '=', id).execute();

export const insertRating = (db: Kysely<Database>, row: Insertable<CreditRatingsTable>) =>
  db.insertInto('credit_ratings').values(row).execute();

export const updateRating = (db: Kysely<Database>, id: string, patch: Updateable<CreditRatingsTable>) =>
  db.updateTable('credit_ratings').set(patch).where('id', '=', id).execute();

/** Every rating of a run published on or before `day` (the portal filters and sorts). */
export const publishedRatings = (db: Kysely<Database>, day: string) =>
  db
    .selectFrom('credit_ratings')
    .innerJoin('credit_rating_runs', 'credit_rating_runs.id', 'credit_ratings.run_id')
    .select([
      'credit_ratings.enterprise_id as enterpriseId',
      'credit_ratings.level as level',
      'credit_ratings.joint_punishment as jointPunishment',
      'credit_rating_runs.year as year',
      'credit_rating_runs.published_on as publishedOn',
    ])
    .where('credit_rating_runs.status', '=', 'published')
    .where('credit_rating_runs.published_on', '<=', day)
    .execute();

export const findObjection = (db: Kysely<Database>, id: string) =>
  db.selectFrom('credit_objections').selectAll().where('id', '=', id).executeTakeFirst();

export const insertObjection = (db: Kysely<Database>, row: Insertable<CreditObjectionsTable>) =>
  db.insertInto('credit_objections').values(row).execute();

export const updateObjection = (db: Kysely<Database>, id: string, patch: Updateable<CreditObjectionsTable>) =>
  db.updateTable('credit_objections').set(patch).where('id', '=', id).execute();

/** The ids of the objections to a rating. */
export const objectionIdsOfRating = (db: Kysely<Database>, ratingId: string) =>
  db.selectFrom('credit_objections').select('id').where('rating_id', '=', ratingId).execute();

/** The scheme of `version`, or the newest when none is given. */
export function findScheme(db: Kysely<Database>, version?: number) {
  let q = db.selectFrom('credit_rating_schemes').select(['version', 'body']);
  q = version === undefined ? q.orderBy('version', 'desc') : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export const lastSchemeVersion = (db: Kysely<Database>) =>
  db.selectFrom('credit_rating_schemes').select('version').orderBy('version', 'desc').executeTakeFirst();

export const insertScheme = (db: Kysely<Database>, row: Insertable<Database['credit_rating_schemes']>) =>
  db.insertInto('credit_rating_schemes').values(row).execute();
