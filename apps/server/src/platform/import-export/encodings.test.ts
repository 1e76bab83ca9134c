import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@ecocloud/contracts';
import { createTestApp, multipartFile, testDatabases, type TestApp } from '../../test/harness';
import { instantOf } from './import-runner';
import { readTable } from './table-io';

const CSV = 'code,name,region_code\nGX-W-1,邕江断面（南宁）,南宁市\n';
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: unknown) => (err instanceof AppError ? err.code : 'uncoded'),
  );

describe('CSV as people save it', () => {
  it("reads UTF-8 with and without BOM, and GB18030/GBK (Excel's CSV on a Chinese system) alike", async () => {
    const expected = {
      header: ['code', 'name', 'region_code'],
      rows: [{ code: 'GX-W-1', name: '邕江断面（南宁）', region_code: '南宁市' }],
    };
    expect(await readTable(Buffer.from(CSV), 'csv')).toEqual(expected);
    expect(await readTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)]), 'csv')).toEqual(
      expected,
    );
    expect(await readTable(iconv.encode(CSV, 'gb18030'), 'csv')).toEqual(expected);
    expect(await readTable(iconv.encode(CSV, 'gbk'), 'csv')).toEqual(expected);
  });

  it('refuses UTF-16 and bytes no supported encoding reads, naming the encoding', async () => {
    expect(
      await codeOf(readTable(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]), 'csv')),
    ).toBe('IMPORT_FILE_ENCODING');
    expect(await codeOf(readTable(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x81, 0x20, 0x2c, 0x63, 0x0a]), 'csv'))).toBe(
      'IMPORT_FILE_ENCODING',
    );
    await readTable(Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'csv').catch((err: AppError) =>
      expect(err.message).toContain('UTF-16'),
    );
  });
});

describe('XLSX cells as users mean them', () => {
  it('reads a date cell as Beijing wall time, formula noise away, numbers stored as text as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('data');
    sheet.addRow(['station', 'time', 'so2', 'no2']);
    // Excel keeps 2026-03-01 10:00 without a zone; exceljs hands it over as that wall time in UTC.
    const row = sheet.addRow(['GX-A-450100-1', new Date(Date.UTC(2026, 2, 1, 10, 0, 0)), 0.1 + 0.2, '12.5']);
    row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    const table = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(table.rows).toEqual([
      { station: 'GX-A-450100-1', time: '2026-03-01T10:00:00+08:00', so2: '0.3', no2: '12.5' },
    ]);
  });

  it('takes times as Excel writes them into CSV, in Beijing time', () => {
    expect(instantOf('2026/3/1 10:00')).toBe('2026-03-01T02:00:00.000Z');
    expect(instantOf('2026-03-01 10:00:30')).toBe('2026-03-01T02:00:30.000Z');
    expect(instantOf('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(instantOf('2026-03-01T10:00:00+08:00')).toBe('2026-03-01T02:00:00.000Z');
    expect(instantOf('2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
    expect(instantOf('2026-03-01T10:00')).toBe('2026-03-01T02:00:00.000Z');
    expect([
      instantOf('2026-02-30 10:00'),
      instantOf('2026/3/1 24:00'),
      instantOf('yesterday'),
      instantOf('2026-03-01T10:00+8'),
    ]).toEqual([null, null, null, null]);
  });
});

describe.each(testDatabases())('Chinese spreadsheets imported on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('a GB18030 station file and an Excel-written observation file land as meant', async () => {
    const admin = await t.login('admin');
    const stations = multipartFile(
      'stations.csv',
      iconv.encode('code,name,kind,region_code\nGB-W-1,邕江断面,河流断面,南宁市\n', 'gb18030'),
      'text/csv',
    );
    const report = (
      await admin.request('POST', '/api/v1/stations/import?dryRun=false', stations.body, stations.headers)
    ).json();
    expect(report).toMatchObject({ applied: 1, errors: [] });
    expect((await admin.request('GET', '/api/v1/stations/GB-W-1')).json()).toMatchObject({
      name: '邕江断面',
      kind: 'water_river',
      regionCode: '450100',
    });

    const obs = multipartFile(
      'obs.csv',
      iconv.encode('station,time,codmn\nGB-W-1,2026/11/1 10:00,3.5\n', 'gb18030'),
      'text/csv',
    );
    expect(
      (await admin.request('POST', '/api/v1/observations/import?dryRun=false&period=1h', obs.body, obs.headers)).json(),
    ).toMatchObject({ applied: 1, errors: [] });
    const stored = await t.deps.db
      .selectFrom('observations')
      .innerJoin('stations', 'stations.id', 'observations.station_id')
      .select(['period_start', 'value'])
      .where('stations.code', '=', 'GB-W-1')
      .execute();
    expect(stored).toEqual([{ period_start: '2026-11-01T02:00:00.000Z', value: 3.5 }]);
  });
});
