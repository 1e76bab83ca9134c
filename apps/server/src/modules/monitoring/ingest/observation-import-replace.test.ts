import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { runImportCommand } from '../monitoring.cli';
import { storeReadings } from './ingest.service';

const HOURS = [
  '2026-11-01T02:00:00.000Z',
  '2026-11-01T03:00:00.000Z',
  '2026-11-01T04:00:00.000Z',
  '2026-11-01T05:00:00.000Z',
];
// Stored: 10/N, 11/N, 12/N at the first three hours. The file: the same 10, a new 20 and 30, and a fourth hour.
const FILE =
  'station,time,so2\nGX-A-450100-1,2026-11-01 10:00,10\nGX-A-450100-1,2026-11-01 11:00,20\nGX-A-450100-1,2026-11-01 12:00,30\nGX-A-450100-1,2026-11-01 13:00,40\n';

describe.each(testDatabases())('observation import over stored values on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  let stationId = '';
  beforeAll(async () => {
    t = await createTestApp(db);
    analyst = await t.login('analyst');
    stationId = (
      await t.deps.db.selectFrom('stations').select('id').where('code', '=', 'GX-A-450100-1').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t?.close());

  const reset = async () => {
    await t.deps.db
      .deleteFrom('observations')
      .where('station_id', '=', stationId)
      .where('parameter', '=', 'so2')
      .execute();
    await storeReadings(
      t.deps.db,
      t.clock,
      [10, 11, 12].map((v, i) => ({
        stationId,
        parameter: 'so2',
        period: '1h' as const,
        periodStart: HOURS[i]!,
        value: v,
        valueText: String(v),
        flag: 'N',
      })),
      'http',
    );
  };
  const stored = async () =>
    (
      await t.deps.db
        .selectFrom('observations')
        .select(['period_start', 'value'])
        .where('station_id', '=', stationId)
        .where('parameter', '=', 'so2')
        .where('period', '=', '1h')
        .orderBy('period_start')
        .execute()
    ).map((o) => o.value);
  const audits = async () =>
    await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'after_json'])
      .where('action', '=', 'observation.import')
      .orderBy('seq')
      .execute();
  const upload = async (query: string) => {
    const { body, headers } = multipartFile('manual-2026-11.csv', FILE, 'text/csv');
    const res = await analyst.request(
      'POST',
      `/api/v1/observations/import?period=1h&mode=valid-rows&${query}`,
      body,
      headers,
    );
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('lists values that differ in the dry run and keeps them unless replace is asked for, auditing each import once', async () => {
    await reset();
    const before = (await audits()).length;
    const dry = await upload('dryRun=true');
    expect(dry).toMatchObject({ applied: 0, differing: { count: 2, replace: false } });
    expect(dry.differing.items).toEqual([
      {
        row: 3,
        station: 'GX-A-450100-1',
        parameter: 'so2',
        periodStart: HOURS[1],
        old: { value: 11, flag: 'N' },
        new: { value: 20, flag: null },
      },
      {
        row: 4,
        station: 'GX-A-450100-1',
        parameter: 'so2',
        periodStart: HOURS[2],
        old: { value: 12, flag: 'N' },
        new: { value: 30, flag: null },
      },
    ]);
    expect(await audits()).toHaveLength(before); // a dry run writes nothing, not even an audit entry

    const kept = await upload('dryRun=false');
    expect(kept).toMatchObject({ applied: 4, differing: { count: 2, replace: false } });
    expect(await stored()).toEqual([10, 11, 12, 40]);
    const [keptAudit] = (await audits()).slice(before);
    expect(keptAudit).toMatchObject({ actor_name: 'analyst' });
    expect(JSON.parse(keptAudit!.after_json!)).toMatchObject({
      file: 'manual-2026-11.csv',
      total: 4,
      applied: 4,
      values: 2,
      replaced: 0,
      skipped: 2,
    });

    expect(await upload('dryRun=true&replace=true')).toMatchObject({ differing: { count: 2, replace: true } });
    expect(await upload('dryRun=false&replace=true')).toMatchObject({
      applied: 4,
      differing: { count: 2, replace: true },
    });
    expect(await stored()).toEqual([10, 20, 30, 40]);
    const after = (await audits()).slice(before);
    expect(after).toHaveLength(2);
    expect(JSON.parse(after[1]!.after_json!)).toMatchObject({
      file: 'manual-2026-11.csv',
      values: 4,
      replaced: 2,
      skipped: 0,
    });
  });

  it('ecocloud import observations --replace does the same from the command line', async () => {
    await reset();
    const dir = await mkdtemp(path.join(tmpdir(), 'obs-import-'));
    try {
      const file = path.join(dir, 'legacy.csv');
      await writeFile(file, FILE);
      let out = '';
      const stdout = new PassThrough();
      stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
      });
      expect(
        await runImportCommand(t.deps, ['observations', file, '--dry-run'], { stdout, stderr: new PassThrough() }),
      ).toBe(0);
      expect(out).toContain('2 stored values differ from the file: will keep them (pass --replace to overwrite)');
      expect(out).toContain('row 3 GX-A-450100-1 so2 2026-11-01T03:00:00.000Z: 11/N → 20');
      expect(await runImportCommand(t.deps, ['observations', file], { stdout, stderr: new PassThrough() })).toBe(0);
      expect(await stored()).toEqual([10, 11, 12, 40]);
      expect(
        await runImportCommand(t.deps, ['observations', file, '--replace'], { stdout, stderr: new PassThrough() }),
      ).toBe(0);
      expect(await stored()).toEqual([10, 20, 30, 40]);
      const last = (await audits()).at(-1)!;
      expect(last.actor_name).toBe('system');
      expect(JSON.parse(last.after_json!)).toMatchObject({ file: 'legacy.csv', replaced: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
