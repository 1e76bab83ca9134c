import net from 'node:net';
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
  ECOCLOUD_TRUST_PROXY: z.string().optional(),
  ECOCLOUD_AUDIT_KEY: z.string().min(32, 'ECOCLOUD_AUDIT_KEY must be at least 32 characters').optional(),
  ECOCLOUD_AUDIT_KEY_FILE: z.string().optional(),
  ECOCLOUD_AUDIT_HEADS_FILE: z.string().optional(),
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
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDRs or proxy-addr names such as `loopback`);
   * empty = none, so a client cannot choose the address that rate limits and the audit log see.
   */
  trustProxy: readonly string[];
  webDist: string;
  /**
   * The audit anchor (docs/adr/0008): the HMAC key itself, or the file holding it (generated on
   * first start when absent), and the append-only file of exported chain heads. The files default to
   * `X.audit-key` / `X.audit-heads` beside a SQLite file `X`, `./data/audit.key` / `./data/audit-heads.jsonl`
   * for PostgreSQL; an in-memory database gets a per-process key and no heads file.
   */
  auditKey: string | undefined;
  auditKeyFile: string | undefined;
  auditHeadsFile: string | undefined;
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
    trustProxy: parseProxyList(e.ECOCLOUD_TRUST_PROXY),
    webDist: e.ECOCLOUD_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'),
    auditKey: e.ECOCLOUD_AUDIT_KEY,
    auditKeyFile: e.ECOCLOUD_AUDIT_KEY_FILE || anchorFileOf(e.DATABASE_URL, '.audit-key', 'audit.key'),
    // Set but empty: heads go to the log only.
    auditHeadsFile:
      e.ECOCLOUD_AUDIT_HEADS_FILE === undefined
        ? anchorFileOf(e.DATABASE_URL, '.audit-heads', 'audit-heads.jsonl')
        : e.ECOCLOUD_AUDIT_HEADS_FILE || undefined,
    loginRateLimit: e.ECOCLOUD_LOGIN_RATE_LIMIT,
    publicRateLimit: e.ECOCLOUD_PUBLIC_RATE_LIMIT,
    demoHistoryDays: e.ECOCLOUD_DEMO_HISTORY_DAYS,
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: 8 * 3600_000,
    lockoutThreshold: 5,
    lockoutMs: 15 * 60_000,
  });
}

/** `ECOCLOUD_TRUST_PROXY=10.0.0.5, 10.1.0.0/16`: a comma-separated list; unset or blank trusts nobody. */
function parseProxyList(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const entry of list) {
    const [address = '', prefix] = entry.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    if (!named && (net.isIP(address) === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))) {
      throw new Error(`ECOCLOUD_TRUST_PROXY: "${entry}" is not an address, a CIDR or loopback/linklocal/uniquelocal`);
    }
  }
  return list;
}

/** Where an audit-anchor file lives by default: beside a SQLite file, in ./data for PostgreSQL, nowhere in memory. */
function anchorFileOf(databaseUrl: string, sqliteSuffix: string, dataDirName: string): string | undefined {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return path.join('data', dataDirName);
  if (databaseUrl === ':memory:' || databaseUrl === '') return undefined;
  return `${databaseUrl}${sqliteSuffix}`;
}
