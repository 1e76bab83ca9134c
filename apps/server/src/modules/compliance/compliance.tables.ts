import { tableList } from '../../db/table-list';

/** Tables of the compliance module. Instants are ISO-8601 UTC text, booleans 0/1. */
export interface ComplianceHoursTable {
  outlet_id: string;
  /** The permit limit's pollutant code, equal to the monitoring parameter code (see README). */
  pollutant: string;
  hour_start: string;
  valid_minutes: number;
  valid: number;
  mean: number | null;
  o2_mean: number | null;
  converted: number | null;
  limit_value: number | null;
  /** null when the hour cannot be judged (invalid hour, invalid O2, no limit). */
  exceeded: number | null;
  multiple: number | null;
  note: string;
  judged_at: string;
  /** Minutes that arrived with any flag (the transmission rate's numerator); null on rows judged before 0015. */
  received_minutes: number | null;
  /** Valid hourly mean of the outlet's flow (m³/h for gas, m³/h for water), when the logger sends it. */
  flow_mean: number | null;
  /** Emitted in the hour: mean × flow (kg), valid hours only. */
  amount_kg: number | null;
}

/** The daily judgement (water outlets are judged on the daily mean; every outlet's daily amounts). */
export interface ComplianceDaysTable {
  outlet_id: string;
  pollutant: string;
  /** Shanghai calendar day, YYYY-MM-DD. */
  day: string;
  valid_hours: number;
  /** ≥ 20 valid hours. */
  valid: number;
  mean: number | null;
  limit_value: number | null;
  exceeded: number | null;
  multiple: number | null;
  amount_kg: number | null;
  note: string;
  judged_at: string;
}

/** A special period in force (e.g. 重污染天气预警) for a region: limits with this `name` apply inside it. */
export interface ComplianceSpecialPeriodsTable {
  id: string;
  /** Equal to permit_limits.special_period of the limits it brings into force. */
  name: string;
  region_code: string;
  start: string;
  end: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

/** A lead for a person (never a penalty): an exceedance, a sign of falsified data, missing data. */
export interface ComplianceLeadsTable {
  id: string;
  /** exceedance | sign | missing_data | transmission | referral. */
  kind: string;
  /** The sign detector's kind (constant, flag_while_operating …); '' for other kinds. */
  sign_kind: string;
  outlet_id: string;
  enterprise_id: string;
  pollutant: string;
  start: string;
  end: string;
  /** JSON: the figures behind the lead (the detector's evidence, the event's peak …). */
  evidence: string;
  /** The act of regulation.md it may indicate, or the rule it breaks. */
  act: string;
  /** Makes raising a lead idempotent: kind, outlet, pollutant, sign kind and start. */
  source_key: string;
  /** open | dismissed | explanation_requested | explained | case_requested. */
  status: string;
  /** Why it was dismissed or turned into a case. */
  reason: string;
  /** What the enterprise was asked. */
  question: string;
  /** The enterprise's answer. */
  explanation: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ExceedanceEventsTable {
  id: string;
  outlet_id: string;
  pollutant: string;
  start: string;
  /** End of the last exceeding hour. */
  end: string;
  hours: number;
  peak_converted: number;
  peak_multiple: number | null;
  /** open | closed. */
  status: string;
  /** hour | day (water: runs of exceeding days). */
  basis: string;
}

export interface ComplianceTables {
  compliance_hours: ComplianceHoursTable;
  exceedance_events: ExceedanceEventsTable;
  compliance_days: ComplianceDaysTable;
  compliance_special_periods: ComplianceSpecialPeriodsTable;
  compliance_leads: ComplianceLeadsTable;
}

export const COMPLIANCE_TABLES = tableList<ComplianceTables>()([
  'compliance_hours',
  'exceedance_events',
  'compliance_days',
  'compliance_special_periods',
  'compliance_leads',
]);
