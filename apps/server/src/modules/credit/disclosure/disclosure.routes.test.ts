import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualPrefill, DisclosureListView, DisclosureReportRow } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { sourcesReads } from '../../sources';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

describe.each(testDatabases())('legal disclosure on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  let enterprise: Agent;
  let own: sourcesReads.EnterpriseInReach;

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    enterprise = await t.login('enterprise_demo');
    own = (await sourcesReads.enterprisesInReach(t.deps.db, null)).find((e) => e.name === '南宁示范热电有限公司')!;
  }, 120_000);
  afterAll(() => t.close());

  it('the demo fixed this year’s list after 10 working days of notice by the end of March', async () => {
    const list = await ok<DisclosureListView>(admin, 'GET', '/api/v1/credit/disclosure/lists/2026');
    expect(list).toMatchObject({ status: 'fixed', fixBy: '2026-03-31' });
    expect(list.fixedOn! <= '2026-03-31' && list.noticeUntil! < list.fixedOn!).toBe(true);
    expect(list.units.some((u) => u.reasons.some((r) => r.reason === 'key_unit' && r.until === null))).toBe(true);
    expect(list.units.some((u) => u.source === 'manual' && u.reasons[0]?.reason === 'cleaner_audit')).toBe(true);
    // Publishing a draft whose notice would end after March is refused.
    await ok(admin, 'POST', '/api/v1/credit/disclosure/lists/2027/build', {});
    const late = await admin.request('POST', '/api/v1/credit/disclosure/lists/2027/publish', {
      noticeFrom: '2027-03-25',
    });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'DISCLOSURE_LIST_CONFLICT']);
  });

  it('shows the department a missing temporary report after a penalty, and the enterprise only its own', async () => {
    const rows = (
      await ok<{ items: DisclosureReportRow[] }>(admin, 'GET', '/api/v1/credit/disclosure/reports?year=2026')
    ).items;
    const missing = rows.find((r) => r.kind === 'temporary' && r.event === 'penalty' && r.state === 'overdue');
    expect(missing).toBeDefined();
    expect(missing!.rule).toEqual({ citation: expect.stringContaining('第十七条'), days: 5, dayKind: 'working' });
    expect(rows.some((r) => r.kind === 'temporary' && r.state === 'filed')).toBe(true);
    const annual = (
      await ok<{ items: DisclosureReportRow[] }>(admin, 'GET', '/api/v1/credit/disclosure/reports?year=2025')
    ).items;
    expect(new Set(annual.filter((r) => r.kind === 'annual').map((r) => r.state))).toEqual(
      new Set(['filed', 'filed_late', 'overdue']),
    );
    const city = (
      await ok<{ items: DisclosureReportRow[] }>(nanning, 'GET', '/api/v1/credit/disclosure/reports?year=2025')
    ).items;
    const inCity = new Set(
      (await sourcesReads.enterprisesInReach(t.deps.db, null, { regionCode: '450100' })).map((e) => e.id),
    );
    expect(city.length).toBeGreaterThan(0);
    expect(city.every((r) => inCity.has(r.enterpriseId))).toBe(true);
    const mine = (
      await ok<{ items: DisclosureReportRow[] }>(enterprise, 'GET', '/api/v1/credit/disclosure/reports?year=2025')
    ).items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.enterpriseId === own.id)).toBe(true);
  });

  it('pre-fills the annual report from the record and lets the enterprise file it once', async () => {
    const other = (await sourcesReads.enterprisesInReach(t.deps.db, null, { regionCode: '450300' }))[0]!;
    expect((await enterprise.request('GET', `/api/v1/credit/disclosure/annual/${other.id}/2025`)).statusCode).toBe(404);
    const prefill = await ok<AnnualPrefill>(enterprise, 'GET', `/api/v1/credit/disclosure/annual/${own.id}/2025`);
    expect(prefill).toMatchObject({ uscc: own.uscc, dueDate: '2026-03-15', filed: null });
    expect(prefill.permits.length).toBeGreaterThan(0);
    expect(prefill.creditLevel).not.toBeNull();
    const body = {
      enterpriseId: own.id,
      year: 2025,
      content: { emergencyPlan: '已备案', carbonTonnes: 1200, note: '' },
    };
    const filed = await ok<DisclosureReportRow>(enterprise, 'POST', '/api/v1/credit/disclosure/annual', body, 201);
    expect([filed.state, filed.filedOn]).toEqual(['filed_late', '2026-11-28']);
    const again = await enterprise.request('POST', '/api/v1/credit/disclosure/annual', body);
    expect([again.statusCode, again.json().error.code]).toEqual([400, 'DISCLOSURE_REPORT_INVALID']);
    expect((await nanning.request('POST', '/api/v1/credit/disclosure/annual', body)).statusCode).toBe(403);
    const portal = await t.app.inject({ method: 'GET', url: `/api/v1/public/credit/disclosures?q=${own.uscc}` });
    expect(portal.json().items).toContainEqual(
      expect.objectContaining({ kind: 'annual', year: 2025, filedOn: '2026-11-28' }),
    );
  });

  it('counts a temporary report’s 5 working days across a weekend and a holiday', async () => {
    const permits = (
      await ok<{ permits: { id: string }[] }>(admin, 'GET', `/api/v1/sources/enterprises/${own.id}/file`)
    ).permits;
    // Friday 2026-04-03, then 清明 04-04..06 (Sat–Mon), the weekend 04-11/12: the 5th working day is Monday 04-13.
    await ok(
      admin,
      'POST',
      `/api/v1/sources/permits/${permits[0]!.id}/events`,
      { kind: 'changed', eventDate: '2026-04-03' },
      201,
    );
    // Wednesday 2026-09-30, then 国庆 10-01..07, Saturday 10-10 a make-up working day, Sunday 10-11 off: 10-13.
    await ok(
      admin,
      'POST',
      `/api/v1/sources/permits/${permits[0]!.id}/events`,
      { kind: 'changed', eventDate: '2026-09-30' },
      201,
    );
    const rows = (
      await ok<{ items: DisclosureReportRow[] }>(enterprise, 'GET', '/api/v1/credit/disclosure/reports?year=2026')
    ).items;
    const due = (day: string) => rows.find((r) => r.event === 'permit_changed' && r.eventDate === day)?.dueDate;
    expect([due('2026-04-03'), due('2026-09-30')]).toEqual(['2026-04-13', '2026-10-13']);
    const row = rows.find((r) => r.eventDate === '2026-09-30')!;
    const filed = await ok<DisclosureReportRow>(
      enterprise,
      'POST',
      '/api/v1/credit/disclosure/temporary',
      { enterpriseId: own.id, eventRef: row.eventRef, content: { text: '许可证变更，依法披露。' } },
      201,
    );
    expect(filed.state).toBe('filed_late');
  });
});
