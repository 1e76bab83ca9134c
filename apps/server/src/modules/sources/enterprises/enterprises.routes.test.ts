import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { corrupted, createEnterprise, usccOf } from '../test/sources-fixtures';

describe.each(testDatabases())('the enterprise register on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let analyst: Agent;
  let officer: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    analyst = await t.login('analyst');
    officer = await t.login('nanning_officer');
  });
  afterAll(() => t?.close());

  it('registers an enterprise with its labels, its regulator from the region, and an audit entry', async () => {
    const uscc = usccOf('450103', 1001);
    const e = await createEnterprise(officer, { uscc: uscc.toLowerCase(), name: '青秀热电' });
    expect(e).toMatchObject({
      uscc,
      industryLabel: '火力发电',
      regionName: '青秀区',
      permitSituation: 'none',
      contacts: [{ name: '王工', title: '环保负责人', phone: '13800000000' }],
    });
    const regulator = (await admin.request('GET', `/api/v1/orgs`))
      .json()
      .items.find((o: { id: string }) => o.id === e.regulatorOrgId);
    expect(regulator.regionCode.startsWith('4501')).toBe(true);
    const audit = (await admin.request('GET', '/api/v1/audit?action=sources.enterprise.create')).json();
    expect(audit.items.map((a: { entityId: string }) => a.entityId)).toContain(e.id);
  });

  it('refuses a wrong check character naming the expected one, a bad field, and a second registration', async () => {
    const good = usccOf('450103', 1002);
    const bad = corrupted(good);
    const res = await officer.request('POST', '/api/v1/sources/enterprises', {
      uscc: bad.code,
      name: 'x',
      industryCode: '4411',
      regionCode: '450103',
      category: 'key',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'USCC_CHECK_DIGIT',
      details: [{ path: 'body.uscc', code: 'USCC_CHECK_DIGIT', params: { expected: bad.expected } }],
    });
    const invalid = await officer.request('POST', '/api/v1/sources/enterprises', {
      uscc: good,
      name: '',
      industryCode: '4411',
      regionCode: '450103',
      category: 'huge',
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.category', 'body.name']);
    const unknownIndustry = await officer.request('POST', '/api/v1/sources/enterprises', {
      uscc: good,
      name: 'x',
      industryCode: '9999',
      regionCode: '450103',
      category: 'key',
    });
    expect(unknownIndustry.json().error.details[0]).toMatchObject({ path: 'body.industryCode' });
    await createEnterprise(officer, { uscc: good });
    const again = await officer.request('POST', '/api/v1/sources/enterprises', {
      uscc: good,
      name: 'x',
      industryCode: '4411',
      regionCode: '450103',
      category: 'key',
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'ENTERPRISE_EXISTS']);
  });

  it('keeps a city officer to its city: another city is not found, for reading, changing and creating', async () => {
    const guilin = await createEnterprise(analyst, { uscc: usccOf('450300', 2001), regionCode: '450300' });
    const nanning = await createEnterprise(officer, { uscc: usccOf('450100', 2002), regionCode: '450100' });
    expect((await officer.request('GET', `/api/v1/sources/enterprises/${guilin.id}`)).statusCode).toBe(404);
    const patch = await officer.request('PATCH', `/api/v1/sources/enterprises/${guilin.id}`, { name: '改名' });
    expect([patch.statusCode, patch.json().error.code]).toEqual([404, 'ENTERPRISE_NOT_FOUND']);
    expect((await analyst.request('GET', `/api/v1/sources/enterprises/${guilin.id}`)).json().name).not.toBe('改名');
    const there = await officer.request('POST', '/api/v1/sources/enterprises', {
      uscc: usccOf('450300', 2003),
      name: 'x',
      industryCode: '4411',
      regionCode: '450300',
      category: 'key',
    });
    expect([there.statusCode, there.json().error.code]).toEqual([404, 'ORG_NOT_FOUND']);
    const moved = await officer.request('PATCH', `/api/v1/sources/enterprises/${nanning.id}`, {
      regulatorOrgId: await orgIdOf(t.deps, '450300'),
    });
    expect(moved.statusCode).toBe(404);
    const own = await officer.request('PATCH', `/api/v1/sources/enterprises/${nanning.id}`, { name: '南宁改名' });
    expect(own.json().name).toBe('南宁改名');
    const listed = (await officer.request('GET', '/api/v1/sources/enterprises?pageSize=200')).json();
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((e: { regionCode: string }) => e.regionCode.startsWith('4501'))).toBe(true);
    const all = (await analyst.request('GET', '/api/v1/sources/enterprises?pageSize=200')).json();
    expect(all.items.map((e: { id: string }) => e.id)).toContain(guilin.id);
  });

  it('shows an enterprise user only its own unit', async () => {
    const enterpriseOrg = await orgIdOf(t.deps, '450103', 'enterprise');
    const mine = await createEnterprise(admin, { uscc: usccOf('450103', 3001), enterpriseOrgId: enterpriseOrg });
    const other = await createEnterprise(admin, { uscc: usccOf('450103', 3002) });
    const user = await t.login('enterprise_demo');
    const list = (await user.request('GET', '/api/v1/sources/enterprises?pageSize=200')).json();
    // The demo links its own unit to the same organisation; every unit listed is one of that organisation's.
    expect(list.items.map((e: { id: string }) => e.id)).toContain(mine.id);
    expect(list.items.every((e: { enterpriseOrgId: string }) => e.enterpriseOrgId === enterpriseOrg)).toBe(true);
    expect(list.total).toBeLessThan((await admin.request('GET', '/api/v1/sources/enterprises')).json().total);
    expect((await user.request('GET', `/api/v1/sources/enterprises/${other.id}`)).statusCode).toBe(404);
    expect((await user.request('GET', `/api/v1/sources/enterprises/${mine.id}/file`)).statusCode).toBe(200);
    expect((await user.request('PATCH', `/api/v1/sources/enterprises/${mine.id}`, { name: 'x' })).statusCode).toBe(403);
    // A PATCH naming one field leaves the others as stored (no create default fills them in).
    const renamed = await admin.request('PATCH', `/api/v1/sources/enterprises/${mine.id}`, { name: '改名后' });
    expect(renamed.json()).toMatchObject({ name: '改名后', enterpriseOrgId: enterpriseOrg, status: 'operating' });
    const notAnEnterprise = await admin.request('PATCH', `/api/v1/sources/enterprises/${other.id}`, {
      enterpriseOrgId: await orgIdOf(t.deps, '450100'),
    });
    expect([notAnEnterprise.statusCode, notAnEnterprise.json().error.details[0].path]).toEqual([
      400,
      'body.enterpriseOrgId',
    ]);
  });

  it('filters by text, region, industry, category, key list and permit situation; sorts only by its keys', async () => {
    const base = 4000;
    const make = (i: number, o: Record<string, unknown>) =>
      createEnterprise(analyst, { uscc: usccOf('451000', base + i), regionCode: '451000', name: `百色筛选${i}`, ...o });
    const cement = await make(1, { industryCode: '3011', category: 'simplified', keyListTypes: ['air'] });
    const paper = await make(2, { industryCode: '2221', category: 'registration', keyListTypes: ['water', 'soil'] });
    const expiring = await make(3, {});
    const ids = async (query: string) =>
      (await analyst.request('GET', `/api/v1/sources/enterprises?q=百色筛选&pageSize=200&${query}`))
        .json()
        .items.map((e: { id: string }) => e.id)
        .sort();
    // Today on the test clock is 2026-11-28 (Shanghai): one permit long valid, one in its last 60 days.
    const permit = (id: string, permitNo: string, validTo: string) =>
      analyst.request('POST', `/api/v1/sources/enterprises/${id}/permits`, {
        permitNo,
        category: 'key',
        validFrom: '2022-01-01',
        validTo,
      });
    expect((await permit(cement.id, 'F-1', '2029-12-31')).statusCode).toBe(201);
    expect((await permit(expiring.id, 'F-2', '2027-01-20')).statusCode).toBe(201);
    expect((await permit(paper.id, 'F-3', '2026-11-27')).statusCode).toBe(201);
    expect(await ids('industryCode=30')).toEqual([cement.id]);
    expect(await ids('category=registration')).toEqual([paper.id]);
    expect(await ids('keyList=water')).toEqual([paper.id]);
    expect(await ids('keyList=air')).toEqual([cement.id]);
    expect(await ids('regionCode=450100')).toEqual([]);
    expect(await ids('regionCode=451000')).toHaveLength(3);
    expect(await ids('permitSituation=valid')).toEqual([cement.id]);
    expect(await ids('permitSituation=renewal_window')).toEqual([expiring.id]);
    expect(await ids('permitSituation=expired')).toEqual([paper.id]);
    const one = (await analyst.request('GET', `/api/v1/sources/enterprises/${expiring.id}`)).json();
    expect(one).toMatchObject({ permitSituation: 'renewal_window', permitValidTo: '2027-01-20' });
    const sorted = (
      await analyst.request('GET', '/api/v1/sources/enterprises?q=百色筛选&sort=permitValidTo&order=desc')
    ).json();
    expect(sorted.items.map((e: { id: string }) => e.id).slice(0, 3)).toEqual([cement.id, expiring.id, paper.id]);
    expect((await analyst.request('GET', '/api/v1/sources/enterprises?sort=legalRepresentative')).statusCode).toBe(400);
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const e = await createEnterprise(analyst, { uscc: usccOf('450200', 5001), regionCode: '450200', name: '柳州导出' });
    const csv = await analyst.request('GET', '/api/v1/sources/enterprises?format=csv&q=柳州导出');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('统一社会信用代码');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(e.uscc);
    const xlsx = await analyst.request('GET', '/api/v1/sources/enterprises?format=xlsx&q=柳州导出');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
