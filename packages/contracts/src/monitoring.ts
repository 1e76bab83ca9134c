import { z } from 'zod';
import { patchSchemaOf, RegionCodeSchema, pageQuerySchema } from './common';

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
    targetClass: z
      .number()
      .int()
      .min(1)
      .max(6)
      .optional()
      .describe('Target water quality class, GB 3838-2002: 1 (I) to 6 (worse than V)'),
    isNationallyAssessed: z.boolean().optional(),
    waterBody: z.enum(['river', 'lake']).optional(),
    river: z.string().max(100).optional(),
    basin: z.string().max(100).optional(),
    noiseZone: z
      .enum(['0', '1', '2', '3', '4a', '4b'])
      .optional()
      .describe('Acoustic environment functional zone, GB 3096-2008'),
    intervalSeconds: z
      .number()
      .int()
      .min(1)
      .max(366 * 86_400)
      .optional()
      .describe('Expected reporting interval in seconds: longer silence raises a silent alert'),
    isEvaluation: z.boolean().optional(),
    /** The station's code in the national network (e.g. 1401A), as CNEMC publishes it. */
    nationalCode: z.string().max(20).optional(),
    backgroundMin: z.number().optional().describe('Radiation background range, lower bound, nGy/h'),
    backgroundMax: z.number().optional().describe('Radiation background range, upper bound, nGy/h'),
  })
  .catchall(z.unknown());

export const StationSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(STATION_KINDS),
  regionCode: z.string().describe('Administrative region code, GB/T 2260: 6 digits'),
  orgId: z.string(),
  lon: z.number().nullable().describe('Longitude, decimal degrees (WGS 84 / CGCS2000), east positive'),
  lat: z.number().nullable().describe('Latitude, decimal degrees (WGS 84 / CGCS2000), north positive'),
  parameters: z
    .array(z.string())
    .describe('Parameter codes the station measures (HJ 212 factor codes or names such as `PM2.5`)'),
  status: z.enum(STATION_STATUSES),
  attrs: StationAttrsSchema,
  lastDataAt: z.string().nullable().describe('Time of the latest reading, ISO 8601 in UTC; null without data'),
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
    .optional()
    .describe('GB/T 2260 region code or its prefix (2 digits a province, 4 a city, 6 a county)'),
  q: z.string().trim().max(100).optional(),
});

export const CreateStationBodySchema = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(STATION_KINDS),
  regionCode: RegionCodeSchema,
  lon: z.number().min(-180).max(180).nullable().optional().describe('Longitude, decimal degrees, east positive'),
  lat: z.number().min(-90).max(90).nullable().optional().describe('Latitude, decimal degrees, north positive'),
  parameters: z.array(z.string().min(1).max(40)).max(200).default([]),
  status: z.enum(STATION_STATUSES).default('active'),
  attrs: StationAttrsSchema.default({}),
});
export const UpdateStationBodySchema = patchSchemaOf(CreateStationBodySchema.omit({ code: true }));

export const OBS_PERIODS = ['rt', '1m', '1h', '1d'] as const;
export const ROLLUP_PERIODS = ['1d', '1mo', '1y'] as const;

export const ObservationInputSchema = z.object({
  station: z.string().min(1).max(64),
  parameter: z.string().min(1).max(40),
  period: z
    .enum(OBS_PERIODS)
    .describe('Averaging period: `rt` real time, `1m` minute, `1h` hour, `1d` day (HJ 212 data kinds)'),
  time: z.iso
    .datetime({ offset: true })
    .describe('Start of the period, ISO 8601 with an offset (`+08:00` for Beijing time); stored in UTC'),
  value: z
    .union([z.number(), z.string().max(40), z.null()])
    .describe(
      'In the unit of its parameter: air µg/m³ (CO mg/m³) as GB 3095-2012, water mg/L as GB 3838-2002 (pH and temperature as measured), noise dB(A)',
    ),
  flag: z
    .string()
    .max(8)
    .nullable()
    .optional()
    .describe('HJ 212 data flag: N normal, F/M/S/D/C/T/B as the standard defines'),
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
  from: z.iso.datetime({ offset: true }).describe('Start, inclusive: ISO 8601 instant with an offset'),
  to: z.iso.datetime({ offset: true }).describe('End, exclusive: ISO 8601 instant with an offset'),
  after: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export const SeriesPointSchema = z.object({
  parameter: z.string(),
  periodStart: z.string().describe('Start of the period, ISO 8601 in UTC'),
  value: z
    .number()
    .nullable()
    .describe(
      'In the unit of its parameter: air µg/m³ (CO mg/m³) as GB 3095-2012, water mg/L as GB 3838-2002 (pH and temperature as measured), noise dB(A)',
    ),
  flag: z.string().nullable().describe('HJ 212 data flag (N normal)'),
  count: z.number().int().optional().describe('Readings averaged into a rollup'),
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
  periodStart: z.string().nullable().describe('Start of the latest period, ISO 8601 in UTC'),
  values: z
    .record(
      z.string(),
      z.object({
        value: z
          .number()
          .nullable()
          .describe(
            'In the unit of its parameter: air µg/m³ (CO mg/m³) as GB 3095-2012, water mg/L as GB 3838-2002 (pH and temperature as measured), noise dB(A)',
          ),
        flag: z.string().nullable(),
      }),
    )
    .describe('Latest value per parameter code'),
});

export const DeviceSchema = z.object({
  id: z.string(),
  mn: z.string().describe("HJ 212 MN: the device's unique number"),
  st: z.string().describe('HJ 212 ST: system code (22 air, 21 surface water, 32 waste water …)'),
  stationId: z.string(),
  stationCode: z.string(),
  factorMap: z
    .record(z.string(), z.object({ parameter: z.string(), scale: z.number().default(1) }))
    .describe("HJ 212 factor code to parameter; the value is multiplied by `scale` into the parameter's unit"),
  crcMode: z.enum(['hj212', 'modbus', 'modbus-swapped']),
  isEnabled: z.boolean(),
  lastSeenAt: z.string().nullable().describe('Last packet from the device, ISO 8601 in UTC'),
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
export const UpdateDeviceBodySchema = patchSchemaOf(CreateDeviceBodySchema.omit({ mn: true }));

export const QuarantineEntrySchema = z.object({
  id: z.string(),
  receivedAt: z.string().describe('ISO 8601 in UTC'),
  source: z.string(),
  remote: z.string().nullable(),
  mn: z.string().nullable(),
  reasonCode: z.string().describe('A QUARANTINE_REASON_CODES entry'),
  reason: z.string(),
  raw: z.string(),
  /** inputs this row stands for: above 1, `raw` is the first of a counted run (junk, or over the gateway's write rate) */
  count: z.number().int(),
  totalBytes: z.number().int(),
  lastReceivedAt: z.string().describe('ISO 8601 in UTC'),
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
      value: z
        .number()
        .nullable()
        .describe(
          'In the unit of its parameter: air µg/m³ (CO mg/m³) as GB 3095-2012, water mg/L as GB 3838-2002 (pH and temperature as measured), noise dB(A)',
        ),
      threshold: z.number().nullable().describe("The limit exceeded, in the parameter's unit"),
      flag: z.string().nullable().describe('HJ 212 data flag'),
    }),
  ),
  /** silent alerts: minutes without data, and the minutes allowed */
  value: z.number().nullable().describe('Silent alerts: minutes without data'),
  threshold: z.number().nullable().describe('Silent alerts: minutes of silence allowed'),
  firstAt: z.string().describe('ISO 8601 in UTC'),
  lastAt: z.string().describe('ISO 8601 in UTC'),
  status: z.enum(['open', 'acknowledged', 'closed']),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable().describe('ISO 8601 in UTC'),
});
/** Batch acknowledge: the alert rows (`ids` of the events) to acknowledge, all or none. */
export const AcknowledgeAlertsBodySchema = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) });
export const AlertListQuerySchema = pageQuerySchema(['lastAt', 'firstAt'] as const).extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  status: z.enum(['open', 'acknowledged', 'closed']).optional(),
  kind: z.enum(['silent', 'over_limit', 'abnormal_flag']).optional(),
  stationId: z.string().max(64).optional(),
});

// Request inputs as a client sends them (`z.input`: defaults not yet applied), for the web and for services and seeders.
export type StationInput = z.input<typeof CreateStationBodySchema>;
export type StationUpdateInput = z.input<typeof UpdateStationBodySchema>;
export type StationListQuery = z.input<typeof StationListQuerySchema>;
export type CreateDeviceInput = z.input<typeof CreateDeviceBodySchema>;
export type UpdateDeviceInput = z.input<typeof UpdateDeviceBodySchema>;
export type AlertListQuery = z.input<typeof AlertListQuerySchema>;
