import type { Kysely, Selectable } from 'kysely';
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
