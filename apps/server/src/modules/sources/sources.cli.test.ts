import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';
import { isolatedUrl, testDatabases, type TestDb } from '../../test/harness';
import { corrupted, importCsv, importRow, usccOf } from './test/sources-fixtures';

/** The real `ecocloud` command, its stdout into a pipe read slowly (as `| jq` would). */
const ecocloud = (args: string[], env: Record<string, string>) => runEcocloud(args, { env });

async function freshDatabase(db: TestDb, dir: string) {
  return db.name === 'sqlite' ? { url: path.join(dir, 'sources.db'), drop: async () => {} } : isolatedUrl(db);
}

describe.each(testDatabases())('ecocloud sources import on an empty database ($name)', (db) => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('applies nothing of a file with corrupted codes and names each bad row; then imports the good file once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-sources-'));
    dirs.push(dir);
    const database = await freshDatabase(db, dir);
    try {
      const env = { DATABASE_URL: database.url, ECOCLOUD_DEMO: '0', LOG_LEVEL: 'silent' };
      expect((await ecocloud(['migrate'], env)).code).toBe(0);
      const init = await ecocloud(['init', '--province', '450000'], env);
      expect(init.code, init.stderr).toBe(0);

      const good = [usccOf('450100', 9001), usccOf('450300', 9002)];
      const bad = [corrupted(usccOf('450100', 9003)), corrupted(usccOf('450200', 9004))];
      const mixed = path.join(dir, 'mixed.csv');
      fs.writeFileSync(mixed, importCsv([...good, ...bad.map((b) => b.code)].map((u) => importRow(u))));
      const refused = await ecocloud(['sources', 'import', mixed, '--json'], env);
      expect(refused.code).not.toBe(0);
      const report = JSON.parse(refused.stdout);
      expect(report).toMatchObject({ dryRun: false, mode: 'all-or-nothing', total: 4, valid: 2, applied: 0 });
      expect(report.errors).toEqual([
        expect.objectContaining({ row: 4, code: 'USCC_CHECK_DIGIT', params: { expected: bad[0]!.expected } }),
        expect.objectContaining({ row: 5, code: 'USCC_CHECK_DIGIT', params: { expected: bad[1]!.expected } }),
      ]);

      const clean = path.join(dir, 'clean.csv');
      fs.writeFileSync(clean, importCsv(good.map((u) => importRow(u))));
      const dry = await ecocloud(['sources', 'import', clean, '--dry-run', '--json'], env);
      expect([dry.code, JSON.parse(dry.stdout).applied], dry.stderr).toEqual([0, 0]);
      const applied = await ecocloud(['sources', 'import', clean, '--json'], env);
      expect([applied.code, JSON.parse(applied.stdout)], applied.stderr).toEqual([
        0,
        expect.objectContaining({ applied: 2, errors: [] }),
      ]);
      // For people: counts on the first line, and the refused rows with their codes.
      const text = await ecocloud(['sources', 'import', mixed, '--mode', 'valid-rows'], env);
      expect(text.code).toBe(1);
      expect(text.stdout).toContain('4 rows, 2 valid, 2 applied (valid-rows)');
      expect(text.stdout).toContain(`row 4 uscc: USCC_CHECK_DIGIT`);
      expect((await ecocloud(['sources', 'import'], env)).code).toBe(2);
      expect((await ecocloud(['sources', 'import', clean, '--mode', 'some'], env)).code).toBe(2);
    } finally {
      await database.drop();
    }
  }, 180_000);
});
