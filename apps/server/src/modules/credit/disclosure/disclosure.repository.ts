import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type {
  CreditDisclosureListsTable,
  CreditDisclosureReportsTable,
  CreditDisclosureUnitsTable,
  CreditEnterpriseMarksTable,
} from './disclosure.tables';

export type ListRow = Selectable<CreditDisclosureListsTable>;
export type UnitRow = Selectable<CreditDisclosureUnitsTable>;
export type MarkRow = Selectable<CreditEnterpriseMarksTable>;
export type ReportRow = Selectable<CreditDisclosureReportsTable>;

export const listsOfYear = (db: Kysely<Database>, year: number) =>
  db.selectFrom('credit_disclosure_lists').selectAll().where('year', '=', year).orderBy('region_code').execute();

export const allLists = (db: Kysely<Database>) =>
  db.selectFrom('credit_disclosure_lists').selectAll().orderBy('year').orderBy('region_code').execute();

export function unitsOf(
  db: Kysely<Database>,
  years: readonly number[],
  enterpriseIds?: readonly string[],
): Promise<UnitRow[]> {
  if (years.length === 0 || enterpriseIds?.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('credit_disclosure_units')
    .selectAll()
    .where('year', 'in', [...years]);
  if (enterpriseIds) q = q.where('enterprise_id', 'in', [...enterpriseIds]);
  return q.orderBy('year').orderBy('enterprise_id').execute();
}

export function marksOf(db: Kysely<Database>): Promise<MarkRow[]> {
  return db.selectFrom('credit_enterprise_marks').selectAll().orderBy('year').orderBy('id').execute();
}

export function reportsOf(db: Kysely<Database>, enterpriseIds: readonly string[]): Promise<ReportRow[]> {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('credit_disclosure_reports')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .orderBy('filed_on')
    .orderBy('id')
    .execute();
}

export const insertList = (db: Kysely<Database>, row: Insertable<CreditDisclosureListsTable>) =>
  db.insertInto('credit_disclosure_lists').values(row).execute();

export const updateList = (db: Kysely<Database>, id: string, patch: Updateable<CreditDisclosureListsTable>) =>
  db.updateTable('credit_disclosure_lists').set(patch).where('id', '=', id).execute();

export const insertUnit = (db: Kysely<Database>, row: Insertable<CreditDisclosureUnitsTable>) =>
  db.insertInto('credit_disclosure_units').values(row).execute();

export const deleteUnit = (db: Kysely<Database>, id: string) =>
  db.deleteFrom('credit_disclosure_units').where('id', '=', id).execute();

/** Drops the units of `year` the register put on the list for the given enterprises (a rebuild replaces them). */
export const deleteRegisterUnits = (db: Kysely<Database>, year: number, enterpriseIds: readonly string[]) =>
  db
    .deleteFrom('credit_disclosure_units')
    .where('year', '=', year)
    .where('source', '=', 'register')
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();

export const insertMark = (db: Kysely<Database>, row: Insertable<CreditEnterpriseMarksTable>) =>
  db.insertInto('credit_enterprise_marks').values(row).execute();

export const insertFiledReport = (db: Kysely<Database>, row: Insertable<CreditDisclosureReportsTable>) =>
  db.insertInto('credit_disclosure_reports').values(row).execute();

/** Every filed report, newest first (the portal filters). */
export const allReportsNewestFirst = (db: Kysely<Database>): Promise<ReportRow[]> =>
  db.selectFrom('credit_disclosure_reports').selectAll().orderBy('filed_on', 'desc').orderBy('id').execute();
