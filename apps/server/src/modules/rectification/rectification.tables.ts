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
  /** A handed-over complaint batch: the complaints module's 交办编号 (`handover_batch`), '' for none. */
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

/** A supervision notice (督办通知, migration 0027) to a problem's rectifying unit. */
export interface RectificationSupervisionNoticesTable {
  id: string;
  problem_id: string;
  /** The organisation addressed: the problem's 整改实施主体 when the notice was issued. */
  org_id: string;
  reason: string;
  /** 1 when issued, +1 per escalation (DEFAULT_ESCALATION of the platform). */
  level: number;
  reply_due: string;
  /** open | replied */
  state: string;
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
  replied_by_name: string | null;
  /** JSON array of {at, event, level, replyDue}. */
  history: string;
  issued_by: string | null;
  issued_by_name: string;
  issued_at: string;
  updated_at: string;
}

export interface RectificationTables {
  rectification_batches: RectificationBatchesTable;
  rectification_problems: RectificationProblemsTable;
  rectification_events: RectificationEventsTable;
  rectification_evidence: RectificationEvidenceTable;
  rectification_supervision_notices: RectificationSupervisionNoticesTable;
}

export const RECTIFICATION_TABLES = tableList<RectificationTables>()([
  'rectification_batches',
  'rectification_problems',
  'rectification_events',
  'rectification_evidence',
  'rectification_supervision_notices',
]);
