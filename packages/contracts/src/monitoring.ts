import { z } from 'zod';
import { RegionCodeSchema, pageQuerySchema } from './common';

/** Monitoring permissions (granted to roles by migrations 0002 and 0006, checked on each route). */
export const MONITORING_PERMISSIONS = [
  'stations:read',
  'stations:write',
  'devices:read',
  'devices:write',
  'observations:read',
  'observations:write',
  'observations:import',
  'alerts:read',
  'alerts:ack',
  'quarantine:read',
  'settings:write',
] as const;
export type MonitoringPermission = (typeof MONITORING_PERMISSIONS)[number];

export const STATION_KINDS = [
  'air_national',
  'air_provincial',
  'air_micro',
  'water_river',
  'water_lake',
  'drinking_source',
  'sea',
  'noise',
  'radiation',
  'source_outlet',
] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export const STATION_STATUSES = ['active', 'inactive', 'maintenance'] as const;

/** Kind-specific attributes: target class for sections, zone for noise points, reporting interval … */
export const StationAttrsSchema = z
  .object({
    targetClass: z.number().int().min(1).max(6).optional(),
    isNationallyAssessed: z.boolean().optional(),
    waterBody: z.enum(['river', 'lake']).optional(),
    river: z.string().max(100).optional(),
    basin: z.string().max(100).optional(),
    noiseZone: z.enum(['0', '1', '2', '3', '4a', '4b']).optional(),
    intervalSeconds: z
      .number()
      .int()
      .min(1)
      .max(366 * 86_400)
      .optional(),
    isEvaluation: z.boolean().optional(),
    /** The station's code in the national network (e.g. 1401A), as CNEMC publishes it. */
    nationalCode: z.string().max(20).optional(),
    backgroundMin: z.number().optional(),
    backgroundMax: z.number().optional(),
  })
  .catchall(z.unknown());

export const StationSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(STATION_KINDS),
  regionCode: z.string(),
  orgId: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  parameters: z.array(z.string()),
  status: z.enum(STATION_STATUSES),
  attrs: StationAttrsSchema,
  lastDataAt: z.string().nullable(),
  /** 'online' when data arrived within the allowed silence, else 'silent'; 'never' without data. */
  liveness: z.enum(['online', 'silent', 'never']),
});
export type Station = z.infer<typeof StationSchema>;

export const StationListQuerySchema = pageQuerySchema([
  'code',
  'name',
  'kind',
  'regionCode',
  'lastDataAt',
] as const).extend({
  pageSize: z.coerce.number().int().min(1).max(1000).default(50),
  kind: z.enum(STATION_KINDS).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  q: z.string().trim().max(100).optional(),
});

export const CreateStationBodySchema = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(STATION_KINDS),
  regionCode: RegionCodeSchema,
  lon: z.number().min(-180).max(180).nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  parameters: z.array(z.string().min(1).max(40)).max(200).default([]),
  status: z.enum(STATION_STATUSES).default('active'),
  attrs: StationAttrsSchema.default({}),
});
export const UpdateStationBodySchema = CreateStationBodySchema.omit({ code: true }).partial();

export const OBS_PERIODS = ['rt', '1m', '1h', '1d'] as const;
export const ROLLUP_PERIODS = ['1d', '1mo', '1y'] as const;

export const ObservationInputSchema = z.object({
  station: z.string().min(1).max(64),
  parameter: z.string().min(1).max(40),
  period: z.enum(OBS_PERIODS),
  time: z.iso.datetime({ offset: true }),
  value: z.union([z.number(), z.string().max(40), z.null()]),
  flag: z.string().max(8).nullable().optional(),
});
export const ObservationBatchSchema = z.object({ readings: z.array(ObservationInputSchema).min(1).max(50_000) });
export const ObservationBatchResultSchema = z.object({
  stored: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), field: z.string(), message: z.string() })),
});

export const SeriesQuerySchema = z.object({
  station: z.string().min(1).max(64),
  parameter: z.string().min(1).max(40).optional(),
  period: z.enum([...OBS_PERIODS, '1mo', '1y']).default('1h'),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  after: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export const SeriesPointSchema = z.object({
  parameter: z.string(),
  periodStart: z.string(),
  value: z.number().nullable(),
  flag: z.string().nullable(),
  count: z.number().int().optional(),
  isValid: z.boolean().optional(),
});
export const SeriesResultSchema = z.object({ items: z.array(SeriesPointSchema), nextCursor: z.string().nullable() });

export const LatestQuerySchema = z.object({
  kind: z.enum(STATION_KINDS).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  period: z.enum(OBS_PERIODS).default('1h'),
});
export const LatestSchema = z.object({
  stationId: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  periodStart: z.string().nullable(),
  values: z.record(z.string(), z.object({ value: z.number().nullable(), flag: z.string().nullable() })),
});

export const DeviceSchema = z.object({
  id: z.string(),
  mn: z.string(),
  st: z.string(),
  stationId: z.string(),
  stationCode: z.string(),
  factorMap: z.record(z.string(), z.object({ parameter: z.string(), scale: z.number().default(1) })),
  crcMode: z.enum(['hj212', 'modbus', 'modbus-swapped']),
  isEnabled: z.boolean(),
  lastSeenAt: z.string().nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;
export const CreateDeviceBodySchema = z.object({
  mn: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(64),
  st: z.string().regex(/^[0-9A-Z]{2}$/),
  stationId: z.string().min(1),
  factorMap: DeviceSchema.shape.factorMap.default({}),
  crcMode: DeviceSchema.shape.crcMode.default('hj212'),
  isEnabled: z.boolean().default(true),
});
export const UpdateDeviceBodySchema = CreateDeviceBodySchema.omit({ mn: true }).partial();

export const QuarantineEntrySchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  source: z.string(),
  remote: z.string().nullable(),
  mn: z.string().nullable(),
  reasonCode: z.string(),
  reason: z.string(),
  raw: z.string(),
  /** inputs this row stands for: above 1, `raw` is the first of a counted run (junk, or over the gateway's write rate) */
  count: z.number().int(),
  totalBytes: z.number().int(),
  lastReceivedAt: z.string(),
});
/**
 * One alert event: a station, a kind, the instant it started, and the pollutants it concerns (one
 * fault flagging six pollutants is one alert). Data, not words: clients word it in their language.
 */
export const AlertSchema = z.object({
  /** the event's first alert row; `ids` are all its rows (acknowledge them together) */
  id: z.string(),
  ids: z.array(z.string()),
  stationId: z.string(),
  stationName: z.string(),
  kind: z.enum(['silent', 'over_limit', 'abnormal_flag']),
  /** over_limit: value and limit per pollutant; abnormal_flag: the HJ 212 flag and value; silent: none */
  parameters: z.array(
    z.object({
      parameter: z.string(),
      value: z.number().nullable(),
      threshold: z.number().nullable(),
      flag: z.string().nullable(),
    }),
  ),
  /** silent alerts: minutes without data, and the minutes allowed */
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  firstAt: z.string(),
  lastAt: z.string(),
  status: z.enum(['open', 'acknowledged', 'closed']),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
/** Batch acknowledge: the alert rows (`ids` of the events) to acknowledge, all or none. */
export const AcknowledgeAlertsBodySchema = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) });
export const AlertListQuerySchema = pageQuerySchema(['lastAt', 'firstAt'] as const).extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  status: z.enum(['open', 'acknowledged', 'closed']).optional(),
  kind: z.enum(['silent', 'over_limit', 'abnormal_flag']).optional(),
  stationId: z.string().max(64).optional(),
});
