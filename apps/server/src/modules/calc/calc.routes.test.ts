import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';

const A1 = {
  site: 'A1',
  so2_24h: 10,
  no2_24h: 45,
  pm10_24h: 120,
  co_24h: '1.2',
  o3_1h: 180,
  o3_8h: 150,
  pm2_5_24h: 76,
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(testDatabases()[0]!, { demo: false });
});
afterAll(() => t?.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });

describe('POST /calc/aqi', () => {
  it('computes the A1 example anonymously: AQI 102 under HJ 633-2012, 115 under HJ 633-2026', async () => {
    const r2012 = await post('/calc/aqi', { standard: 'HJ633-2012', mode: 'daily', rows: [A1] });
    expect(r2012.statusCode).toBe(200);
    expect(r2012.json().rows[0]).toMatchObject({
      site: 'A1',
      so2_24h: 10,
      co_24h: '1.2',
      iaqi_pm2_5_24h: '102',
      iaqi_pm10_24h: '85',
      aqi: '102',
      level: '3',
      category: '轻度污染',
      primary_pollutants: 'PM2.5',
      exceeding_pollutants: 'PM2.5',
      standard: 'HJ633-2012',
    });
    const r2026 = await post('/calc/aqi', { standard: 'HJ633-2026', rows: [A1] });
    expect(r2026.json().rows[0]).toMatchObject({
      aqi: '115',
      primary_pollutants: 'PM2.5',
      exceeding_pollutants: '',
      standard: 'HJ633-2026',
    });
  });

  it('reads numbers exactly (CO 2.2 → 55, not the 56 of doubles), keeps absent apart from null, picks the version by date', async () => {
    const res = await post('/calc/aqi', {
      rows: [
        { co_24h: 2.2, date: '2025-06-01' },
        { pm10_24h: 40, pm2_5_24h: null, date: '2026-06-01' },
      ],
    });
    const [a, b] = res.json().rows;
    expect(a).toMatchObject({ iaqi_co_24h: '55', aqi: '55', standard: 'HJ633-2012' });
    // pm2_5 given as null is missing: 2026 publishes no AQI ≤ 100 with a pollutant missing.
    expect(b).toMatchObject({ iaqi_pm10_24h: '40', iaqi_pm2_5_24h: '', aqi: '', standard: 'HJ633-2026' });
    expect(a).not.toHaveProperty('iaqi_pm10_24h');
  });

  it('refuses a bad body with 400 VALIDATION_FAILED naming the field', async () => {
    const bad = await post('/calc/aqi', { standard: 'HJ633-2012', rows: [A1, { pm10_24h: 'abc' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(bad.json().error.message).toContain('body.rows.1.pm10_24h');
    const std = await post('/calc/aqi', { standard: 'HJ633-1999', rows: [] });
    expect(std.statusCode).toBe(400);
    expect(std.json().error.details.map((d: { path: string }) => d.path)).toContain('body.standard');
    const tooMany = await post('/calc/aqi', { rows: Array.from({ length: 10_001 }, () => ({ pm10_24h: 1 })) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('body.rows');
  });

  it('takes a CSV body and answers CSV when asked (Accept: text/csv), with the CLI columns', async () => {
    const csv = 'station,so2_1h,no2_1h,co_1h,o3_1h,pm10_1h,pm2_5_1h\n1401A,9,23,1.1,64,44,36\n';
    const res = await post('/calc/aqi?standard=HJ633-2026&mode=realtime', csv, {
      'content-type': 'text/csv',
      accept: 'text/csv',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\n')[0]).toBe(
      'station,so2_1h,no2_1h,co_1h,o3_1h,pm10_1h,pm2_5_1h,iaqi_so2_1h,iaqi_no2_1h,iaqi_co_1h,iaqi_o3_1h,iaqi_pm10_1h,iaqi_pm2_5_1h,aqi,level,category,primary_pollutants,exceeding_pollutants,standard',
    );
    expect(parse(res.body, { columns: true })[0]).toMatchObject({
      station: '1401A',
      aqi: '52',
      level: '2',
      primary_pollutants: 'PM2.5',
    });
    const badCsv = await post('/calc/aqi', 'pm10_24h\nx\n', { 'content-type': 'text/csv; charset=utf-8' });
    expect(badCsv.statusCode).toBe(400);
    expect(badCsv.json().error.message).toContain('body.rows.0.pm10_24h');
  });
});

describe('POST /calc/water-class', () => {
  it('classes a section against a target; a bad target class is a 400 on body.targetClass', async () => {
    const res = await post('/calc/water-class', {
      targetClass: 'III',
      rows: [{ section: 'x', ph: 7.2, do: 4, codmn: 7.5, nh3_n: 2.5, tp: 0.1, tn: 9 }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows[0]).toMatchObject({
      section: 'x',
      class_do: 'Ⅳ',
      class_nh3_n: '劣Ⅴ',
      water_class: '劣Ⅴ',
      status: '重度污染',
      meets_target: 'no',
      items_worse_than_target: 'do;codmn:0.25;nh3_n:1.50',
    });
    const lake = await post('/calc/water-class', { waterBody: 'lake', rows: [{ tp: 0.1 }] });
    expect(lake.json().rows[0]).toMatchObject({ class_tp: 'Ⅳ' });
    const bad = await post('/calc/water-class', { targetClass: 'VII', rows: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('body.targetClass');
  });
});

describe('POST /calc/air-evaluation', () => {
  it('evaluates hourly rows into daily station, daily city and period tables, and reports bad rows', async () => {
    const rows = Array.from({ length: 24 }, (_, h) => ({
      station: 'S1',
      city: '南宁',
      time: `2025-06-01T${String(h).padStart(2, '0')}:00:00+08:00`,
      so2: 8,
      no2: 20,
      co: 0.8,
      o3: h >= 10 && h < 18 ? 138 : 40,
      pm10: 60,
      pm2_5: 38,
    }));
    const res = await post('/calc/air-evaluation', {
      rows: [...rows, { station: 'S1', city: '南宁', time: '2025-06-01 25:00' }],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.dailyStation[0]).toMatchObject({
      station: 'S1',
      date: '2025-06-01',
      so2: '8',
      co: '0.8',
      o3_8h: '138',
      pm2_5: '38',
      aqi: '82',
      primary_pollutants: 'O3',
      validity: 'valid',
      standard: 'HJ633-2012',
    });
    expect(body.dailyCity[0]).toMatchObject({ city: '南宁', stations: '1', aqi: '82' });
    expect(body.periodCity[0]).toMatchObject({
      city: '南宁',
      days_valid: '1',
      co_p95: '0.8',
      o3_8h_p90: '138',
      good_day_ratio: '100.0',
      rank: '1',
      standard: 'GB3095-2012',
    });
    expect(body.errors).toEqual([{ row: 25, reason: 'time is not ISO 8601 with an offset: 2025-06-01 25:00' }]);
    const bad = await post('/calc/air-evaluation', { rows: [{ station: 'S1', time: 'x' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('body.rows.0.city');
  });
});

describe('OpenAPI', () => {
  it('lists the three calc routes under the calc tag', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags?: string[]; summary?: string }>>;
    for (const p of ['/api/v1/calc/aqi', '/api/v1/calc/water-class', '/api/v1/calc/air-evaluation']) {
      expect(paths[p]?.post?.tags).toEqual(['calc']);
      expect(paths[p]?.post?.summary).toBeTruthy();
    }
  });
});
