import { referenceOxygen } from '@ecocloud/standards';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createEnterprise, usccOf } from '../test/sources-fixtures';

const MN_NANNING_1 = `GXAIR450100${'1'.padStart(13, '0')}`;

describe.each(testDatabases())('outlets, permits, events and the enterprise pages on $name', (db) => {
  let t: TestApp;
  let officer: Agent;
  let analyst: Agent;
  let enterpriseId: string;
  let uscc: string;
  beforeAll(async () => {
    t = await createTestApp(db);
    officer = await t.login('nanning_officer');
    analyst = await t.login('analyst');
    ({ id: enterpriseId, uscc } = await createEnterprise(officer, { uscc: usccOf('450103', 7001) }));
  });
  afterAll(() => t?.close());

  it("adds outlets with the standard's reference oxygen and the loggers' stations; one code per enterprise", async () => {
    const res = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/outlets`, {
      code: 'da001',
      name: '1号锅炉烟囱',
      kind: 'gas',
      isMain: true,
      standard: 'GB 13271-2014',
      sourceType: 'coal_fired_boiler',
      deviceMns: [MN_NANNING_1, 'UNKNOWN-MN'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const station = (await analyst.request('GET', '/api/v1/stations/GX-A-450100-1')).json();
    expect(res.json()).toMatchObject({
      code: 'DA001',
      oxygenReference: referenceOxygen('GB13271-2014', 'coal_fired_boiler'),
      stationIds: [station.id],
    });
    const twice = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/outlets`, {
      code: 'DA001',
      name: 'again',
      kind: 'gas',
    });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'OUTLET_EXISTS']);
    const water = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/outlets`, {
      code: 'DW001',
      name: '总排口',
      kind: 'water',
      standard: 'GB 8978-1996',
    });
    expect(water.json().oxygenReference).toBeNull();
    const patched = await officer.request('PATCH', `/api/v1/sources/outlets/${water.json().id}`, { isMain: true });
    expect(patched.json()).toMatchObject({ isMain: true, code: 'DW001' });
    const bad = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/outlets`, {
      code: 'X1',
      name: 'x',
      kind: 'gas',
    });
    expect(bad.json().error.details[0].path).toBe('body.code');
  });

  it('adds a permit with limits by outlet code, replaces them all on a change, and refuses a second number', async () => {
    const created = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/permits`, {
      permitNo: '91450103TEST001P',
      category: 'key',
      validFrom: '2022-03-01',
      validTo: '2027-01-10',
      limits: [
        { outletCode: 'DA001', pollutant: 'so2', value: 200, unit: 'mg/m³', averagingPeriod: '小时均值' },
        { outletCode: 'DA001', pollutant: 'so2', limitType: 'amount', value: 12.5, unit: 't/a' },
        { outletCode: 'DW001', pollutant: 'cod', value: 100, unit: 'mg/L' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const permit = created.json();
    expect(permit).toMatchObject({ state: 'renewal_window', status: 'valid', reportFrequencies: ['annual'] });
    expect(
      permit.limits.map((l: { outletCode: string; pollutant: string }) => `${l.outletCode}:${l.pollutant}`),
    ).toEqual(['DA001:so2', 'DA001:so2', 'DW001:cod']);
    const unknown = await officer.request('PATCH', `/api/v1/sources/permits/${permit.id}`, {
      limits: [{ outletCode: 'DA009', pollutant: 'nox', value: 1, unit: 'mg/m³' }],
    });
    expect([unknown.statusCode, unknown.json().error.details[0].path]).toEqual([400, 'body.limits.0.outletCode']);
    const replaced = await officer.request('PATCH', `/api/v1/sources/permits/${permit.id}`, {
      issuer: '南宁市生态环境局',
      limits: [{ outletCode: 'DA001', pollutant: 'nox', value: 300, unit: 'mg/m³' }],
    });
    expect(replaced.json()).toMatchObject({ issuer: '南宁市生态环境局', limits: [{ pollutant: 'nox', value: 300 }] });
    const again = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/permits`, {
      permitNo: '91450103TEST001P',
      category: 'key',
      validFrom: '2022-03-01',
      validTo: '2027-03-01',
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'PERMIT_EXISTS']);
    const backwards = await officer.request('POST', `/api/v1/sources/enterprises/${enterpriseId}/permits`, {
      permitNo: 'B-1',
      category: 'key',
      validFrom: '2027-03-01',
      validTo: '2022-03-01',
    });
    expect([backwards.statusCode, backwards.json().error.details[0].path]).toEqual([400, 'body.validTo']);
  });

  it('records a renewal with its document, then a revocation; a renewal after it conflicts', async () => {
    const [permit] = (await officer.request('GET', `/api/v1/sources/enterprises/${enterpriseId}/file`)).json().permits;
    const events = `/api/v1/sources/permits/${permit.id}/events`;
    const missing = await officer.request('POST', events, { kind: 'renewed', eventDate: '2026-12-01' });
    expect([missing.statusCode, missing.json().error.details[0].path]).toEqual([400, 'body.newValidTo']);
    const early = await officer.request('POST', events, {
      kind: 'renewed',
      eventDate: '2026-12-01',
      newValidTo: permit.validTo,
    });
    expect(early.statusCode).toBe(400);
    const content = Buffer.from('%PDF-1.4 renewal decision');
    const renewed = await officer.request('POST', events, {
      kind: 'renewed',
      eventDate: '2026-12-01',
      newValidTo: '2032-01-10',
      documents: [
        { filename: '延续决定.pdf', contentType: 'application/pdf', contentBase64: content.toString('base64') },
      ],
    });
    expect(renewed.statusCode, renewed.body).toBe(201);
    const doc = renewed.json().documents[0];
    expect(doc).toMatchObject({ filename: '延续决定.pdf', size: content.length });
    expect((await officer.request('GET', `/api/v1/sources/permits/${permit.id}`)).json()).toMatchObject({
      validTo: '2032-01-10',
      state: 'valid',
    });
    const download = await officer.request('GET', `/api/v1/sources/documents/${doc.id}`);
    expect([download.statusCode, download.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(download.rawPayload.equals(content)).toBe(true);
    const inspector = await t.login('inspector'); // Guilin: not this enterprise's scope
    expect((await inspector.request('GET', `/api/v1/sources/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await inspector.request('GET', `/api/v1/sources/permits/${permit.id}`)).statusCode).toBe(404);

    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    const tooBig = await officer.request('POST', events, {
      kind: 'changed',
      eventDate: '2026-12-02',
      documents: [{ filename: 'big.bin', contentBase64: big }],
    });
    expect(tooBig.statusCode).toBe(400);
    const revoked = await officer.request('POST', events, {
      kind: 'revoked',
      eventDate: '2026-12-03',
      note: '依法撤销',
    });
    expect(revoked.statusCode).toBe(201);
    expect((await officer.request('GET', `/api/v1/sources/permits/${permit.id}`)).json().state).toBe('revoked');
    const conflict = await officer.request('POST', events, {
      kind: 'renewed',
      eventDate: '2026-12-04',
      newValidTo: '2040-01-01',
    });
    expect([conflict.statusCode, conflict.json().error.code]).toEqual([409, 'PERMIT_STATE_CONFLICT']);
    const history = (await officer.request('GET', events)).json().items.map((e: { kind: string }) => e.kind);
    expect(history).toEqual(['renewed', 'revoked']);
    const admin = await t.login('admin');
    const audit = (await admin.request('GET', '/api/v1/audit?action=sources.permit.event')).json();
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the one page per enterprise, and a public page without contacts, loggers or regulator', async () => {
    const file = (await officer.request('GET', `/api/v1/sources/enterprises/${enterpriseId}/file`)).json();
    expect(file.enterprise.uscc).toBe(uscc);
    expect(file.outlets.map((o: { code: string }) => o.code)).toEqual(['DA001', 'DW001']);
    expect(file.events).toHaveLength(2);
    expect(file).toMatchObject({ due: [], reports: [] });
    const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/enterprises/${uscc.toLowerCase()}` });
    expect(pub.statusCode).toBe(200);
    const body = pub.json();
    expect(body).toMatchObject({ uscc, regionName: '青秀区', permits: [{ permitNo: '91450103TEST001P' }] });
    for (const secret of ['13800000000', '王工', '李四', MN_NANNING_1, file.enterprise.regulatorOrgId, enterpriseId])
      expect(pub.body).not.toContain(secret);
    expect(Object.keys(body.outlets[0]).sort()).toEqual(['code', 'isMain', 'kind', 'name', 'standard']);
    const none = await t.app.inject({ method: 'GET', url: `/api/v1/public/enterprises/${usccOf('450103', 7999)}` });
    expect(none.statusCode).toBe(404);
  });
});
