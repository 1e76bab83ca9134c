import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('./data/ecocloud.db'),
  ECOCLOUD_DEMO: z.enum(['0', '1']).default('1'),
  ECOCLOUD_ADMIN_PASSWORD: z.string().optional(),
  ECOCLOUD_DEMO_PASSWORD: z.string().optional(),
  ECOCLOUD_HJ212_PORT: z.coerce.number().int().min(0).max(65535).default(9212),
  ECOCLOUD_HJ212_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(2000),
  ECOCLOUD_HJ212_IDLE_SECONDS: z.coerce.number().int().min(1).default(600),
  ECOCLOUD_HJ212_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(100),
  ECOCLOUD_HJ212_FIRST_FRAME_SECONDS: z.coerce.number().int().min(0).default(30),
  ECOCLOUD_QUARANTINE_RETENTION_DAYS: z.coerce.number().int().min(0).default(90),
  ECOCLOUD_MQTT_URL: z.string().optional(),
  ECOCLOUD_MQTT_TOPIC: z.string().default('ecocloud/observations/#'),
  ECOCLOUD_SIMULATOR: z.enum(['0', '1']).optional(),
  ECOCLOUD_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  ECOCLOUD_WEB_DIST: z.string().optional(),
  ECOCLOUD_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  ECOCLOUD_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  ECOCLOUD_DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(1500).default(400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  databaseUrl: string;
  loadDemo: boolean;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  hj212Port: number;
  /** HJ 212 gateway: connection cap and idle timeout (seconds). */
  hj212MaxConnections: number;
  hj212IdleSeconds: number;
  /** connections per client address (0 = no limit), and seconds a new connection has for its first authenticated frame (0 = no deadline) */
  hj212MaxConnectionsPerAddress: number;
  hj212FirstFrameSeconds: number;
  /** quarantine rows older than this many days are deleted by the gateway (0 = kept) */
  quarantineRetentionDays: number;
  /** MQTT ingestion: off when the URL is unset. */
  mqttUrl: string | undefined;
  mqttTopic: string;
  /** Demo devices send hourly packets to the local gateway: on with the demo unless ECOCLOUD_SIMULATOR=0. */
  simulator: boolean;
  secureCookies: boolean;
  webDist: string;
  /** Requests per minute and client address: login, and public routes. */
  loginRateLimit: number;
  publicRateLimit: number;
  /** Days of generated monitoring history the demo loads (0 = stations only). */
  demoHistoryDays: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Session lifetime and lockout policy. */
  sessionTtlMs: number;
  lockoutThreshold: number;
  lockoutMs: number;
}>;

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Parses the environment once; everything else receives the frozen result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = EnvSchema.parse(env);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    loadDemo: e.ECOCLOUD_DEMO === '1',
    adminPassword: e.ECOCLOUD_ADMIN_PASSWORD,
    demoPassword: e.ECOCLOUD_DEMO_PASSWORD,
    hj212Port: e.ECOCLOUD_HJ212_PORT,
    hj212MaxConnections: e.ECOCLOUD_HJ212_MAX_CONNECTIONS,
    hj212IdleSeconds: e.ECOCLOUD_HJ212_IDLE_SECONDS,
    hj212MaxConnectionsPerAddress: e.ECOCLOUD_HJ212_MAX_CONNECTIONS_PER_ADDRESS,
    hj212FirstFrameSeconds: e.ECOCLOUD_HJ212_FIRST_FRAME_SECONDS,
    quarantineRetentionDays: e.ECOCLOUD_QUARANTINE_RETENTION_DAYS,
    mqttUrl: e.ECOCLOUD_MQTT_URL || undefined,
    mqttTopic: e.ECOCLOUD_MQTT_TOPIC,
    simulator: (e.ECOCLOUD_SIMULATOR ?? e.ECOCLOUD_DEMO) === '1',
    secureCookies: e.ECOCLOUD_SECURE_COOKIES === '1',
    webDist: e.ECOCLOUD_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'),
    loginRateLimit: e.ECOCLOUD_LOGIN_RATE_LIMIT,
    publicRateLimit: e.ECOCLOUD_PUBLIC_RATE_LIMIT,
    demoHistoryDays: e.ECOCLOUD_DEMO_HISTORY_DAYS,
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: 8 * 3600_000,
    lockoutThreshold: 5,
    lockoutMs: 15 * 60_000,
  });
}
