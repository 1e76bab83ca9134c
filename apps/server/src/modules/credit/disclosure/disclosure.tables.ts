import { tableList } from '../../../db/table-list';

/** Legal disclosure's tables (migration 0019). Days are Shanghai YYYY-MM-DD, instants ISO-8601 UTC. */
export interface CreditDisclosureListsTable {
  id: string;
  year: number;
  region_code: string;
  /** draft | notice (published for comment) | fixed. */
  status: string;
  notice_from: string | null;
  /** notice_from + 10 working days (§9): the list cannot be fixed before. */
  notice_until: string | null;
  fixed_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CreditDisclosureUnitsTable {
  id: string;
  year: number;
  enterprise_id: string;
  /** JSON array of { reason, until, note }. */
  reasons: string;
  /** The last year on the list (null: open-ended, a key unit). */
  listed_until: number | null;
  /** register (built from the record) | manual. */
  source: string;
  created_by: string | null;
  created_at: string;
}

/** What EcoCloud does not know by itself: listed company, bond issuer, mandatory cleaner-production audit. */
export interface CreditEnterpriseMarksTable {
  id: string;
  enterprise_id: string;
  /** listed | bond_issuer | cleaner_audit | trigger. */
  mark: string;
  /** The year it holds from (a trigger: the year it happened). */
  year: number;
  /** cleaner_audit: the year the audit was accepted; trigger: its kind (crime, detention …). */
  detail: string;
  created_by: string | null;
  created_at: string;
}

export interface CreditDisclosureReportsTable {
  id: string;
  enterprise_id: string;
  /** annual | temporary. */
  kind: string;
  /** annual: the year reported on; temporary: the event's year. */
  year: number;
  /** temporary: the event's key (penalty:<case id>, permit:<permit id>:<kind>:<day>); '' for annual. */
  event_ref: string;
  due_date: string;
  filed_on: string;
  /** JSON of the report's content. */
  content: string;
  filed_by: string | null;
  created_at: string;
}

export interface CreditDisclosureTables {
  credit_disclosure_lists: CreditDisclosureListsTable;
  credit_disclosure_units: CreditDisclosureUnitsTable;
  credit_enterprise_marks: CreditEnterpriseMarksTable;
  credit_disclosure_reports: CreditDisclosureReportsTable;
}

export const CREDIT_DISCLOSURE_TABLES = tableList<CreditDisclosureTables>()([
  'credit_disclosure_lists',
  'credit_disclosure_units',
  'credit_enterprise_marks',
  'credit_disclosure_reports',
]);
