import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp, multipartFile } from '../../test/harness';

describe.each(testDatabases())('dictionaries on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    analyst = await t.login('analyst');
  });
  afterAll(() => t?.close());

  const upload = (dict: string, query: string, filename: string, content: Buffer | string) => {
    const { body, headers } = multipartFile(filename, content);
    return analyst.request('POST', `/api/v1/dictionaries/${dict}/import?${query}`, body, headers);
  };

  it('lists the base code tables with counts, and the demo regions', async () => {
    const items = (await analyst.request('GET', '/api/v1/dictionaries')).json().items as {
      code: string;
      entryCount: number;
    }[];
    const count = Object.fromEntries(items.map((d) => [d.code, d.entryCount]));
    expect(count).toMatchObject({ pollutant: 6, industry: 20, region: 20 });
    expect(count.hj212_factor).toBeGreaterThan(20);
    const nanning = (await analyst.request('GET', '/api/v1/dictionaries/region/entries?q=南宁')).json().items[0];
    expect(nanning).toMatchObject({ code: '450100', labelEn: 'Nanning', extra: { parent: '450000' } });
  });

  it('dry-runs an import with row-level errors and writes nothing', async () => {
    const csv =
      'code,label,label_en,sort_order,parent\n451401,凭祥市,Pingxiang,1,崇左市\n,无代码,,2,\n451402,坏父级,,x,Atlantis\n';
    const res = await upload('region', 'dryRun=true', 'regions.csv', csv);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ dryRun: true, total: 3, valid: 1, applied: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'code', code: 'REQUIRED' }),
        expect.objectContaining({ row: 4, field: 'sort_order', code: 'NOT_INTEGER' }),
        expect.objectContaining({ row: 4, field: 'parent', code: 'UNKNOWN_LABEL' }),
      ]),
    );
    expect((await analyst.request('GET', '/api/v1/dictionaries/region/entries?q=451401')).json().total).toBe(0);
  });

  it('all-or-nothing applies nothing when a row fails; valid-rows applies the rest, translating labels to codes', async () => {
    const csv = 'code,label,label_en,parent\n451481,凭祥市,Pingxiang,崇左市\n,缺代码,,\n';
    const none = (await upload('region', 'dryRun=false&mode=all-or-nothing', 'r.csv', csv)).json();
    expect(none).toMatchObject({ applied: 0, valid: 1 });
    const some = (await upload('region', 'dryRun=false&mode=valid-rows', 'r.csv', csv)).json();
    expect(some).toMatchObject({ applied: 1, valid: 1 });
    const entry = (await analyst.request('GET', '/api/v1/dictionaries/region/entries?q=451481')).json().items[0];
    expect(entry.extra.parent).toBe('451400');
  });

  it('round-trips a table through XLSX export and import', async () => {
    const exported = await analyst.request('GET', '/api/v1/dictionaries/pollutant/export?format=xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['code', 'label', 'label_en', 'hj212', 'unit']));
    sheet.getRow(2).getCell(2).value = '二氧化硫(改)';
    const res = await upload('pollutant', 'dryRun=false', 'pollutant.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.json()).toMatchObject({ total: 6, applied: 6, errors: [] });
    const so2 = (await analyst.request('GET', '/api/v1/dictionaries/pollutant/entries?q=so2')).json().items[0];
    expect(so2).toMatchObject({ label: '二氧化硫(改)', extra: { unit: 'ug/m3', hj212: 'a21026' } });
  });

  it('exports CSV with a BOM for Excel and keeps extra attributes', async () => {
    const res = await analyst.request('GET', '/api/v1/dictionaries/hj212_factor/export?format=csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.body).toContain('w01018,化学需氧量,COD');
    expect(res.body.split('\n')[0]).toContain('code2005');
  });

  it('refuses a file of the wrong type and a missing header', async () => {
    expect((await upload('region', 'dryRun=true', 'x.pdf', 'x')).statusCode).toBe(415);
    const res = await upload('region', 'dryRun=true', 'x.csv', 'name\nfoo\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('CRUD on entries, with a coded conflict and a read-only role refused', async () => {
    const created = await analyst.request('POST', '/api/v1/dictionaries/industry/entries', {
      code: 'Z',
      label: '测试门类',
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await analyst.request('POST', '/api/v1/dictionaries/industry/entries', { code: 'Z', label: 'again' })).json()
        .error.code,
    ).toBe('CONFLICT');
    const patched = await analyst.request('PATCH', `/api/v1/dictionaries/industry/entries/${created.json().id}`, {
      labelEn: 'Test',
    });
    expect(patched.json().labelEn).toBe('Test');
    const officer = await t.login('air_officer');
    expect(
      (await officer.request('DELETE', `/api/v1/dictionaries/industry/entries/${created.json().id}`)).statusCode,
    ).toBe(403);
    expect(
      (await analyst.request('DELETE', `/api/v1/dictionaries/industry/entries/${created.json().id}`)).statusCode,
    ).toBe(204);
  });
});
