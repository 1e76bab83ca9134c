import { sql, type Insertable, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { orgInSubtree } from '../../../platform/scope/data-scope';
import { regionPrefix } from '../../../platform/regions';
import type {
  RectificationBatchesTable,
  RectificationEventsTable,
  RectificationEvidenceTable,
  RectificationProblemsTable,
} from '../rectification.tables';

type Db = Kysely<Database>;
export type BatchRow = Selectable<RectificationBatchesTable>;
export type ProblemRow = Selectable<RectificationProblemsTable>;
export type EventRow = Selectable<RectificationEventsTable>;
export type EvidenceMeta = Omit<Selectable<RectificationEvidenceTable>, 'content_base64' | 'sha256'>;

/**
 * The ledger's data scope: a problem is in reach when its region lies in the caller's region (a city sees
 * its own problems and its counties') or its responsible organisation lies in the caller's subtree (the
 * unit that rectifies reports on it). `null` is the system (demo, metrics, public portal). Over the alias
 * `p` of rectification_problems; the supervision notices apply it through their problem.
 */
export function inReach(actor: Actor | null) {
  return (): ReturnType<typeof orgInSubtree> => {
    if (!actor || actor.scope === 'all') return sql<SqlBool>`1 = 1`;
    if (actor.scope === 'org') return sql<SqlBool>`${sql.ref('p.lead_org_id')} = ${actor.orgId}`;
    if (actor.scope === 'own') return sql<SqlBool>`1 = 0`;
    return sql<SqlBool>`(${sql.ref('p.region_code')} like ${`${regionPrefix(actor.regionCode)}%`} or ${orgInSubtree('p.lead_org_id', actor.orgPath)})`;
  };
}

export type ProblemFilter = { ids?: string[]; batchId?: string; regionPrefix?: string; publicOnly?: boolean };

/** The problems in the caller's reach, by item number. */
export function problemsInReach(db: Db, actor: Actor | null, f: ProblemFilter = {}): Promise<ProblemRow[]> {
  let q = db.selectFrom('rectification_problems as p').selectAll('p').where(inReach(actor));
  if (f.ids) q = f.ids.length ? q.where('p.id', 'in', f.ids) : q.where(sql<SqlBool>`1 = 0`);
  if (f.batchId) q = q.where('p.batch_id', '=', f.batchId);
  if (f.regionPrefix) q = q.where('p.region_code', 'like', `${f.regionPrefix}%`);
  if (f.publicOnly) q = q.where('p.is_public', '=', 1);
  return q.orderBy('p.batch_id').orderBy('p.item_no').execute();
}

export const findProblem = async (db: Db, actor: Actor | null, id: string): Promise<ProblemRow | undefined> =>
  (await problemsInReach(db, actor, { ids: [id] }))[0];

export const listBatches = (db: Db, publicOnly = false): Promise<BatchRow[]> => {
  let q = db.selectFrom('rectification_batches').selectAll();
  if (publicOnly) q = q.where('is_public', '=', 1);
  return q.orderBy('feedback_date', 'desc').orderBy('id').execute();
};

export const findBatch = (db: Db, id: string) =>
  db.selectFrom('rectification_batches').selectAll().where('id', '=', id).executeTakeFirst();

export const insertBatch = (db: Db, row: Insertable<RectificationBatchesTable>) =>
  db.insertInto('rectification_batches').values(row).execute();

export const updateBatch = (db: Db, id: string, patch: Updateable<RectificationBatchesTable>) =>
  db.updateTable('rectification_batches').set(patch).where('id', '=', id).execute();

export const insertProblem = (db: Db, row: Insertable<RectificationProblemsTable>) =>
  db.insertInto('rectification_problems').values(row).execute();

export const updateProblem = (db: Db, id: string, patch: Updateable<RectificationProblemsTable>) =>
  db.updateTable('rectification_problems').set(patch).where('id', '=', id).execute();

/** The item numbers a batch already holds (import duplicates, unique index). */
export async function itemNosOf(db: Db, batchId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('rectification_problems')
    .select('item_no')
    .where('batch_id', '=', batchId)
    .execute();
  return new Set(rows.map((r) => r.item_no));
}

export const insertEvent = (db: Db, row: Insertable<RectificationEventsTable>) =>
  db.insertInto('rectification_events').values(row).execute();

export const eventsOf = (db: Db, problemIds: string[]): Promise<EventRow[]> =>
  problemIds.length
    ? db
        .selectFrom('rectification_events')
        .selectAll()
        .where('problem_id', 'in', problemIds)
        .orderBy('date')
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

/** Rebound steps dated in [from, to] of these problems (the metric counts them). */
export async function reboundsBetween(db: Db, problemIds: string[], from: string, to: string): Promise<number> {
  if (!problemIds.length) return 0;
  const row = await db
    .selectFrom('rectification_events')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('problem_id', 'in', problemIds)
    .where('step', '=', 'rebound')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const insertEvidence = (db: Db, row: Insertable<RectificationEvidenceTable>) =>
  db.insertInto('rectification_evidence').values(row).execute();

export const evidenceOf = (db: Db, problemId: string): Promise<EvidenceMeta[]> =>
  db
    .selectFrom('rectification_evidence')
    .select(['id', 'problem_id', 'kind', 'filename', 'content_type', 'size', 'note', 'created_by', 'created_at'])
    .where('problem_id', '=', problemId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const findEvidence = (db: Db, id: string) =>
  db.selectFrom('rectification_evidence').selectAll().where('id', '=', id).executeTakeFirst();

export async function anyBatch(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('rectification_batches').select('id').limit(1).executeTakeFirst());
}
