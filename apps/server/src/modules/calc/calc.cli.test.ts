import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCalcCommand } from './calc.cli';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  stderr.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  const code = await runCalcCommand(argv, { stdin: Readable.from([Buffer.from(stdin, 'utf8')]), stdout, stderr });
  return { code, out, err };
}

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { columns: true }) as Record<string, string>[];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'calc-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ecocloud calc aqi', () => {
  it('adds sub-indices, AQI, level, category, primary and exceeding pollutants (A1, 2012 daily)', async () => {
    const csv = 'site,so2_24h,no2_24h,pm10_24h,co_24h,o3_1h,o3_8h,pm2_5_24h\nA1,10,45,120,1.2,180,150,76\n';
    const { code, out } = await run(['aqi', '--standard', 'HJ633-2012', '--mode', 'daily', '-'], csv);
    expect(code).toBe(0);
    const [r] = rowsOf(out);
    expect(r).toMatchObject({
      site: 'A1',
      iaqi_pm10_24h: '85',
      iaqi_o3_1h: '75',
      iaqi_pm2_5_24h: '102',
      aqi: '102',
      level: '3',
      category: '轻度污染',
      primary_pollutants: 'PM2.5',
      exceeding_pollutants: 'PM2.5',
    });
  });
  it('2026 daily drops O3 1 h from the AQI; published mode uses the six 1-h columns', async () => {
    const d = await run(['aqi', '--standard=HJ633-2026', '--mode=daily'], 'o3_1h,o3_8h,pm10_24h\n1000,100,50\n');
    expect(rowsOf(d.out)[0]).toMatchObject({ aqi: '50', primary_pollutants: '' });
    const p = await run(
      ['aqi', '--standard', 'HJ633-2012', '--mode', 'published'],
      'so2_1h,no2_1h,co_1h,o3_1h,pm10_1h,pm2_5_1h,pm10_24h\n10,12,1.0,73,67,42,200\n',
    );
    expect(rowsOf(p.out)[0]).toMatchObject({ aqi: '59', primary_pollutants: 'PM10;PM2.5', iaqi_pm10_24h: '125' });
  });
  it('reports a bad cell on stderr, treats it as missing, and keeps going', async () => {
    const { code, out, err } = await run(['aqi', '--standard', 'HJ633-2012'], 'pm10_24h,pm2_5_24h\nabc,10\n40,20\n');
    expect(code).toBe(0);
    expect(err).toContain('row 1: column pm10_24h');
    expect(rowsOf(out).map((r) => r.aqi)).toEqual(['', '40']);
  });
  it('reads a file and writes --output; rejects bad options', async () => {
    const inFile = path.join(dir, 'in.csv');
    const outFile = path.join(dir, 'out.csv');
    await writeFile(inFile, '\uFEFFco_24h\n2.2\n', 'utf8');
    expect((await run(['aqi', '--standard', 'HJ633-2012', '--output', outFile, inFile])).code).toBe(0);
    expect(rowsOf(await readFile(outFile, 'utf8'))[0]).toMatchObject({ co_24h: '2.2', iaqi_co_24h: '55', aqi: '55' });
    expect((await run(['aqi', '--mode', 'hourly'])).code).toBe(2);
    expect((await run(['aqi', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['aqi', path.join(dir, 'missing.csv')])).code).toBe(1);
    expect((await run(['nope'])).code).toBe(2);
  });
});

describe('ecocloud calc water-class', () => {
  it('classes per item, overall class, items worse than the target with multiples', async () => {
    const csv = 'section,ph,do,codmn,nh3_n,tp,tn\nx,7.2,4,7.5,2.5,0.1,9\ny,8,9.5,3.2,0.59,0.11,2.56\n';
    const { code, out } = await run(['water-class', '--target-class', 'III'], csv);
    expect(code).toBe(0);
    const [x, y] = rowsOf(out);
    expect(x).toMatchObject({
      class_do: 'Ⅳ',
      class_nh3_n: '劣Ⅴ',
      class_tn: '劣Ⅴ',
      water_class: '劣Ⅴ',
      status: '重度污染',
      meets_target: 'no',
      items_worse_than_target: 'do;codmn:0.25;nh3_n:1.50',
    });
    expect(y).toMatchObject({ water_class: 'Ⅲ', meets_target: 'yes', items_worse_than_target: '' });
    const lake = await run(['water-class', '--water-body', 'lake'], 'tp\n0.03\n');
    expect(rowsOf(lake.out)[0]).toMatchObject({ class_tp: 'Ⅲ', water_class: 'Ⅲ' });
    expect((await run(['water-class', '--target-class', '劣V'], 'tp\n1\n')).code).toBe(2);
  });
});

/** 24 hourly rows of one station for 2024-01-01 (UTC+8), hours labelled by their start. */
function stationDay(station: string, city: string, v: Record<string, number>, hours = 24): string[] {
  return Array.from({ length: hours }, (_, h) => {
    const time = `2024-01-01T${String(h).padStart(2, '0')}:00:00+08:00`;
    return [station, city, time, v.so2, v.no2, v.co, v.o3, v.pm10, v.pm2_5].join(',');
  });
}

describe('ecocloud calc air-evaluation', () => {
  it('writes daily station, daily city and period city files; bad rows go to stderr', async () => {
    const header = 'station,city,time,so2,no2,co,o3,pm10,pm2_5';
    const lines = [
      header,
      ...stationDay('S1', 'C1', { so2: 10, no2: 40, co: 1.0, o3: 100, pm10: 50, pm2_5: 30 }),
      ...stationDay('S2', 'C1', { so2: 20, no2: 40, co: 1.1, o3: 100, pm10: 70, pm2_5: 40 }),
      ...stationDay('S3', 'C2', { so2: 5, no2: 10, co: 0.5, o3: 60, pm10: 30, pm2_5: 10 }, 19),
      'S4,C2,2024-01-01 08:00,1,1,1,1,1,1',
      'S1,C1,2024-01-01T05:00:00+08:00,1,1,1,1,1,1',
      'S5,C2,2023-12-31T16:00:00Z,x,1,1,1,1,1',
    ];
    const input = path.join(dir, 'hourly.csv');
    await writeFile(input, `${lines.join('\n')}\n`, 'utf8');
    const outDir = path.join(dir, 'eval');
    const { code, err } = await run(['air-evaluation', '--output-dir', outDir, '--standard', 'HJ633-2012', input]);
    expect(code).toBe(0);
    expect(err).toMatch(/row 68: time is not ISO 8601/);
    expect(err).toMatch(/row 69: duplicate hour for station S1/);
    expect(err).toMatch(/row 70: column so2/);
    const st = rowsOf(await readFile(path.join(outDir, 'daily_station.csv'), 'utf8'));
    expect(st.find((r) => r.station === 'S1')).toMatchObject({
      date: '2024-01-01',
      so2: '10',
      co: '1.0',
      o3_8h: '100',
      aqi: '50',
      validity: 'valid',
    });
    // 19 hours: every 24-h mean is invalid, but 14 O3 windows (ending 8:00…21:00) still have ≥ 6 hours.
    expect(st.find((r) => r.station === 'S3')).toMatchObject({
      so2: '',
      o3_8h: '60',
      aqi: '',
      validity: 'invalid:so2;no2;co;pm10;pm2_5;o3_1h',
    });
    // S5's one hour (UTC 16:00 = 00:00 UTC+8) lands on 2024-01-01.
    expect(st.find((r) => r.station === 'S5')?.date).toBe('2024-01-01');
    const city = rowsOf(await readFile(path.join(outDir, 'daily_city.csv'), 'utf8'));
    // Mean of 1.0 and 1.1 is 1.05 → 1.0 (half to even); PM10 60 → IAQI 55, primary PM10.
    expect(city.find((r) => r.city === 'C1')).toMatchObject({
      stations: '2',
      so2: '15',
      co: '1.0',
      pm10: '60',
      pm2_5: '35',
      aqi: '55',
      level: '2',
      primary_pollutants: 'PM10',
    });
    const period = rowsOf(await readFile(path.join(outDir, 'period_city.csv'), 'utf8'));
    const c1 = period.find((r) => r.city === 'C1');
    // 15/60 + 40/40 + 60/70 + 35/35 + 1.0/4 + 100/160 = 3.982… → 3.98; main pollutants NO2 and PM2.5.
    expect(c1).toMatchObject({
      days_valid: '1',
      co_p95: '1.0',
      o3_8h_p90: '100',
      good_day_ratio: '100.0',
      composite_index: '3.98',
      main_pollutant: 'NO2;PM2.5',
      rank: '1',
      standard: 'GB3095-2012',
    });
    expect(period.find((r) => r.city === 'C2')).toMatchObject({ days_valid: '0', composite_index: '', rank: '' });
  });
  it('--time-label end moves an hour labelled 00:00 to the previous day', async () => {
    const outDir = path.join(dir, 'eval-end');
    const csv = 'station,city,time,so2,no2,co,o3,pm10,pm2_5\nS,C,2024-01-02T00:00:00+08:00,1,1,1,1,1,1\n';
    expect((await run(['air-evaluation', '--output-dir', outDir, '--time-label', 'end'], csv)).code).toBe(0);
    expect(rowsOf(await readFile(path.join(outDir, 'daily_station.csv'), 'utf8'))[0]?.date).toBe('2024-01-01');
    expect((await run(['air-evaluation'], csv)).code).toBe(2);
  });
});
