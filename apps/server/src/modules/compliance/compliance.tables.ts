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
}

export interface ComplianceTables {
  compliance_hours: ComplianceHoursTable;
  exceedance_events: ExceedanceEventsTable;
}

export const COMPLIANCE_TABLES = tableList<ComplianceTables>()(['compliance_hours', 'exceedance_events']);
