import { tableList } from '../../db/table-list';

/** Tables of the assessment module. Instants are ISO-8601 UTC text; booleans 0/1. */
export interface AssessmentTargetsTable {
  id: string;
  year: number;
  /** City (or province) region code the target applies to. */
  region_code: string;
  /** Metric key, e.g. air.pm25_annual_mean, or an admin-defined indicator code. */
  indicator: string;
  name: string;
  unit: string;
  /** 'at_most' when smaller is better, 'at_least' when larger is better. */
  direction: string;
  target_value: number;
  note: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** First characters of the key, shown so an admin can tell keys apart. */
  key_prefix: string;
  /** SHA-256 of the key (hex); the key itself is shown once and never stored. */
  key_hash: string;
  /** Requests per minute. */
  rate_limit: number;
  is_active: number;
  last_used_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentJobsTable {
  id: string;
  kind: string;
  params_json: string;
  dedupe_key: string | null;
  /** queued | running | done | failed */
  status: string;
  percent: number;
  message: string | null;
  file_name: string | null;
  content_type: string | null;
  file_base64: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  /** the region whose data scope a reader needs (a city bulletin's city); null = every assessment reader */
  scope_region: string | null;
}

export interface RadiationFindingsTable {
  id: string;
  station_id: string;
  period_start: string;
  /** Ambient dose rate, nGy/h. */
  value: number;
  background_min: number | null;
  background_max: number | null;
  investigation_level: number;
  /** 'above_background' | 'investigation' */
  kind: string;
  created_at: string;
}

interface AssessmentCityDaysTable {
  city_code: string;
  /** Start instant of the Shanghai day (as the daily rollups label it). */
  day_start: string;
  parameter: string;
  /** Sum of the evaluation stations' valid daily values in integer milli-units (exact in a double). */
  milli_sum: number;
  n: number;
}

interface AssessmentStateTable {
  key: string;
  value: string;
}

export interface AssessmentTables {
  assessment_city_days: AssessmentCityDaysTable;
  assessment_state: AssessmentStateTable;
  assessment_targets: AssessmentTargetsTable;
  api_keys: ApiKeysTable;
  assessment_jobs: AssessmentJobsTable;
  radiation_findings: RadiationFindingsTable;
}

/** The tables assessment owns (checked against AssessmentTables: a table missing here fails to compile). */
export const ASSESSMENT_TABLES = tableList<AssessmentTables>()([
  'assessment_city_days',
  'assessment_state',
  'assessment_targets',
  'api_keys',
  'assessment_jobs',
  'radiation_findings',
]);
