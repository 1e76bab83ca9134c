import { tableList } from '../../../db/table-list';

/** The monthly progress report (migration 0024): one per plan and month. */
export interface WorkplanMonthlyReportsTable {
  id: string;
  plan_id: string;
  /** YYYY-MM */
  month: string;
  state: string;
  /** JSON MonthlyContent: compiled from the month's reports; frozen once approved. */
  content_json: string;
  /** SHA-256 of content_json at approval; null before. */
  frozen_sha256: string | null;
  compiled_by: string;
  compiled_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  return_reason: string | null;
  released_by: string | null;
  released_at: string | null;
}

export interface WorkplanMonthlyTables {
  workplan_monthly_reports: WorkplanMonthlyReportsTable;
}

export const WORKPLAN_MONTHLY_TABLES = tableList<WorkplanMonthlyTables>()(['workplan_monthly_reports']);
