import { tableList } from '../../db/table-list';

/** Tables of the sources module. Instants are ISO-8601 UTC text, dates YYYY-MM-DD (China), booleans 0/1. */
export interface EnterprisesTable {
  id: string;
  /** Unified social credit code (GB 32100-2015), upper case, check character verified on the way in. */
  uscc: string;
  name: string;
  /** GB/T 4754-2017 code (a class of `industry_class` or a section of `industry`). */
  industry_code: string;
  region_code: string;
  address: string;
  lon: number | null;
  lat: number | null;
  /** key | simplified | registration. */
  category: string;
  key_list_year: number | null;
  /** JSON array of key-list types (water, air, soil, noise, risk). */
  key_list_types: string;
  legal_representative: string;
  /** JSON array of { name, title, phone }. */
  contacts: string;
  status: string;
  /** The regulating unit: staff data scope follows it. */
  regulator_org_id: string;
  /** The enterprise's own organisation (kind `enterprise`), whose users see only this unit. */
  enterprise_org_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutletsTable {
  id: string;
  enterprise_id: string;
  code: string;
  name: string;
  /** gas | water. */
  kind: string;
  is_main: number;
  lon: number | null;
  lat: number | null;
  standard: string;
  source_type: string | null;
  /** JSON array of HJ 212 MNs of the loggers that report for the outlet. */
  device_mns: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface PermitsTable {
  id: string;
  enterprise_id: string;
  permit_no: string;
  /** permit | registration. */
  kind: string;
  category: string;
  issuer: string;
  valid_from: string;
  valid_to: string;
  /** valid | revoked | cancelled | withdrawn; renewal window and expiry are derived from the dates. */
  status: string;
  /** JSON array of report frequencies (annual, semiannual, quarterly, monthly). */
  report_frequencies: string;
  created_at: string;
  updated_at: string;
}

export interface PermitLimitsTable {
  id: string;
  permit_id: string;
  outlet_id: string;
  pollutant: string;
  /** concentration | amount. */
  limit_type: string;
  value: number;
  unit: string;
  averaging_period: string;
  /** '' for the normal limit (so the unique key holds on both dialects). */
  special_period: string;
}

export interface PermitEventsTable {
  id: string;
  permit_id: string;
  kind: string;
  event_date: string;
  note: string;
  new_valid_to: string | null;
  on_site_check: number;
  created_by: string | null;
  created_at: string;
}

export interface PermitDocumentsTable {
  id: string;
  event_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  created_at: string;
}

export interface ExecutionReportsTable {
  id: string;
  permit_id: string;
  frequency: string;
  /** 2025, 2025H1, 2025Q3, 2025-07. */
  period_key: string;
  summary: string;
  /** The day it was submitted (or received on paper). */
  submitted_on: string;
  submitted_by: string | null;
  created_at: string;
}

export interface ReportDeadlineOverridesTable {
  id: string;
  frequency: string;
  period_key: string;
  due_date: string;
  note: string;
}

export interface SourcesTables {
  enterprises: EnterprisesTable;
  outlets: OutletsTable;
  permits: PermitsTable;
  permit_limits: PermitLimitsTable;
  permit_events: PermitEventsTable;
  permit_documents: PermitDocumentsTable;
  execution_reports: ExecutionReportsTable;
  report_deadline_overrides: ReportDeadlineOverridesTable;
}

/** The tables sources owns (checked against SourcesTables). */
export const SOURCES_TABLES = tableList<SourcesTables>()([
  'enterprises',
  'outlets',
  'permits',
  'permit_limits',
  'permit_events',
  'permit_documents',
  'execution_reports',
  'report_deadline_overrides',
]);
