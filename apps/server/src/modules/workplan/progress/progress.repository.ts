import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type {
  WorkplanAttachmentsTable,
  WorkplanReportCommentsTable,
  WorkplanReportsTable,
} from '../shared/workplan.tables';
import type { RoundRow } from '../shared/workplan.repository';

type Db = Kysely<Database>;

export type AttachmentMeta = { id: string; report_id: string; filename: string; content_type: string; size: number };
export type CommentRow = { report_id: string; author: string; text: string; created_at: string };

export const insertRound = (db: Db, row: RoundRow) => db.insertInto('workplan_rounds').values(row).execute();

/** An item's unit ids (lead and co-lead). */
export async function unitIdsOfItem(db: Db, itemId: string): Promise<string[]> {
  const rows = await db.selectFrom('workplan_item_units').select('org_id').where('item_id', '=', itemId).execute();
  return rows.map((u) => u.org_id);
}

/** An item's parent id (null at the top or when the item does not exist). */
export async function parentIdOf(db: Db, itemId: string): Promise<string | null> {
  const row = await db.selectFrom('workplan_items').select('parent_id').where('id', '=', itemId).executeTakeFirst();
  return row?.parent_id ?? null;
}

export const indicatorsOfItem = (db: Db, itemId: string) =>
  db.selectFrom('workplan_indicators').select(['id', 'name', 'source']).where('item_id', '=', itemId).execute();

/** The report a unit has made on an item for a round, if any (there is at most one). */
export const findReportFor = (db: Db, roundId: string, itemId: string, unitId: string) =>
  db
    .selectFrom('workplan_reports')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('item_id', '=', itemId)
    .where('unit_org_id', '=', unitId)
    .executeTakeFirst();

export const insertReport = (db: Db, row: Insertable<WorkplanReportsTable>) =>
  db.insertInto('workplan_reports').values(row).execute();

export const updateReport = (db: Db, id: string, set: Updateable<WorkplanReportsTable>) =>
  db.updateTable('workplan_reports').set(set).where('id', '=', id).execute();

export const insertAttachment = (db: Db, row: Insertable<WorkplanAttachmentsTable>) =>
  db.insertInto('workplan_attachments').values(row).execute();

export const findAttachment = (db: Db, id: string) =>
  db.selectFrom('workplan_attachments').selectAll().where('id', '=', id).executeTakeFirst();

export const insertComment = (db: Db, row: Insertable<WorkplanReportCommentsTable>) =>
  db.insertInto('workplan_report_comments').values(row).execute();

/** The attachments (without their content) of these reports, oldest first. */
export const attachmentsOf = (db: Db, reportIds: string[]): Promise<AttachmentMeta[]> =>
  reportIds.length
    ? db
        .selectFrom('workplan_attachments')
        .select(['id', 'report_id', 'filename', 'content_type', 'size'])
        .where('report_id', 'in', reportIds)
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);

/** The comments on these reports, oldest first. */
export const commentsOf = (db: Db, reportIds: string[]): Promise<CommentRow[]> =>
  reportIds.length
    ? db
        .selectFrom('workplan_report_comments')
        .select(['report_id', 'author', 'text', 'created_at'])
        .where('report_id', 'in', reportIds)
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);
