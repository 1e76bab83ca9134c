import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { NoticeRow } from '../shared/workplan.repository';
import type { WorkplanNoticesTable } from '../shared/workplan.tables';

type Db = Kysely<Database>;

export const insertNotice = (db: Db, row: NoticeRow) => db.insertInto('workplan_notices').values(row).execute();

export const updateNotice = (db: Db, id: string, set: Updateable<WorkplanNoticesTable>) =>
  db.updateTable('workplan_notices').set(set).where('id', '=', id).execute();

/** Raises a notice only if it is still at the level read (another escalation run may have raised it since). */
export const escalateNoticeFrom = (
  db: Db,
  id: string,
  fromLevel: number,
  set: Pick<NoticeRow, 'level' | 'reply_due' | 'history_json'>,
) => db.updateTable('workplan_notices').set(set).where('id', '=', id).where('level', '=', fromLevel).execute();

export const openNotices = (db: Db) =>
  db.selectFrom('workplan_notices').selectAll().where('state', '=', 'open').execute();

/** The newest open notice on an item. */
export const latestOpenNotice = (db: Db, itemId: string) =>
  db
    .selectFrom('workplan_notices')
    .select('id')
    .where('item_id', '=', itemId)
    .where('state', '=', 'open')
    .orderBy('issued_at', 'desc')
    .executeTakeFirst();
