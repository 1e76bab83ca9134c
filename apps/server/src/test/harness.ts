import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import type { AppDeps } from '../app-deps';
import { loadConfig } from '../config';
import { createDb, isPostgresUrl } from '../db/database';
import { MODULES } from '../modules';
import { prepareDatabase } from '../platform/bootstrap';
import type { Clock } from '../platform/clock';
import { ServiceHealth } from '../platform/health/service-health';
import { seedDemo } from '../platform/demo/seed-demo';
import { useMetricsOf } from '../platform/metrics/metric-registry';
import { useSupervisionOf } from '../platform/supervision/supervision-registry';

export type TestDb = { name: 'sqlite' | 'postgres'; url: string };

/** SQLite always; PostgreSQL too when DATABASE_URL points at one (CI sets it). */
export function testDatabases(): TestDb[] {
  const dbs: TestDb[] = [{ name: 'sqlite', url: ':memory:' }];
  const url = process.env.DATABASE_URL;
  if (url && isPostgresUrl(url)) dbs.push({ name: 'postgres', url });
  else if (!testDatabases.warned) {
    testDatabases.warned = true;
    console.warn('SKIP postgres pass: DATABASE_URL is not a postgres:// URL');
  }
  return dbs;
}
testDatabases.warned = false;

/** Each PostgreSQL test app gets its own schema, so files can run in parallel on one database. */
export async function isolatedUrl(db: TestDb): Promise<{ url: string; drop: () => Promise<void> }> {
  if (db.name === 'sqlite') return { url: db.url, drop: async () => {} };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const u = new URL(db.url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

function fakeClock(start = '2026-11-28T02:00:00Z'): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (iso) => {
      t = new Date(iso).getTime();
    },
  };
}

export const DEMO_PASSWORD = 'demo-Passw0rd-1';
export const ADMIN_PASSWORD = 'admin-Passw0rd-1';

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ReturnType<typeof fakeClock>;
  login(username: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
};

/** A logged-in caller: sends the session cookie and the CSRF header. */
export type Agent = {
  csrfToken: string;
  cookie: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
};

/** One audit key for every test app in the process (appendAudit signs with the process's key); no heads file. */
const TEST_AUDIT_ANCHOR = {
  ECOCLOUD_AUDIT_KEY: 'ecocloud-test-audit-key-0123456789abcdef',
  ECOCLOUD_AUDIT_HEADS_FILE: '',
};

export async function createTestApp(
  db: TestDb,
  opts: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const { url, drop } = await isolatedUrl(db);
  const config = loadConfig({
    DATABASE_URL: url,
    ...TEST_AUDIT_ANCHOR,
    ECOCLOUD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ECOCLOUD_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'silent',
    ECOCLOUD_LOGIN_RATE_LIMIT: '10000',
    ECOCLOUD_PUBLIC_RATE_LIMIT: '10000',
    ECOCLOUD_DEMO_HISTORY_DAYS: '0',
    ...opts.env,
  });
  const clock = fakeClock();
  const deps: AppDeps = { db: createDb(url), config, clock, health: new ServiceHealth() };
  await prepareDatabase(deps);
  useMetricsOf(MODULES);
  useSupervisionOf(MODULES);
  if (opts.demo !== false) await seedDemo(deps, MODULES);
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  await app.ready();
  const login = async (
    username: string,
    password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD,
  ): Promise<Agent> => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    return {
      csrfToken,
      cookie,
      request: (method, url, body, headers = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    };
  };
  return {
    app,
    deps,
    clock,
    login,
    close: async () => {
      await app.close();
      await deps.db.destroy();
      await drop();
    },
  };
}

/** Looks up an organisation id by region code and kind (the demo tree is keyed by codes). */
export async function orgIdOf(deps: AppDeps, regionCode: string, kind = 'city'): Promise<string> {
  const row = await deps.db
    .selectFrom('orgs')
    .select('id')
    .where('region_code', '=', regionCode)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A multipart/form-data body with one file in the field `file`, as the upload routes expect. */
export function multipartFile(filename: string, content: Buffer | string, contentType = 'application/octet-stream') {
  const boundary = '----ecocloud-test-upload';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
