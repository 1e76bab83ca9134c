import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../../bin/ecocloud.js');

async function ecocloud(args: string[], env: Record<string, string>) {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('ecocloud audit verify (the real command on a SQLite file)', () => {
  it('passes on a fresh demo database and reports the first edited entry', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-audit-'));
    const env = { DATABASE_URL: path.join(dir, 'db.sqlite'), ECOCLOUD_DEMO_PASSWORD: 'demo-Passw0rd-1', ECOCLOUD_ADMIN_PASSWORD: 'admin-Passw0rd-1', ECOCLOUD_DEMO_HISTORY_DAYS: '0' };
    expect((await ecocloud(['seed-demo'], env)).code).toBe(0);
    const ok = await ecocloud(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    const db = createDb(env.DATABASE_URL);
    const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(ok.stdout).toContain(`audit chain intact: ${n} entries verified`);
    await db.updateTable('audit_log').set({ after_json: '{"username":"forged"}' }).where('seq', '=', 4).execute();
    await db.destroy();
    const broken = await ecocloud(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at entry 4 \(altered\)/);
  }, 60_000);
});
