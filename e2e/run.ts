/**
 * The browser end-to-end run (`npm run test:e2e`): builds the web app if needed, starts the
 * server on a free port with a fresh SQLite file and random passwords, drives Debian's
 * Chromium through every e2e/journeys/*.journey.ts, and prints "N passed, N failed".
 * No browser is ever downloaded: without Chromium the run is skipped (exit 0).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { cjkFontEnv } from './lib/cjk-fonts';
import { findFreePort, startServer, waitForHealth, type ServerHandle } from './lib/server';
import type { Journey } from './lib/types';

const repoRoot = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(import.meta.dirname, 'test-results');
const JOURNEY_TIMEOUT_MS = 90_000;
/** Extra runs of a failed journey (E2E_RETRIES, default 1; 0 in a loop hunting a flaky step). */
const RETRIES = Math.max(0, Number(process.env.E2E_RETRIES ?? 1) || 0);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A password the server's policy accepts (≥ 10 chars, letters and digits), new on every run. */
function randomPassword(): string {
  return `E2e${randomBytes(12).toString('hex')}9`;
}

/** The newest modification time under `dir` (files only), in ms. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the web app when dist is missing, or older than its sources (a stale build tests old code). */
function ensureWebBuild(): void {
  const webRoot = path.join(repoRoot, 'apps/web');
  const built = path.join(webRoot, 'dist/index.html');
  if (existsSync(built)) {
    const sources = Math.max(
      newestMtime(path.join(webRoot, 'src')),
      statSync(path.join(webRoot, 'index.html')).mtimeMs,
    );
    if (statSync(built).mtimeMs >= sources) return;
  }
  console.log('building the web app (apps/web/dist is missing or older than apps/web/src) …');
  const result = spawnSync('npx', ['vite', 'build', 'apps/web'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}

async function loadJourneys(): Promise<Journey[]> {
  const dir = path.join(import.meta.dirname, 'journeys');
  // E2E_ONLY=10,12-division runs only the journeys whose file names start with one of those numbers
  // (followed by '-': 1 is journey 1, not 10–14) or contain one of those texts (a quicker loop).
  const only = process.env.E2E_ONLY?.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const files = (await readdir(dir))
    .filter(
      (f) =>
        f.endsWith('.journey.ts') &&
        (!only || only.some((p) => (/^\d+$/.test(p) ? f.startsWith(`${p}-`) : f.includes(p)))),
    )
    .sort();
  const journeys: Journey[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Partial<Journey>;
    if (typeof mod.name !== 'string' || typeof mod.run !== 'function')
      throw new Error(`${file} must export name and run`);
    journeys.push({
      name: mod.name,
      run: mod.run,
      ...(typeof mod.timeoutMs === 'number' ? { timeoutMs: mod.timeoutMs } : {}),
    });
  }
  return journeys;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'journey'
  );
}

/** Runs one journey in its own browser context (own cookies and storage); screenshots a failure. */
async function runJourney(
  browser: Browser,
  journey: Journey,
  index: number,
  creds: { baseUrl: string; adminPassword: string; demoPassword: string },
): Promise<string | null> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await withTimeout(journey.run({ page, ...creds }), journey.timeoutMs ?? JOURNEY_TIMEOUT_MS);
    return null;
  } catch (error) {
    await mkdir(resultsDir, { recursive: true });
    const shot = path.join(resultsDir, `${index + 1}-${slug(journey.name)}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    return `${message.split('\n')[0]} (screenshot: ${path.relative(repoRoot, shot)})`;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.log(`SKIP e2e: chromium not found at ${chromiumPath}`);
    console.log('0 passed, 0 failed');
    return 0;
  }

  ensureWebBuild();
  const journeys = await loadJourneys();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-e2e-'));
  const port = await findFreePort();
  const adminPassword = randomPassword();
  const demoPassword = randomPassword();
  let server: ServerHandle | undefined;
  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let passed = 0;
  let failed = 0;
  try {
    server = startServer({
      repoRoot,
      workDir,
      port,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: path.join(workDir, 'e2e.db'),
        ECOCLOUD_DEMO: '1',
        ECOCLOUD_ADMIN_PASSWORD: adminPassword,
        ECOCLOUD_DEMO_PASSWORD: demoPassword,
        ECOCLOUD_HJ212_PORT: '0',
        // Four months of history: enough for last month's ranking and trends, and a quick start.
        ECOCLOUD_DEMO_HISTORY_DAYS: '120',
        LOG_LEVEL: 'warn',
      },
    });
    await waitForHealth(server, 120_000);
    const fontEnv = await cjkFontEnv(repoRoot, workDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, ...fontEnv } as Record<string, string>,
    });

    const creds = { baseUrl: server.baseUrl, adminPassword, demoPassword };
    for (const [index, journey] of journeys.entries()) {
      let failure = await runJourney(browser, journey, index, creds);
      // One more run in a fresh context, the first failure printed: a loaded CI machine loses a click now
      // and then, and a lost stop costs more than a second run. A journey that fails twice fails.
      for (let retry = 0; failure !== null && retry < RETRIES; retry++) {
        console.log(`RETRY ${journey.name}: ${failure}`);
        failure = await runJourney(browser, journey, index, creds);
      }
      if (failure === null) {
        passed += 1;
        console.log(`PASS ${journey.name}`);
      } else {
        failed += 1;
        console.log(`FAIL ${journey.name}: ${failure}`);
      }
    }
  } catch (error) {
    // The harness itself failed (build, server start, browser launch): every journey counts as failed.
    failed = journeys.length - passed || 1;
    console.log(`FAIL e2e harness: ${error instanceof Error ? error.message : String(error)}`);
    if (server) {
      const log = await readFile(server.logFile, 'utf8').catch(() => '');
      console.log(`--- server log (last 40 lines) ---\n${log.split('\n').slice(-40).join('\n')}`);
    }
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(`FAIL e2e harness: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
