import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** A port the OS says is free right now (bound to port 0, then released). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type ServerHandle = { child: ChildProcess; baseUrl: string; logFile: string; stop: () => Promise<void> };

/**
 * Starts `npx tsx apps/server/src/cli.ts serve` in its own process group (detached), so
 * stopping it reaches npx, tsx and node alike without touching anything we did not start.
 */
export function startServer(opts: {
  repoRoot: string;
  workDir: string;
  port: number;
  env: Record<string, string>;
}): ServerHandle {
  const logFile = path.join(opts.workDir, 'server.log');
  const log = createWriteStream(logFile);
  const child = spawn('npx', ['tsx', 'apps/server/src/cli.ts', 'serve'], {
    cwd: opts.repoRoot,
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    log.end();
  };
  return { child, baseUrl: `http://127.0.0.1:${opts.port}`, logFile, stop };
}

/**
 * A server on an empty SQLite database in `workDir` with the demo off (a department's own first day):
 * the admin with `adminPassword` lands on the first-run set-up page; no HJ 212 port, no simulator.
 */
export function startEmptyServer(opts: {
  repoRoot: string;
  workDir: string;
  port: number;
  adminPassword: string;
  database: string;
}): ServerHandle {
  return startServer({
    repoRoot: opts.repoRoot,
    workDir: opts.workDir,
    port: opts.port,
    env: {
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATABASE_URL: path.join(opts.workDir, opts.database),
      ECOCLOUD_DEMO: '0',
      ECOCLOUD_ADMIN_PASSWORD: opts.adminPassword,
      ECOCLOUD_HJ212_PORT: '0',
      ECOCLOUD_SIMULATOR: '0',
      LOG_LEVEL: 'warn',
    },
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal); // negative pid: the whole group this child leads
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Polls GET /api/health until it answers 200, the child dies, or the deadline passes. */
export async function waitForHealth(server: ServerHandle, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`server exited with code ${server.child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (${lastError})`);
}
