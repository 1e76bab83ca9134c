import type { ColumnType, Generated } from 'kysely';
import { tableList } from '../../db/table-list';

/** Tables of the monitoring module. Instants are ISO-8601 UTC text; booleans 0/1. */
export interface StationsTable {
  id: string;
  code: string;
  name: string;
  kind: string;
  region_code: string;
  /** The owning organisation: data scope follows it. */
  org_id: string;
  lon: number | null;
  lat: number | null;
  /** JSON array of parameter codes the station measures. */
  parameters: string;
  status: string;
  /** JSON object: targetClass, isNationallyAssessed, waterBody, noiseZone, intervalSeconds, isEvaluation … */
  attrs: string;
  last_data_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DevicesTable {
  id: string;
  mn: string;
  password: string;
  st: string;
  station_id: string;
  /** JSON object mapping HJ 212 factor codes to parameter codes, with an optional unit factor. */
  factor_map: string;
  crc_mode: string;
  is_enabled: number;
  last_seen_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ObservationsTable {
  station_id: string;
  parameter: string;
  /** 'rt' real-time, '1m' minute, '1h' hour, '1d' day. */
  period: string;
  /** Start of the period (HJ 212 labels periods by their start); for 'rt' the sampling instant. */
  period_start: string;
  value: number | null;
  /** The value exactly as sent. */
  value_text: string | null;
  flag: string | null;
  source: string;
  received_at: string;
}

export interface ObservationRollupsTable {
  station_id: string;
  parameter: string;
  /** '1d' natural day in Asia/Shanghai, '1mo' month, '1y' year. */
  period: string;
  period_start: string;
  count: number;
  expected: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  is_valid: number;
  updated_at: string;
}

interface RollupDirtyTable {
  station_id: string;
  /** Shanghai calendar date, YYYY-MM-DD. */
  day: string;
}

export interface QuarantineTable {
  id: string;
  received_at: string;
  source: string;
  remote: string | null;
  mn: string | null;
  reason_code: string;
  reason: string;
  raw_base64: string;
  /** inputs this row stands for (1, or a counted run: the raw bytes are the first one's); bigint */
  repeat_count: ColumnType<number | string, number | undefined, number>;
  /** bytes of all those inputs; null on rows older than the count */
  total_bytes: ColumnType<number | string | null, number | null | undefined, number>;
  last_received_at: ColumnType<string | null, string | null | undefined, string>;
}

interface PacketArchiveTable {
  id: string;
  received_at: string;
  mn: string;
  qn: string | null;
  cn: string | null;
  raw: string;
}

/** Gateway batches acknowledged but not yet applied (PostgreSQL, in-memory SQLite); see ingest-journal. */
interface IngestJournalTable {
  id: Generated<number>;
  received_at: string;
  rows: number;
  batch: string;
}

/** How far a SQLite sidecar journal (named by its id) has been applied to this database. */
interface IngestJournalAppliedTable {
  journal_id: string;
  applied_upto: number;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  station_id: string;
  kind: string;
  parameter: string | null;
  /** A log line in English; the web words alerts from the columns, never from this. */
  message: string;
  value: number | null;
  threshold: number | null;
  /** The HJ 212 flag of an abnormal_flag alert (its last reading's). */
  flag: string | null;
  first_at: string;
  last_at: string;
  status: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
}

interface ParameterLimitsTable {
  id: string;
  station_kind: string;
  parameter: string;
  period: string;
  max_value: number;
}

export interface MonitoringTables {
  stations: StationsTable;
  devices: DevicesTable;
  observations: ObservationsTable;
  observation_rollups: ObservationRollupsTable;
  rollup_dirty: RollupDirtyTable;
  quarantine: QuarantineTable;
  packet_archive: PacketArchiveTable;
  ingest_journal: IngestJournalTable;
  ingest_journal_applied: IngestJournalAppliedTable;
  alerts: AlertsTable;
  parameter_limits: ParameterLimitsTable;
}

/** The tables monitoring owns (checked against MonitoringTables: a table missing here fails to compile). */
export const MONITORING_TABLES = tableList<MonitoringTables>()([
  'stations',
  'devices',
  'observations',
  'observation_rollups',
  'rollup_dirty',
  'quarantine',
  'packet_archive',
  'ingest_journal',
  'ingest_journal_applied',
  'alerts',
  'parameter_limits',
]);
