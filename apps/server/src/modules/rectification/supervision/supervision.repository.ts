import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { inReach } from '../ledger/ledger.repository';
import type { RectificationSupervisionNoticesTable } from '../rectification.tables';

type Db = Kysely<Database>;
type Table = RectificationSupervisionNoticesTable;

/** A notice with what its view needs of the problem (the problem's state stops the escalation once closed). */
export type NoticeRow = Selectable<Table> & {
  batch_id: string;
  item_no: string;
  problem: string;
  region_code: string;
  problem_state: string;
};

export type NoticeFilter = { ids?: string[]; problemId?: string; state?: string };

/** Notices of the problems in the caller's reach (the ledger's scope predicate), the newest first. */
export function noticesInReach(db: Db, actor: Actor | null, f: NoticeFilter = {}): Promise<NoticeRow[]> {
  let q = db
    .selectFrom('rectification_supervision_notices as n')
    .innerJoin('rectification_problems as p', 'p.id', 'n.problem_id')
    .selectAll('n')
    .select(['p.batch_id', 'p.item_no', 'p.problem', 'p.region_code', 'p.state as problem_state'])
    .where(inReach(actor));
  if (f.ids) q = f.ids.length ? q.where('n.id', 'in', f.ids) : q.where('n.id', '=', '');
  if (f.problemId) q = q.where('n.problem_id', '=', f.problemId);
  if (f.state) q = q.where('n.state', '=', f.state);
  return q.orderBy('n.issued_at', 'desc').orderBy('n.id').execute();
}

/** The problems (of these) that have an open notice. */
export async function problemsWithOpenNotice(db: Db, problemIds: readonly string[]): Promise<Set<string>> {
  if (!problemIds.length) return new Set();
  const rows = await db
    .selectFrom('rectification_supervision_notices')
    .select('problem_id')
    .where('state', '=', 'open')
    .where('problem_id', 'in', [...problemIds])
    .execute();
  return new Set(rows.map((r) => r.problem_id));
}

export const insertNotice = (db: Db, row: Insertable<Table>) =>
  db.insertInto('rectification_supervision_notices').values(row).execute();

/** Answers a notice only while it is open (a second reply racing the first changes nothing): rows changed. */
export async function replyToOpenNotice(db: Db, id: string, set: Updateable<Table>): Promise<number> {
  const result = await db
    .updateTable('rectification_supervision_notices')
    .set(set)
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Raises a notice only if it is still open at the level read (another sweep may have raised it since). */
export async function escalateNoticeFrom(db: Db, id: string, fromLevel: number, set: Updateable<Table>) {
  const result = await db
    .updateTable('rectification_supervision_notices')
    .set(set)
    .where('id', '=', id)
    .where('level', '=', fromLevel)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
