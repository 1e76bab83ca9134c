import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../http/actor';
import { orgById } from '../../../platform/orgs/org-reads';
import { createTestApp, multipartFile, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { corrupted, importCsv, importRow, usccOf, type ImportCells } from '../test/sources-fixtures';
import { importSources } from './sources-import.service';

const CHINESE_HEADER = [
  '统一社会信用代码',
  '单位名称',
  '行业类别',
  '行政区划代码',
  '生产经营场所地址',
  '经度',
  '纬度',
  '管理类别',
  '许可证编号',
  '有效期自',
  '有效期至',
  '排放口编号',
  '排放口名称',
  '排放口类型',
  '污染物种类',
  '许可排放浓度',
  '浓度单位',
  '年许可排放量',
  '执行标准',
];

describe.each(testDatabases())('the register import on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    analyst = await t.login('analyst');
  });
  afterAll(() => t?.close());

  const upload = (csv: string, query = 'dryRun=false') => {
    const { body, headers } = multipartFile('register.csv', csv, 'text/csv');
    return analyst.request('POST', `/api/v1/sources/import?${query}`, body, headers);
  };
  const enterprisesNamed = async (q: string) =>
    (await analyst.request('GET', `/api/v1/sources/enterprises?q=${encodeURIComponent(q)}&pageSize=200`)).json();

  it('names each bad row with its own code, and applies nothing of an all-or-nothing file', async () => {
    const ok = usccOf('450100', 8001);
    const bad = corrupted(usccOf('450100', 8002));
    const rows: ImportCells[] = [
      importRow(ok),
      importRow(ok, { pollutant: 'nox' }),
      importRow('ABC'),
      importRow(bad.code),
      importRow(usccOf('450100', 8003), { region_code: '999999' }),
      importRow(usccOf('450100', 8004), { industry_code: '9999' }),
      importRow(usccOf('450100', 8005), { valid_to: '2022-01-01' }),
      importRow(ok, { pollutant: 'so2' }),
      importRow(ok, { name: '另一个名字', pollutant: 'pm' }),
      importRow(usccOf('450100', 8006), { name: '' }),
      importRow(usccOf('450100', 8007), { lon: 'east' }),
      importRow(usccOf('450100', 8008), { valid_from: '2025-02-30' }),
    ];
    const res = await upload(importCsv(rows));
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ dryRun: false, mode: 'all-or-nothing', total: 12, valid: 2, applied: 0 });
    const byRow = Object.fromEntries(report.errors.map((e: { row: number; code: string }) => [e.row, e.code]));
    expect(byRow).toEqual({
      4: 'USCC_FORMAT',
      5: 'USCC_CHECK_DIGIT',
      6: 'UNKNOWN_REGION',
      7: 'UNKNOWN_INDUSTRY',
      8: 'VALID_TO_BEFORE_FROM',
      9: 'DUPLICATE_LIMIT',
      10: 'CONFLICTING_ROWS',
      11: 'REQUIRED',
      12: 'NOT_A_NUMBER',
      13: 'BAD_TIME',
    });
    const digit = report.errors.find((e: { code: string }) => e.code === 'USCC_CHECK_DIGIT');
    expect(digit).toMatchObject({ field: 'uscc', params: { expected: bad.expected } });
    expect(digit.message).toContain(`"${bad.expected}"`);
    expect((await enterprisesNamed(ok)).total).toBe(0);
    // valid-rows: the two good rows go in (one enterprise, one permit, one outlet, two limits).
    const partial = (await upload(importCsv(rows), 'dryRun=false&mode=valid-rows')).json();
    expect(partial).toMatchObject({ valid: 2, applied: 2 });
    const [e] = (await enterprisesNamed(ok)).items;
    const file = (await analyst.request('GET', `/api/v1/sources/enterprises/${e.id}/file`)).json();
    expect(file.permits[0].limits.map((l: { pollutant: string }) => l.pollutant).sort()).toEqual(['nox', 'so2']);
  });

  it('reads Chinese headers, writes nothing on a dry run, and changes nothing on a second import', async () => {
    const a = usccOf('450200', 8101);
    const b = usccOf('450300', 8102);
    const rows = [
      importRow(a, {
        region_code: '柳州市',
        category: '简化管理',
        outlet_code: 'DW001',
        outlet_kind: '废水',
        pollutant: 'cod',
        conc_unit: '',
      }),
      importRow(a, {
        region_code: '柳州市',
        category: '简化管理',
        outlet_code: 'DW001',
        outlet_kind: '废水',
        pollutant: 'nh3n',
        conc_limit: '',
        amount_limit_t_a: '3.5',
        conc_unit: '',
      }),
      importRow(b, { region_code: '450300', industry_code: '水泥制造' }),
    ];
    const csv = importCsv(rows, CHINESE_HEADER);
    const dry = (await upload(csv, 'dryRun=true')).json();
    expect(dry).toMatchObject({ dryRun: true, total: 3, valid: 3, applied: 0, errors: [] });
    expect((await enterprisesNamed(a)).total).toBe(0);
    const first = (await upload(csv)).json();
    expect(first).toMatchObject({ applied: 3, errors: [] });
    const [ea] = (await enterprisesNamed(a)).items;
    expect(ea).toMatchObject({ regionCode: '450200', category: 'simplified', industryLabel: '水泥制造' });
    const snapshot = async () => {
      const fa = (await analyst.request('GET', `/api/v1/sources/enterprises/${ea.id}/file`)).json();
      const list = (await analyst.request('GET', '/api/v1/sources/enterprises?pageSize=200')).json();
      return { fa, total: list.total };
    };
    const before = await snapshot();
    expect(before.fa.permits[0].limits).toMatchObject([
      { outletCode: 'DW001', pollutant: 'cod', limitType: 'concentration', unit: 'mg/L' },
      { outletCode: 'DW001', pollutant: 'nh3n', limitType: 'amount', value: 3.5, unit: 't/a' },
    ]);
    t.clock.advance(60_000);
    expect((await upload(csv)).json()).toMatchObject({ applied: 3, errors: [] });
    expect(await snapshot()).toEqual(before);
    const admin = await t.login('admin');
    const audit = (await admin.request('GET', '/api/v1/audit?action=sources.import')).json();
    // Two enterprises, two permits, two outlets and three limits, each found as the file says.
    expect(audit.items[0].after).toMatchObject({
      applied: 3,
      written: { enterprises: 0, permits: 0, outlets: 0, limits: 0, unchanged: 2 + 2 + 2 + 3 },
    });
  });

  it("refuses rows of a region outside the importer's scope (OUT_OF_SCOPE), and the route to other roles", async () => {
    const nanning = (await orgById(t.deps.db, await orgIdOf(t.deps, '450100')))!;
    const cityActor: Actor = {
      userId: 'u-city',
      username: 'city',
      displayName: 'city',
      orgId: nanning.id,
      orgName: nanning.name,
      orgPath: nanning.path,
      regionCode: '450100',
      roles: ['city_officer'],
      permissions: new Set(),
      scope: 'subtree',
      mustChangePassword: false,
      requestId: 'r',
      ip: null,
    };
    const csv = importCsv([
      importRow(usccOf('450300', 8201), { region_code: '450300' }),
      importRow(usccOf('450100', 8202)),
    ]);
    const report = await importSources(t.deps, cityActor, {
      file: { data: Buffer.from(csv), format: 'csv' },
      dryRun: true,
      mode: 'all-or-nothing',
    });
    expect(report.errors).toMatchObject([{ row: 2, field: 'region_code', code: 'OUT_OF_SCOPE' }]);
    const officer = await t.login('nanning_officer');
    const { body, headers } = multipartFile('r.csv', csv, 'text/csv');
    expect((await officer.request('POST', '/api/v1/sources/import', body, headers)).statusCode).toBe(403);
    const missing = await upload('uscc,name\n');
    expect([missing.statusCode, missing.json().error.details[0].path]).toEqual([400, 'file.industry_code']);
  });
});
