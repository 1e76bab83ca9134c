import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CaseDetail,
  PublicPunishmentRecord,
  PublicRepairDecision,
  PunishmentRecord,
  RepairRequest,
} from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { caseUpTo, ok } from '../../enforcement/documents/test/case-steps';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { sourcesModule, sourcesReads } from '../../sources';
import { creditRepairDemoSeeder } from './demo/repair-demo';

const API = '/api/v1/credit/repair';
type Page<T> = { items: T[]; total: number };
/** A Shanghai day's noon, as the fake clock's instant. */
const onDay = (day: string) => `${day}T04:00:00Z`;

describe.each(testDatabases())('credit repair on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let officer: Agent;
  let enterpriseUser: Agent;
  let inspector: Agent;
  let decided: CaseDetail;
  let other: CaseDetail;
  let record: PunishmentRecord;
  let otherEnterpriseId: string;

  const status = async (agent: Agent, method: string, url: string, body?: unknown) => {
    const res = await agent.request(method, url, body);
    return { status: res.statusCode, body: res.json() as { error?: { code: string } } & Record<string, unknown> };
  };
  /** Moves the fake clock and logs everyone in again (a session does not outlive months). */
  const at = async (instant: string) => {
    t.clock.set(instant);
    admin = await t.login('admin');
    officer = await t.login('nanning_officer');
    enterpriseUser = await t.login('enterprise_demo');
    inspector = await t.login('inspector');
  };
  const anonymous = async <T>(url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return { page: res.json() as Page<T>, body: res.body };
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    await at('2026-11-10T02:00:00Z');
    admin = await t.login('admin');
    officer = await t.login('nanning_officer');
    enterpriseUser = await t.login('enterprise_demo');
    inspector = await t.login('inspector');
    const nanning = await sourcesReads.enterprisesInReach(t.deps.db, null, { regionCode: '450100' });
    const own = nanning.find((e) => e.name === '南宁示范热电有限公司')!;
    otherEnterpriseId = nanning.find((e) => e.id !== own.id)!.id;
    decided = await caseUpTo({ officer, admin }, own.id, 'decided');
    other = await caseUpTo({ officer, admin }, otherEnterpriseId, 'decided');
    await at(onDay('2026-11-28'));
  });
  afterAll(() => t?.close());

  it('offers a decided case with its default class, and makes a record with the periods of the 2026 regime', async () => {
    const candidates = await ok<{ items: { caseId: string; defaultClass: string }[] }>(
      officer,
      'GET',
      `${API}/case-candidates`,
    );
    expect(candidates.items.find((c) => c.caseId === decided.id)).toMatchObject({ defaultClass: 'general' });
    record = await ok<PunishmentRecord>(officer, 'POST', `${API}/records`, { caseId: decided.id }, 201);
    expect(record).toMatchObject({
      decisionNo: decided.caseNo,
      fineYuan: 200_000,
      punishmentClass: 'general',
      classSource: 'default',
      decisionDate: '2026-11-09',
      regimeId: 'ndrc-2026',
      published: true,
      earliestRepairDate: '2027-02-10',
      automaticRemovalDate: '2027-11-10',
      state: 'published',
      duties: [
        { duty: 'fine_paid', state: 'unmet', on: null },
        { duty: 'correction_verified', state: 'not_required', on: null },
      ],
    });
    const again = await status(officer, 'POST', `${API}/records`, { caseId: decided.id });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('CREDIT_RECORD_EXISTS');
    const after = await ok<{ items: { caseId: string }[] }>(officer, 'GET', `${API}/case-candidates`);
    expect(after.items.map((c) => c.caseId)).not.toContain(decided.id);
  });

  it('lets the officer confirm or change the class (periods follow), and audits it', async () => {
    const serious = await ok<PunishmentRecord>(officer, 'PUT', `${API}/records/${record.id}/class`, {
      punishmentClass: 'serious',
    });
    expect(serious).toMatchObject({ classSource: 'officer', earliestRepairDate: '2027-11-10' });
    record = await ok<PunishmentRecord>(officer, 'PUT', `${API}/records/${record.id}/class`, {
      punishmentClass: 'general',
    });
    expect(record.earliestRepairDate).toBe('2027-02-10');
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', record.id)
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual([
      'credit.record.class',
      'credit.record.class',
      'credit.record.create',
    ]);
  });

  it('keeps records in scope: the Guilin inspector and the enterprise user of another unit do not see them', async () => {
    const theirs = await ok<PunishmentRecord>(officer, 'POST', `${API}/records`, { caseId: other.id }, 201);
    expect((await status(inspector, 'GET', `${API}/records/${record.id}`)).status).toBe(404);
    const listed = await ok<Page<PunishmentRecord>>(inspector, 'GET', `${API}/records?pageSize=200`);
    expect(listed.items.map((r) => r.id)).not.toContain(record.id);
    const own = await ok<Page<PunishmentRecord>>(enterpriseUser, 'GET', `${API}/records?pageSize=200`);
    expect(own.items.map((r) => r.id)).toContain(record.id);
    expect(own.items.map((r) => r.id)).not.toContain(theirs.id);
    expect(new Set(own.items.map((r) => r.enterpriseId))).toEqual(new Set([decided.enterpriseId]));
    const foreign = await status(enterpriseUser, 'POST', `${API}/records/${theirs.id}/requests`, { statement: 'x' });
    expect(foreign.status).toBe(404);
    expect((await status(enterpriseUser, 'POST', `${API}/records`, { caseId: other.id })).status).toBe(403);
    expect((await status(inspector, 'POST', `${API}/records/${record.id}/requests`, { statement: 'x' })).status).toBe(
      403,
    );
  });

  it('refuses a request before the earliest repair date, also on its eve', async () => {
    for (const day of ['2026-11-28', '2027-02-09']) {
      await at(onDay(day));
      const early = await status(enterpriseUser, 'POST', `${API}/records/${record.id}/requests`, {
        statement: '已缴纳罚款',
      });
      expect(early.status, day).toBe(409);
      expect(early.body.error?.code).toBe('REPAIR_NOT_YET_ALLOWED');
    }
  });

  it('takes the request from the earliest day with the duties shown, and approves only once the fine is paid', async () => {
    await at(onDay('2027-02-10'));
    const req = await ok<RepairRequest>(
      enterpriseUser,
      'POST',
      `${API}/records/${record.id}/requests`,
      { statement: '已整改，申请修复' },
      201,
    );
    expect(req).toMatchObject({ state: 'pending', filedBy: 'enterprise', requestedOn: '2027-02-10', dutiesMet: false });
    const twice = await status(enterpriseUser, 'POST', `${API}/records/${record.id}/requests`, { statement: '再次' });
    expect(twice.body.error?.code).toBe('REPAIR_REQUEST_PENDING');
    expect(
      (
        await status(enterpriseUser, 'POST', `/api/v1/credit/repair/requests/${req.id}/decision`, {
          decision: 'approve',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const unmet = await status(admin, 'POST', `${API}/requests/${req.id}/decision`, {
      decision: 'approve',
      reason: '同意',
    });
    expect(unmet.status).toBe(409);
    expect(unmet.body.error?.code).toBe('REPAIR_DUTIES_UNMET');

    await ok(officer, 'POST', `/api/v1/enforcement/cases/${decided.id}/events`, { kind: 'served', date: '2026-11-12' });
    await ok(officer, 'POST', `/api/v1/enforcement/cases/${decided.id}/events`, { kind: 'paid', date: '2026-11-20' });
    const live = await ok<RepairRequest>(officer, 'GET', `${API}/requests/${req.id}`);
    expect(live.duties[0]).toEqual({ duty: 'fine_paid', state: 'met', on: '2026-11-20' });

    await at(onDay('2027-02-12'));
    const approved = await ok<RepairRequest>(admin, 'POST', `${API}/requests/${req.id}/decision`, {
      decision: 'approve',
      reason: '已履行处罚决定，准予修复',
    });
    expect(approved).toMatchObject({ state: 'approved', decidedOn: '2027-02-12', dutiesMet: true });
    expect(await ok<PunishmentRecord>(officer, 'GET', `${API}/records/${record.id}`)).toMatchObject({
      state: 'repaired',
      repairedOn: '2027-02-12',
    });
    const again = await status(admin, 'POST', `${API}/requests/${req.id}/decision`, {
      decision: 'reject',
      reason: 'x',
    });
    expect(again.body.error?.code).toBe('REPAIR_REQUEST_DECIDED');
    const uscc = (await ok<PunishmentRecord>(officer, 'GET', `${API}/records/${record.id}`)).uscc;
    const published = await anonymous<PublicPunishmentRecord>(`/api/v1/public/credit/punishments?q=${uscc}`);
    expect(published.page.items.map((i) => i.decisionNo)).not.toContain(decided.caseNo);
    const repairs = await anonymous<PublicRepairDecision>(`/api/v1/public/credit/repairs?q=${uscc}`);
    expect(repairs.page.items).toContainEqual({
      enterpriseName: '南宁示范热电有限公司',
      uscc,
      decisionNo: decided.caseNo,
      repairedOn: '2027-02-12',
      authority: '南宁市生态环境局',
    });
    const actions = await t.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', req.id).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['credit.repair.decide', 'credit.repair.request']);
  });

  it('removes a record automatically after its maximum (read on the day, no job), and refuses its repair then', async () => {
    await at(onDay('2026-11-28'));
    const hand = await ok<PunishmentRecord>(
      officer,
      'POST',
      `${API}/records`,
      {
        enterpriseId: otherEnterpriseId,
        decisionNo: '南环罚〔2026〕999号',
        violationText: '未按规定设置排污口标志',
        fineYuan: 50_000,
        authority: '南宁市生态环境局',
        decisionDate: '2026-04-01',
        punishmentClass: 'general',
      },
      201,
    );
    expect(hand).toMatchObject({ regimeId: 'ndrc-2026', automaticRemovalDate: '2027-04-02', state: 'published' });
    const listed = async () =>
      (
        await anonymous<PublicPunishmentRecord>(`/api/v1/public/credit/punishments?q=${hand.uscc}&pageSize=100`)
      ).page.items.map((i) => i.decisionNo);
    await at('2027-04-01T15:59:59Z'); // 23:59:59 in Shanghai, the maximum's last day
    expect(await listed()).toContain('南环罚〔2026〕999号');
    await at('2027-04-01T16:00:00Z'); // 2027-04-02 00:00 in Shanghai
    expect(await listed()).not.toContain('南环罚〔2026〕999号');
    expect((await ok<PunishmentRecord>(officer, 'GET', `${API}/records/${hand.id}`)).state).toBe('expired');
    const late = await status(officer, 'POST', `${API}/records/${hand.id}/requests`, { statement: '申请' });
    expect(late.body.error?.code).toBe('REPAIR_NOT_PUBLISHED');
  });

  it('rejects with a reason (the record stays published), and never publishes a minor record from 2026-04-01', async () => {
    await at(onDay('2026-11-28'));
    const base = {
      enterpriseId: otherEnterpriseId,
      violationText: '未按规定公开环境信息',
      fineYuan: 2_000,
      authority: '南宁市生态环境局',
    };
    const old = await ok<PunishmentRecord>(
      officer,
      'POST',
      `${API}/records`,
      { ...base, decisionNo: '南环罚〔2025〕7号', decisionDate: '2025-06-30', punishmentClass: 'general' },
      201,
    );
    expect(old).toMatchObject({ regimeId: 'ndrc-2023-58', earliestRepairDate: '2025-10-01' });
    const minor = await ok<PunishmentRecord>(
      officer,
      'POST',
      `${API}/records`,
      { ...base, decisionNo: '南环罚〔2026〕8号', decisionDate: '2026-05-06', punishmentClass: 'minor' },
      201,
    );
    expect(minor).toMatchObject({ published: false, state: 'not_published', automaticRemovalDate: null });
    const req = await ok<RepairRequest>(
      officer,
      'POST',
      `${API}/records/${old.id}/requests`,
      { statement: '代为录入' },
      201,
    );
    expect(req).toMatchObject({ filedBy: 'officer', dutiesMet: true });
    expect(req.duties.map((d) => d.state)).toEqual(['outside', 'outside']);
    const rejected = await ok<RepairRequest>(admin, 'POST', `${API}/requests/${req.id}/decision`, {
      decision: 'reject',
      reason: '未提供整改证明',
    });
    expect(rejected).toMatchObject({ state: 'rejected', reason: '未提供整改证明' });
    const items = (
      await anonymous<PublicPunishmentRecord>(`/api/v1/public/credit/punishments?pageSize=100&q=${old.uscc}`)
    ).page.items;
    expect(items.map((i) => i.decisionNo)).toContain('南环罚〔2025〕7号');
    expect(items.map((i) => i.decisionNo)).not.toContain('南环罚〔2026〕8号');
  });

  it('lets anyone search the portal by name or credit code, showing the enterprise and the decision only', async () => {
    await at(onDay('2026-11-28'));
    const all = await anonymous<PublicPunishmentRecord>('/api/v1/public/credit/punishments?pageSize=100');
    expect(all.page.total).toBeGreaterThan(0);
    for (const i of all.page.items)
      expect(Object.keys(i).sort()).toEqual(
        [
          'authority',
          'decisionDate',
          'decisionNo',
          'enterpriseName',
          'fineYuan',
          'publicationEnds',
          'punishmentClass',
          'uscc',
          'violationText',
        ].sort(),
      );
    const first = all.page.items[0]!;
    const byName = await anonymous<PublicPunishmentRecord>(
      `/api/v1/public/credit/punishments?q=${encodeURIComponent(first.enterpriseName)}`,
    );
    expect(byName.page.items.every((i) => i.enterpriseName.includes(first.enterpriseName))).toBe(true);
    const byCode = await anonymous<PublicPunishmentRecord>(
      `/api/v1/public/credit/punishments?q=${first.uscc.slice(2, 12).toLowerCase()}`,
    );
    expect(byCode.page.items.map((i) => i.uscc)).toContain(first.uscc);
    expect((await anonymous(`/api/v1/public/credit/punishments?q=${encodeURIComponent('不存在的企业')}`)).page).toEqual(
      {
        items: [],
        total: 0,
      },
    );
    expect(all.body).not.toContain('张小明');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/credit/repairs?pageSize=500' })).statusCode).toBe(
      400,
    );
  });

  it('seeds the demo: records from decided cases, one approved, one rejected, one pending request', async () => {
    const requests = await t.deps.db
      .selectFrom('credit_repair_requests')
      .select(['id', 'state'])
      .where('id', 'like', 'credit-demo-%')
      .orderBy('id')
      .execute();
    expect(requests.map((r) => r.state)).toEqual(['approved', 'rejected', 'pending']);
    const records = await t.deps.db
      .selectFrom('credit_punishment_records')
      .select(['id', 'regime_id'])
      .where('id', 'like', 'credit-demo-%')
      .execute();
    expect(records.length).toBeGreaterThan(10);
    expect(new Set(records.map((r) => r.regime_id))).toEqual(new Set(['ndrc-2023-58', 'ndrc-2026']));
    // Seeding again leaves an install with records alone.
    const count = async () => (await t.deps.db.selectFrom('credit_punishment_records').select('id').execute()).length;
    const before = await count();
    await creditRepairDemoSeeder.seed(t.deps);
    expect(await count()).toBe(before);
  });
});

describe.each(testDatabases())('credit repair without the demo on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    // The platform and the register only: no case, so nothing for the credit demo either.
    await seedDemo(t.deps, [sourcesModule]);
    await creditRepairDemoSeeder.seed(t.deps);
  });
  afterAll(() => t?.close());

  it('answers empty lists', async () => {
    const admin = await t.login('admin');
    expect(await ok(admin, 'GET', `${API}/records`)).toEqual({ items: [], total: 0 });
    expect(await ok(admin, 'GET', `${API}/requests`)).toEqual({ items: [], total: 0 });
    expect(await ok(admin, 'GET', `${API}/case-candidates`)).toEqual({ items: [] });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/credit/repairs' });
    expect(res.json()).toEqual({ items: [], total: 0 });
  });
});
