import { tableList } from '../../../db/table-list';

/** Tables of credit repair (migration 0018). Days are Shanghai calendar days YYYY-MM-DD; instants ISO-8601 UTC. */
export interface CreditPunishmentRecordsTable {
  id: string;
  enterprise_id: string;
  /** The enforcement case it comes from (one record per case), null for a record entered by hand. */
  case_id: string | null;
  /** 决定书文号 (the case number for a case). */
  decision_no: string;
  violation_text: string;
  fine_yuan: number | null;
  authority: string;
  /** minor | general | serious */
  punishment_class: string;
  /** default (the rule's suggestion) | officer (set or confirmed) */
  class_source: string;
  decision_date: string;
  regime_id: string;
  /** JSON of RepairPeriods (@ecocloud/standards) as computed when the class was last set. */
  periods: string;
  /** 0/1: published at all under its regime and class. */
  published: number;
  earliest_repair_date: string | null;
  /** The automatic removal date (the day after the maximum period); null when not published. */
  removal_date: string | null;
  /** The day an approved repair took it off the portal. */
  repaired_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CreditRepairRequestsTable {
  id: string;
  record_id: string;
  enterprise_id: string;
  /** pending | approved | rejected */
  state: string;
  requested_on: string;
  /** enterprise | officer */
  filed_by: string;
  statement: string;
  /** JSON RepairDuty[] as they stood at the decision ([] while pending: computed live). */
  duties: string;
  decided_on: string | null;
  decided_by: string | null;
  reason: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CreditRepairTables {
  credit_punishment_records: CreditPunishmentRecordsTable;
  credit_repair_requests: CreditRepairRequestsTable;
}

export const CREDIT_REPAIR_TABLES = tableList<CreditRepairTables>()([
  'credit_punishment_records',
  'credit_repair_requests',
]);
