import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionReport } from '@ecocloud/contracts';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { insertEnterprise, insertPermit } from '../due/due.test-fixtures';

describe.each(testDatabases())('sources execution reports on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  let enterpriseUser: Agent;
  const ids = { nanningPermit: '', guilinPermit: '', nanning: '' };

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-11-28T02:00:00Z');
    const kdb = t.deps.db;
    ids.nanning = await insertEnterprise(kdb, {
      name: '南宁测试糖业',
      regulatorOrgId: await orgIdOf(t.deps, '450100'),
      enterpriseOrgId: await orgIdOf(t.deps, '450103', 'enterprise'),
    });
    const guilin = await insertEnterprise(kdb, {
      name: '桂林测试冶炼',
      regionCode: '450300',
      regulatorOrgId: await orgIdOf(t.deps, '450300'),
    });
    // from 15 Nov 2025: the short year 2025 folds into 2026; quarters reported from Q4 2025
    ids.nanningPermit = (
      await insertPermit(kdb, {
        enterpriseId: ids.nanning,
        validFrom: '2025-11-15',
        validTo: '2030-11-14',
        reportFrequencies: ['annual', 'quarterly'],
      })
    ).id;
    ids.guilinPermit = (
      await insertPermit(kdb, { enterpriseId: guilin, validFrom: '2021-01-01', validTo: '2030-12-31' })
    ).id;
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    enterpriseUser = await t.login('enterprise_demo');
  });
  afterAll(() => t?.close());

  const reports = async (agent: Agent, query = '') => {
    const res = await agent.request('GET', `/api/v1/sources/reports?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: ExecutionReport[] }).items;
  };
  const submit = (agent: Agent, body: Record<string, unknown>) =>
    agent.request('POST', '/api/v1/sources/reports', { permitId: ids.nanningPermit, ...body });

  it('lists the expected periods with folds and states', async () => {
    const mine = (await reports(admin)).filter((r) => r.permitId === ids.nanningPermit);
    expect(mine.find((r) => r.periodKey === '2025')).toMatchObject({ state: 'folded', foldedInto: '2026' });
    expect(mine.find((r) => r.periodKey === '2025Q4')).toMatchObject({ state: 'missing', dueDate: '2026-01-15' });
    expect(mine.find((r) => r.periodKey === '2026Q3')).toMatchObject({ state: 'missing', dueDate: '2026-10-15' });
    expect(mine.find((r) => r.periodKey === '2026Q4')).toMatchObject({ state: 'not_due' });
    expect(mine.find((r) => r.periodKey === '2026')).toMatchObject({ state: 'not_due', periodStart: '2025-11-15' });
    const missing = await reports(admin, 'state=missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => r.state === 'missing')).toBe(true);
  });

  it('lets the enterprise submit for its own unit only (late, today), once', async () => {
    const res = await submit(enterpriseUser, {
      frequency: 'quarterly',
      periodKey: '2026Q3',
      submittedOn: '2026-10-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    // the enterprise's own submission is dated today, whatever it claims
    expect(res.json()).toMatchObject({ state: 'late', submittedAt: '2026-11-28', periodKey: '2026Q3' });
    expect((await submit(enterpriseUser, { frequency: 'quarterly', periodKey: '2026Q3' })).statusCode).toBe(409);
    const other = await enterpriseUser.request('POST', '/api/v1/sources/reports', {
      permitId: ids.guilinPermit,
      frequency: 'annual',
      periodKey: '2025',
    });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ error: { code: 'PERMIT_NOT_FOUND' } });
    const seen = await reports(enterpriseUser);
    // The demo links one unit of its own (src-demo-e01, permit p1) to the same enterprise organisation.
    expect(new Set(seen.map((r) => r.permitId))).toEqual(new Set([ids.nanningPermit, 'src-demo-e01-p1']));
  });

  it('refuses a folded or unfinished period with REPORT_PERIOD_INVALID', async () => {
    for (const body of [
      { frequency: 'annual', periodKey: '2025' },
      { frequency: 'quarterly', periodKey: '2026Q4' },
      { frequency: 'monthly', periodKey: '2026-01' },
    ]) {
      const res = await submit(nanningOfficer, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REPORT_PERIOD_INVALID' } });
    }
  });

  it('lets staff enter a paper report on the day it was received (on time)', async () => {
    const res = await submit(nanningOfficer, {
      frequency: 'quarterly',
      periodKey: '2025Q4',
      submittedOn: '2026-01-14',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'on_time', submittedAt: '2026-01-14' });
    const future = await submit(nanningOfficer, {
      frequency: 'quarterly',
      periodKey: '2026Q1',
      submittedOn: '2026-12-01',
    });
    expect(future.statusCode).toBe(400);
  });

  it('moves a deadline by override (province-wide scope only), and back when deleted', async () => {
    const body = { frequency: 'quarterly', periodKey: '2026Q2', dueDate: '2026-08-31', note: '测试通知' };
    expect((await nanningOfficer.request('POST', '/api/v1/sources/report-deadline-overrides', body)).statusCode).toBe(
      403,
    );
    const created = await admin.request('POST', '/api/v1/sources/report-deadline-overrides', body);
    expect(created.statusCode, created.body).toBe(201);
    const dup = await admin.request('POST', '/api/v1/sources/report-deadline-overrides', body);
    expect(dup.statusCode).toBe(409);
    const q2 = async () =>
      (await reports(admin)).find((r) => r.permitId === ids.nanningPermit && r.periodKey === '2026Q2')!.dueDate;
    expect(await q2()).toBe('2026-08-31');
    const list = (await admin.request('GET', '/api/v1/sources/report-deadline-overrides')).json() as {
      items: { id: string; periodKey: string }[];
    };
    expect(list.items.map((o) => o.periodKey)).toEqual(expect.arrayContaining(['2023', '2024', '2026Q2']));
    const id = (created.json() as { id: string }).id;
    const cityDelete = await nanningOfficer.request('DELETE', `/api/v1/sources/report-deadline-overrides/${id}`);
    expect(cityDelete.statusCode).toBe(403);
    expect((await admin.request('DELETE', `/api/v1/sources/report-deadline-overrides/${id}`)).statusCode).toBe(204);
    expect(await q2()).toBe('2026-07-15');
  });

  it('publishes the metrics for the work plan', async () => {
    const q = { regionCode: '450000', year: 2026, asOf: t.clock.now() };
    const late = await findMetric('sources.late_reports')!.read(t.deps, q);
    const items = (await reports(admin)).filter(
      (r) => r.dueDate.startsWith('2026-') && (r.state === 'late' || r.state === 'missing'),
    );
    expect(late.value).toBe(items.length);
    expect(late.value).toBeGreaterThan(0);
    const pct = await findMetric('sources.key_units_permitted_pct')!.read(t.deps, q);
    expect(pct.value).toBeGreaterThan(0);
    expect(pct.value).toBeLessThanOrEqual(100);
    const none = await findMetric('sources.key_units_permitted_pct')!.read(t.deps, { ...q, regionCode: '459900' });
    expect(none.value).toBeNull();
  });
});
