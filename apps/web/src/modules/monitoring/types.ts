import type {
  CreateDeviceInput,
  DeviceSchema,
  LatestSchema,
  QuarantineEntrySchema,
  AlertSchema,
  SeriesPointSchema,
  StationKind,
} from '@ecocloud/contracts';
import type { z } from 'zod';

export type { Device, Station, StationInput, StationKind } from '@ecocloud/contracts';
export type Liveness = 'online' | 'silent' | 'never';
export type LatestRow = z.infer<typeof LatestSchema>;
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;
export type Alert = z.infer<typeof AlertSchema>;
export type AlertStatus = Alert['status'];
export type AlertKind = Alert['kind'];
export type CrcMode = z.infer<typeof DeviceSchema>['crcMode'];
export type FactorMap = z.infer<typeof DeviceSchema>['factorMap'];
/** Periods the series endpoint serves: raw ones and the rollups (1d/1mo/1y come from rollup tables). */
export type SeriesPeriod = 'rt' | '1m' | '1h' | '1d' | '1mo' | '1y';
export type ImportMode = 'valid-rows' | 'all-or-nothing';
export type ExportFormat = 'csv' | 'xlsx';

/** Hand-declared: the contracts' list query coerces strings, so its `z.input` types page and pageSize as unknown. */
export type StationQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
  kind?: StationKind;
  regionCode?: string;
  q?: string;
};

/** The device form's values: the create body without its identity (the MN); the password only when set. */
export type DeviceInput = Omit<CreateDeviceInput, 'mn' | 'password'> & { password?: string };

/** One frame as the server's packet inspector decodes it (`POST /hj212/decode`). */
export type DecodedLine = {
  ok: boolean;
  error: { code: string; message: string } | null;
  offset: number;
  declaredLength?: number | null;
  crc?: { declared: string; computed: string; ok: boolean } | null;
  qn?: string | null;
  st?: string | null;
  cn?: string | null;
  pw?: string | null;
  mn?: string | null;
  flag?: { raw: string; version: number | null; ack: boolean; split: boolean } | null;
  pnum?: number | string | null;
  pno?: number | string | null;
  cp?: Record<string, string>;
  factors?: Record<string, Record<string, string>>;
  reason?: string;
  rawHex?: string;
};
