import { afterEach, describe, expect, it } from 'vitest';
import { captureIo } from '../../../test/capture-io';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { runReportCommand } from '../report.cli';
import { dailyReadings, ingest, stationIdOf } from '../test/air-fixtures';

const RANKING = '/api/v1/assessment/air/ranking?period=month&date=2025-06-01';

async function reportJson(
  t: TestApp,
): Promise<{ code: number; body: { cities: { regionCode: string; daysValid: number }[] } | null; stderr: string }> {
  const c = captureIo();
  const code = await runReportCommand(
    t.deps,
    ['ranking', '--from', '2025-06-01', '--to', '2025-06-30', '--json'],
    c.io,
  );
  return { code, body: code === 0 ? JSON.parse(c.stdout()) : null, stderr: c.stderr() };
}

async function importJune(t: TestApp): Promise<void> {
  await ingest(
    t.deps,
    dailyReadings(await stationIdOf(t.deps, 'GX-A-450100-1'), '2025-06-01', 30, () => ({ pm2_5: 30 })),
  );
}

// A ranking read before any rollup exists stored an empty refresh mark; the next read then failed with
// "Invalid time value" for good. The sequence is the one of a fresh install whose dashboard opens first.
describe.each(testDatabases())('a ranking before any data does not wedge later rankings on $name', (db) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('HTTP: fresh database → ranking → import → ranking', async () => {
    t = await createTestApp(db);
    const analyst = await t.login('analyst');
    const first = await analyst.request('GET', RANKING);
    expect(first.statusCode).toBe(200);
    expect(first.json().cities.every((c: { daysValid: number }) => c.daysValid === 0)).toBe(true);
    await importJune(t);
    const second = await analyst.request('GET', RANKING);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().cities.find((c: { regionCode: string }) => c.regionCode === '450100').daysValid).toBe(30);
  });

  it('CLI: fresh database → report ranking → import → report ranking', async () => {
    t = await createTestApp(db);
    expect((await reportJson(t)).code).toBe(0);
    await importJune(t);
    const second = await reportJson(t);
    expect(second.stderr).not.toContain('Invalid time value');
    expect(second.body?.cities.find((c) => c.regionCode === '450100')?.daysValid).toBe(30);
  });
});
