import { tableList } from '../../db/table-list';

/** Tables of the enforcement module. Dates are Shanghai calendar days YYYY-MM-DD; instants ISO-8601 UTC. */
export interface EnforcementCasesTable {
  id: string;
  /** 〔year〕serial of the handling organisation, unique. */
  case_no: string;
  enterprise_id: string;
  outlet_id: string | null;
  /** The compliance lead it came from, if any. */
  lead_id: string | null;
  title: string;
  facts: string;
  /** A violation type of @ecocloud/standards (water_exceed_permit …). */
  violation: string;
  act_date: string;
  /** Last day of a continuing act. */
  act_end_date: string | null;
  /** 0/1: the act caused pollution or ecological damage (5-year limitation, Code art. 1054). */
  caused_harm: number;
  state: string;
  /** Region code of the discretion tables (the province). */
  jurisdiction: string;
  discretion_table: string;
  /** JSON of the facts the table reads. */
  discretion_inputs: string;
  /** JSON of the assessment (CasePenalty), null until assessed. */
  penalty: string | null;
  fine_yuan: number | null;
  handling_org_id: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EnforcementCaseEventsTable {
  id: string;
  case_id: string;
  kind: string;
  date: string;
  /** A pause's last day (null while it lasts). */
  end_date: string | null;
  note: string;
  /** JSON: hearingRight, hearingDate, clock/by/amount, reason, finding, fineYuan … */
  data: string;
  created_by: string | null;
  created_at: string;
}

interface InspectionObjectsTable {
  enterprise_id: string;
  /** key | special | general */
  library: string;
  reasons: string;
  positive_list: number;
  updated_at: string;
}

interface InspectorsTable {
  user_id: string;
  org_id: string;
  /** JSON array of enterprise ids the inspector is recused from. */
  recusals: string;
  active: number;
  updated_at: string;
}

interface InspectionPlansTable {
  id: string;
  org_id: string;
  region_code: string;
  period: string;
  rates: string;
  seed: string;
  algorithm: string;
  result: string;
  inspection_date: string;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
}

interface InspectionRecordsTable {
  id: string;
  plan_id: string | null;
  enterprise_id: string;
  inspectors: string;
  date: string;
  method: string;
  lon: number | null;
  lat: number | null;
  checklist: string;
  findings: string;
  attachments: string;
  outcome: string;
  case_id: string | null;
  created_by: string | null;
  created_at: string;
  /** The phone's id of the draft (migration 0021): a resent draft finds its record instead of a new one. */
  client_id: string | null;
  /** Why a positive-list unit (正面清单) was visited on site; '' otherwise. */
  site_reason: string;
  /** The industry checklist answered ('' = the general items only). */
  checklist_industry: string;
}

/** A photo or signature image of an inspection record (migration 0021), the bytes in the row. */
interface InspectionAttachmentsTable {
  id: string;
  record_id: string;
  /** photo | signature_inspector | signature_party */
  kind: string;
  file_name: string;
  /** image/png | image/jpeg | image/webp */
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  created_at: string;
}

export interface EnforcementTables {
  enforcement_cases: EnforcementCasesTable;
  enforcement_case_events: EnforcementCaseEventsTable;
  inspection_objects: InspectionObjectsTable;
  inspectors: InspectorsTable;
  inspection_plans: InspectionPlansTable;
  inspection_records: InspectionRecordsTable;
  inspection_attachments: InspectionAttachmentsTable;
}

export const ENFORCEMENT_TABLES = tableList<EnforcementTables>()([
  'enforcement_cases',
  'enforcement_case_events',
  'inspection_objects',
  'inspectors',
  'inspection_plans',
  'inspection_records',
  'inspection_attachments',
]);
