import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { periodCovers, periodsInForceAt } from './periods-in-force';
import type { SpecialPeriodRow } from './special-periods.repository';

const URL = '/api/v1/compliance/special-periods';
const body = (regionCode: string, name = '重污染天气应急期间') => ({
  name,
  regionCode,
  start: '2026-12-01T00:00:00+08:00',
  end: '2026-12-04T00:00:00+08:00',
  note: '橙色预警',
});

describe('special periods in force', () => {
  it('cover the region declared and everything below it, not a neighbour', () => {
    expect(periodCovers('450000', '450103')).toBe(true); // the province covers Nanning's district
    expect(periodCovers('450300', '450302')).toBe(true);
    expect(periodCovers('450300', '450103')).toBe(false);
    expect(periodCovers('450103', '450100')).toBe(false); // a district does not cover its city
  });

  it('hold for the hours starting inside [start, end)', () => {
    const p = { name: 'P', start: '2026-12-01T01:00:00.000Z', end: '2026-12-01T03:00:00.000Z' } as SpecialPeriodRow;
    const at = (h: number) => [...periodsInForceAt([p], Date.parse('2026-12-01T00:00:00Z') + h * 3_600_000)];
    expect([0, 1, 2, 3].map(at)).toEqual([[], ['P'], ['P'], []]);
  });
});

describe.each(testDatabases())('special period routes on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
  });
  afterAll(() => t?.close());

  it('lets an administrator declare and remove a period, audited, and refuses a bad range', async () => {
    const created = await admin.request('POST', URL, body('450300'));
    expect(created.statusCode, created.body).toBe(201);
    const period = created.json() as { id: string; start: string; end: string };
    expect(period).toMatchObject({ regionCode: '450300', start: '2026-11-30T16:00:00.000Z', note: '橙色预警' });
    const bad = await admin.request('POST', URL, { ...body('450300'), end: '2026-11-30T00:00:00+08:00' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const audit = (await admin.request('GET', '/api/v1/audit?action=compliance.special_period.create')).json();
    expect(audit.items.map((a: { entityId: string }) => a.entityId)).toContain(period.id);
    const removed = await admin.request('DELETE', `${URL}/${period.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await admin.request('DELETE', `${URL}/${period.id}`)).statusCode).toBe(404);
    const deleted = (await admin.request('GET', '/api/v1/audit?action=compliance.special_period.delete')).json();
    expect(deleted.items.map((a: { entityId: string }) => a.entityId)).toContain(period.id);
  });

  it("shows a city officer its own region's periods and the province's, not another city's; writing needs the settings permission", async () => {
    const ids: Record<string, string> = {};
    for (const region of ['450000', '450100', '450300'])
      ids[region] = ((await admin.request('POST', URL, body(region, `时段${region}`))).json() as { id: string }).id;
    const seen = ((await nanningOfficer.request('GET', URL)).json() as { items: { id: string }[] }).items.map(
      (p) => p.id,
    );
    expect(seen).toContain(ids['450000']);
    expect(seen).toContain(ids['450100']);
    expect(seen).not.toContain(ids['450300']);
    const all = ((await admin.request('GET', URL)).json() as { items: { id: string }[] }).items.map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining(Object.values(ids)));
    const write = await nanningOfficer.request('POST', URL, body('450100'));
    expect(write.statusCode).toBe(403);
    expect((await nanningOfficer.request('DELETE', `${URL}/${ids['450100']}`)).statusCode).toBe(403);
  });
});
