import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCalcCommand } from '../../modules/calc/calc.cli';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';
import { csvText, neutraliseCsvCell } from './csv-safe';
import { writeTable } from './table-io';

const FORMULAS = [
  '=1+2',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  '=HYPERLINK("http://evil","click")',
];
const csvRows = (text: string) => parse(text.replace(/^\uFEFF/, ''), { columns: false }) as string[][];

describe('CSV cells Excel would run as formulas', () => {
  it('get a leading quote; numbers and numeric text stay numbers', () => {
    for (const f of FORMULAS) expect(neutraliseCsvCell(f)).toBe(`'${f}`);
    expect([-3.5, '-3.5', '+12', '-1e-3', '1.5', '南宁', '', null, 'a=b'].map(neutraliseCsvCell)).toEqual([
      '-3.5',
      '-3.5',
      '+12',
      '-1e-3',
      '1.5',
      '南宁',
      '',
      '',
      'a=b',
    ]);
  });

  it('are neutralised by writeTable (every CSV download) and csvText (CLI output)', async () => {
    const file = await writeTable(
      [
        { key: 'name', header: 'name' },
        { key: 'v', header: 'v' },
      ],
      FORMULAS.map((f, i) => ({ name: f, v: -i })),
      'csv',
    );
    expect(csvRows(file.toString('utf8')).slice(1)).toEqual(FORMULAS.map((f, i) => [`'${f}`, String(-i)]));
    expect(csvRows(csvText([['=x', -1]]))).toEqual([["'=x", '-1']]);
  });

  it('every CSV writer of the server goes through csv-safe (no other file imports csv-stringify)', async () => {
    const root = path.resolve(__dirname, '../..');
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (/\.ts$/.test(e.name) && !e.name.endsWith('.test.ts') && p !== path.join(__dirname, 'csv-safe.ts')) {
          if (/from 'csv-stringify/.test(await readFile(p, 'utf8'))) offenders.push(path.relative(root, p));
        }
      }
    };
    await walk(root);
    expect(offenders).toEqual([]);
  });

  it('the calc CLI writes a formula-like site name as text', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    const csv = 'site,pm10_24h\n"=HYPERLINK(""http://evil"")",50\n';
    expect(
      await runCalcCommand(['aqi', '--mode', 'daily', '-'], {
        stdin: Readable.from([Buffer.from(csv)]),
        stdout,
        stderr: new PassThrough(),
      }),
    ).toBe(0);
    expect(csvRows(out)[1]![0]).toBe('\'=HYPERLINK("http://evil")');
  });
});

describe.each(testDatabases())('CSV exports on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('the station register and the calc API answer formula-like names as text, negative numbers as numbers', async () => {
    const admin = await t.login('admin');
    const created = await admin.request('POST', '/api/v1/stations', {
      code: 'GX-CSV-1',
      name: '=HYPERLINK("http://evil","点击")',
      kind: 'air_micro',
      regionCode: '450100',
      lon: -3.5,
      lat: 22.8,
    });
    expect(created.statusCode).toBe(201);
    const res = await admin.request('GET', '/api/v1/stations/export?format=csv');
    const [header, ...rows] = csvRows(res.body);
    const row = rows.find((r) => r[header!.indexOf('code')] === 'GX-CSV-1')!;
    expect(row[header!.indexOf('name')]).toBe('\'=HYPERLINK("http://evil","点击")');
    expect(row[header!.indexOf('lon')]).toBe('-3.5');
    const calc = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calc/aqi?mode=daily',
      payload: 'site,pm10_24h\n@SUM(A1),50\n',
      headers: { 'content-type': 'text/csv', accept: 'text/csv' },
    });
    expect(csvRows(calc.body)[1]![0]).toBe("'@SUM(A1)");
  });
});
