import { tableList } from '../../db/table-list';

/** Tables of the rectification ledger. Dates are Shanghai calendar days YYYY-MM-DD; instants ISO-8601 UTC. */
export interface RectificationBatchesTable {
  id: string;
  /** central | provincial | special */
  kind: string;
  name: string;
  round: string;
  feedback_date: string;
  /** 0/1: shown on the public portal. */
  is_public: number;
  /** A handed-over complaint batch (the complaints module's reference; free text until that module links it). */
  complaint_batch_ref: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RectificationProblemsTable {
  id: string;
  batch_id: string;
  item_no: string;
  problem: string;
  category: string;
  region_code: string;
  /** 整改实施主体 (Code art. 29 ¶2): the organisation that rectifies and reports. */
  lead_org_id: string;
  co_units: string;
  acceptance_unit: string;
  target: string;
  /** JSON array of the measures (重点措施). */
  measures: string;
  deadline: string;
  horizon: string;
  /** A stored state (PROBLEM_STATES); overdue is computed. */
  state: string;
  /** JSON {stationCode, requiredClass}: a water section whose class is read live. */
  monitoring: string | null;
  notice_from: string | null;
  notice_to: string | null;
  notice_days: number | null;
  notice_url: string;
  closed_on: string | null;
  rebound_count: number;
  is_public: number;
  complaint_batch_ref: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RectificationEventsTable {
  id: string;
  problem_id: string;
  step: string;
  date: string;
  note: string;
  /** Acceptance: the accepting unit. */
  unit: string;
  created_by: string | null;
  created_by_name: string;
  created_at: string;
}

export interface RectificationEvidenceTable {
  id: string;
  problem_id: string;
  /** document | photo */
  kind: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

export interface RectificationTables {
  rectification_batches: RectificationBatchesTable;
  rectification_problems: RectificationProblemsTable;
  rectification_events: RectificationEventsTable;
  rectification_evidence: RectificationEvidenceTable;
}

export const RECTIFICATION_TABLES = tableList<RectificationTables>()([
  'rectification_batches',
  'rectification_problems',
  'rectification_events',
  'rectification_evidence',
]);
