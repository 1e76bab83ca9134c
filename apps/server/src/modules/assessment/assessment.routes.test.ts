import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp, multipartFile } from '../../test/harness';
import { seedKnownJune } from './test/air-fixtures';

async function firstSheet(data: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const RANKING = '/api/v1/assessment/air/ranking?period=month&date=2025-06-01';

describe.each(testDatabases())('assessment API on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedKnownJune(t.deps);
    analyst = await t.login('analyst');
  });
  afterAll(() => t?.close());

  it('refuses anonymous (401) and callers without assessment:read (403), and bad periods (400)', async () => {
    expect((await t.app.inject({ method: 'GET', url: RANKING })).statusCode).toBe(401);
    const enterprise = await t.login('enterprise_demo');
    const forbidden = await enterprise.request('GET', RANKING);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    const bad = await analyst.request('GET', '/api/v1/assessment/air/ranking?period=custom&from=2025-06-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await analyst.request('GET', '/api/v1/assessment/air/ranking?period=fortnight')).statusCode).toBe(400);
    const leader = await t.login('leader');
    expect(
      (
        await leader.request('POST', '/api/v1/assessment/targets', {
          year: 2026,
          regionCode: '450100',
          indicator: 'air.pm25_annual_mean',
          targetValue: 30,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('returns the month ranking with ties, the period and the standards used', async () => {
    const res = await analyst.request('GET', RANKING);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ kind: 'month', from: '2025-06-01', to: '2025-06-30', label: '2025-06' });
    expect(body.limitsStandard).toBe('GB3095-2012');
    expect(body.cities.slice(0, 3).map((c: { rank: number }) => c.rank)).toEqual([1, 1, 3]);
  });

  it('ends year to date on the last complete day in Beijing time', async () => {
    const started = t.clock.now().toISOString();
    try {
      t.clock.set('2026-12-05T13:06:00Z'); // 21:06 in Beijing: 5 December has not ended
      const a = await t.login('analyst');
      const res = await a.request('GET', '/api/v1/assessment/air/ranking?period=ytd');
      expect(res.json().period).toMatchObject({ kind: 'ytd', from: '2026-01-01', to: '2026-12-04' });
      expect(
        (await a.request('GET', '/api/v1/assessment/air/ranking?period=ytd&date=2026-12-05')).json().period.to,
      ).toBe('2026-12-04');
      t.clock.set('2026-12-05T16:30:00Z'); // 00:30 on 6 December in Beijing
      expect((await a.request('GET', '/api/v1/assessment/air/ranking?period=ytd')).json().period.to).toBe('2026-12-05');
    } finally {
      t.clock.set(started);
    }
  });

  it("limits city detail to the caller's scope; rankings stay province-wide", async () => {
    const officer = await t.login('nanning_officer');
    const own = await officer.request('GET', '/api/v1/assessment/air/cities/450100?period=month&date=2025-06-01');
    expect(own.statusCode).toBe(200);
    expect(own.json().city.rank).toBe(1);
    expect(own.json().days).toHaveLength(30);
    expect(own.json().days.find((d: { date: string }) => d.date === '2025-06-15').pm2_5).toBe(30);
    expect(
      (await officer.request('GET', '/api/v1/assessment/air/cities/450300?period=month&date=2025-06-01')).statusCode,
    ).toBe(404);
    expect((await officer.request('GET', RANKING)).json().cities).toHaveLength(14);
    expect(
      (
        await officer.request(
          'GET',
          '/api/v1/assessment/air/stations/GX-A-450300-1/daily?from=2025-06-01&to=2025-06-30',
        )
      ).statusCode,
    ).toBe(404);
    const station = await analyst.request(
      'GET',
      '/api/v1/assessment/air/stations/GX-A-450300-1/daily?from=2025-06-01&to=2025-06-30',
    );
    expect(station.json().days[9]).toMatchObject({ date: '2025-06-10', pm2_5: 120, level: 4 });
  });

  it('exports the ranking as XLSX and CSV stating the standards', async () => {
    const xlsx = await analyst.request('GET', '/api/v1/assessment/air/ranking/export?period=month&date=2025-06-01');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    // Read back: Chinese headers and figures stored as numbers (Excel can sum them).
    const sheet = await firstSheet(xlsx.rawPayload);
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['排名', '城市', 'PM₂.₅（µg/m³）', '优良天数比例（%）', '综合指数', '综合指数同比（%）']),
    );
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const nanning = sheet.getRow(2);
    const cell = (h: string) => nanning.getCell(header.indexOf(h) + 1);
    expect(cell('城市').value).toBe('南宁市');
    expect(cell('排名')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 1 });
    expect(cell('综合指数')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 3.26, numFmt: '0.00' });
    expect(cell('PM₂.₅（µg/m³）')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 35 });
    expect(cell('优良天数比例（%）')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 100, numFmt: '0.0' });
    expect(cell('综合指数同比（%）')).toMatchObject({ type: ExcelJS.ValueType.Number, value: -4.1 });
    const csv = await analyst.request(
      'GET',
      '/api/v1/assessment/air/ranking/export?period=month&date=2025-06-01&format=csv',
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'rank,city,region_code,days_valid,so2,no2,pm10,pm2_5,co_p95,o3_8h_p90,good_day_ratio,composite_index,main_pollutant,composite_change_pct,period,standard',
    );
    expect(lines[1]).toContain(
      '1,南宁市,450100,30,10,20,50,35,1.0,100,100.0,3.26,PM2.5,-4.1,2025-06-01..2025-06-30,GB3095-2012; HJ633-2012',
    );
  });

  it('creates, updates, imports and deletes targets with progress and audit', async () => {
    const created = await analyst.request('POST', '/api/v1/assessment/targets', {
      year: 2027,
      regionCode: '450200',
      indicator: 'air.pm25_annual_mean',
      targetValue: 33,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'PM2.5年均浓度',
      unit: 'µg/m³',
      direction: 'at_most',
      targetValue: 33,
    });
    expect(
      (
        await analyst.request('POST', '/api/v1/assessment/targets', {
          year: 2027,
          regionCode: '450200',
          indicator: 'air.pm25_annual_mean',
          targetValue: 30,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await analyst.request('POST', '/api/v1/assessment/targets', {
          year: 2027,
          regionCode: '450200',
          indicator: 'custom.thing',
          targetValue: 3,
        })
      ).statusCode,
    ).toBe(400);
    const patched = await analyst.request('PATCH', `/api/v1/assessment/targets/${created.json().id}`, {
      targetValue: 31,
    });
    expect(patched.json().targetValue).toBe(31);
    const csv =
      'year,region_code,indicator,target_value,name,direction\n2027,450300,air.good_day_ratio,93,,\n2027,450300,custom.parks,12,公园数量,at_least\n2027,99,air.good_day_ratio,x,,\n';
    const dry = multipartFile('targets.csv', csv);
    const report = await analyst.request(
      'POST',
      '/api/v1/assessment/targets/import?dryRun=true&mode=valid-rows',
      dry.body,
      dry.headers,
    );
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ dryRun: true, total: 3, valid: 2, applied: 0 });
    expect(report.json().errors.map((e: { field: string }) => e.field)).toEqual(['region_code', 'target_value']);
    // Without dryRun an import only validates, as every import route does.
    expect(
      (
        await analyst.request('POST', '/api/v1/assessment/targets/import?mode=valid-rows', dry.body, dry.headers)
      ).json(),
    ).toMatchObject({ dryRun: true, applied: 0 });
    const applied = await analyst.request(
      'POST',
      '/api/v1/assessment/targets/import?dryRun=false&mode=valid-rows',
      dry.body,
      dry.headers,
    );
    expect(applied.json().applied).toBe(2);
    const list = await analyst.request('GET', '/api/v1/assessment/targets?year=2027');
    const items = list.json().items as {
      indicator: string;
      regionCode: string;
      reason: string;
      status: string | null;
    }[];
    expect(items.find((i) => i.indicator === 'custom.parks')!.reason).toBe('no_live_data');
    expect(items.find((i) => i.regionCode === '450200')!.status).toBeNull(); // no data in 2027 yet
    expect((await analyst.request('DELETE', `/api/v1/assessment/targets/${created.json().id}`)).statusCode).toBe(204);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'assessment.target.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['assessment.target.create', 'assessment.target.update', 'assessment.target.delete']),
    );
  });

  it('words a lost target by code with the best year still possible and the shortfall, never an impossible figure', async () => {
    const started = t.clock.now().toISOString();
    try {
      t.clock.set('2025-07-01T04:00:00Z'); // data through 30 June 2025: Guilin 29 good days of 30, 184 days left
      const a = await t.login('analyst');
      const created = await a.request('POST', '/api/v1/assessment/targets', {
        year: 2025,
        regionCode: '450300',
        indicator: 'air.good_day_ratio',
        targetValue: 99.9,
      });
      expect(created.statusCode).toBe(201);
      const item = (await a.request('GET', '/api/v1/assessment/targets?year=2025&regionCode=450300')).json().items[0];
      // The rest would need (99.9 % × 214 − 29) / 184 = 100.4 %: out of reach. A perfect rest gives (29 + 184) / 214 = 99.53 %.
      expect(item).toMatchObject({
        status: 'off_track',
        reason: 'already_lost',
        requiredForRest: null,
        projected: null,
        bestAchievable: 99.5,
        shortfall: 0.4,
      });
      expect((await a.request('DELETE', `/api/v1/assessment/targets/${created.json().id}`)).statusCode).toBe(204);
    } finally {
      t.clock.set(started);
    }
  });

  it('generates the bulletin on demand and as a job with progress', async () => {
    const pdf = await analyst.request('GET', '/api/v1/assessment/bulletins/air-monthly?month=2025-06');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const job = await analyst.request('POST', '/api/v1/assessment/jobs', {
      kind: 'air-bulletin',
      month: '2025-06',
      regionCode: '450100',
    });
    expect(job.statusCode).toBe(202);
    expect(job.json().status).toBe('queued');
    let status = job.json();
    for (let i = 0; i < 100 && status.status !== 'done' && status.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await analyst.request('GET', `/api/v1/assessment/jobs/${job.json().id}`)).json();
    }
    expect(status).toMatchObject({ status: 'done', percent: 100, fileName: 'air-bulletin-450100-2025-06.pdf' });
    const file = await analyst.request('GET', `/api/v1/assessment/jobs/${job.json().id}/file`);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const tables = await analyst.request('GET', '/api/v1/assessment/bulletins/air-monthly/tables?month=2025-06');
    expect(tables.headers['content-type']).toContain('spreadsheetml');
    expect(tables.headers['content-disposition']).toContain('air-bulletin-tables-province-2025-06.xlsx');
    // The bulletin's own city table (six pollutants), not the ranking export again.
    const sheet = await firstSheet(tables.rawPayload);
    expect(sheet.name).toBe('各市空气质量');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '城市',
      'SO₂（µg/m³）',
      'NO₂（µg/m³）',
      'PM₁₀（µg/m³）',
      'PM₂.₅（µg/m³）',
      'CO 第95百分位（mg/m³）',
      'O₃ 日最大8小时第90百分位（µg/m³）',
      '优良天数比例（%）',
      '综合指数',
      '排名',
      '主要污染物',
      '综合指数同比（%）',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 10)).toEqual(['南宁市', 10, 20, 50, 35, 1, 100, 100, 3.26]);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    const ranking = await firstSheet(
      (await analyst.request('GET', '/api/v1/assessment/air/ranking/export?period=month&date=2025-06-01')).rawPayload,
    );
    expect(sheet.getRow(1).values).not.toEqual(ranking.getRow(1).values);
  });

  it('publishes the live indicators in the metric registry', async () => {
    const { findMetric } = await import('../../platform/metrics/metric-registry');
    const metric = findMetric('air.pm25_annual_mean')!;
    expect(metric.direction).toBe('at_most');
    const reading = await metric.read(t.deps, {
      regionCode: '450100',
      year: 2025,
      asOf: new Date('2026-01-05T00:00:00Z'),
    });
    // 2025: only June (30 days) and the 19-hour day: the annual mean is Nanning's June mean.
    expect(reading.value).toBe(35);
    expect(findMetric('water.good_class_share')).toBeDefined();
    expect(findMetric('air.good_day_ratio')).toBeDefined();
    expect(findMetric('water.worse_than_v_share')).toBeDefined();
  });
});
