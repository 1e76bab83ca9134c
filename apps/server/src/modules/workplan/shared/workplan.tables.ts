import { tableList } from '../../../db/table-list';

/** Tables of the work plan module (migration 0003); the calendar table it also creates is the platform's. */
export interface WorkplanPlansTable {
  id: string;
  year: number;
  org_id: string;
  title: string;
  /** JSON AssessmentWeights. */
  weights_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkplanItemsTable {
  id: string;
  plan_id: string;
  parent_id: string | null;
  /** Top-level ancestor (itself for a top-level item): the board groups by it. */
  root_id: string;
  level: number;
  kind: string;
  /** The source's numbering as written: 一、 / （一） / 1. */
  number: string;
  position: number;
  title: string;
  text: string;
  tags_json: string;
  start_date: string | null;
  deadline: string | null;
  /** `text` / `inherited` / `default` (the importer's reading) or `manual` (a person set it); null when not known (migration 0026). */
  deadline_source: string | null;
  milestones_json: string;
  done_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

interface WorkplanItemUnitsTable {
  item_id: string;
  org_id: string;
  role: string;
}

interface WorkplanItemRegionsTable {
  item_id: string;
  region_code: string;
}

export interface WorkplanIndicatorsTable {
  id: string;
  item_id: string;
  position: number;
  name: string;
  unit: string;
  direction: string;
  baseline: number | null;
  target: number;
  deadline: string | null;
  /** As on items (migration 0026). */
  deadline_source: string | null;
  source: string;
  metric_key: string | null;
  metric_params_json: string;
}

export interface WorkplanRoundsTable {
  id: string;
  plan_id: string;
  label: string;
  period_start: string;
  period_end: string;
  due_date: string;
}

export interface WorkplanReportsTable {
  id: string;
  round_id: string;
  item_id: string;
  unit_org_id: string;
  text: string;
  percent: number;
  /** JSON [{indicatorId, value}]. */
  values_json: string;
  is_late: number;
  review_state: string;
  review_comment: string | null;
  submitted_by: string;
  submitted_at: string;
}

export interface WorkplanReportCommentsTable {
  id: string;
  report_id: string;
  author: string;
  text: string;
  created_at: string;
}

export interface WorkplanAttachmentsTable {
  id: string;
  report_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  created_at: string;
}

export interface WorkplanNoticesTable {
  id: string;
  item_id: string;
  unit_org_id: string;
  reason: string;
  level: number;
  reply_due: string;
  state: string;
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
  /** JSON [{at, level, replyDue, event}]. */
  history_json: string;
  issued_by: string;
  issued_at: string;
}

export interface WorkplanTables {
  workplan_plans: WorkplanPlansTable;
  workplan_items: WorkplanItemsTable;
  workplan_item_units: WorkplanItemUnitsTable;
  workplan_item_regions: WorkplanItemRegionsTable;
  workplan_indicators: WorkplanIndicatorsTable;
  workplan_rounds: WorkplanRoundsTable;
  workplan_reports: WorkplanReportsTable;
  workplan_report_comments: WorkplanReportCommentsTable;
  workplan_attachments: WorkplanAttachmentsTable;
  workplan_notices: WorkplanNoticesTable;
}

/** The tables the work plan owns (checked against WorkplanTables: a table missing here fails to compile). */
export const WORKPLAN_TABLES = tableList<WorkplanTables>()([
  'workplan_plans',
  'workplan_items',
  'workplan_item_units',
  'workplan_item_regions',
  'workplan_indicators',
  'workplan_rounds',
  'workplan_reports',
  'workplan_report_comments',
  'workplan_attachments',
  'workplan_notices',
]);
