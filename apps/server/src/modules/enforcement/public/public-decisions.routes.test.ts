import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, PublicDecision } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { sourcesReads } from '../../sources';
import { caseUpTo, ok, PRIVATE_FACTS } from '../documents/test/case-steps';

type Page = { items: PublicDecision[]; total: number };
const URL = '/api/v1/public/enforcement/decisions';

describe.each(testDatabases())('public penalty decisions on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let officer: Agent;
  let decided: CaseDetail;
  let noticed: CaseDetail;
  let lead: CaseDetail;
  const anonymous = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { page: res.json() as Page, body: res.body };
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-11-10T02:00:00Z');
    admin = await t.login('admin');
    officer = await t.login('nanning_officer');
    const [o] = await sourcesReads.outletsInReach(t.deps.db, null, { regionCode: '450100' });
    if (!o) throw new Error('the demo register has no Nanning outlet');
    decided = await caseUpTo({ officer, admin }, o.enterpriseId, 'decided');
    noticed = await caseUpTo({ officer, admin }, o.enterpriseId, 'notice');
    lead = await caseUpTo({ officer, admin }, o.enterpriseId, 'lead');
  });
  afterAll(() => t?.close());

  it('lists a decided case to anyone, without login: number, party, violation in Chinese, article, fine, day, authority', async () => {
    const { page } = await anonymous(URL);
    expect(page.items).toContainEqual({
      caseNo: decided.caseNo,
      enterpriseName: decided.enterpriseName,
      uscc: expect.stringMatching(/^[0-9A-Z]{18}$/),
      violation: 'water_exceed_permit',
      violationText: '超过排污许可证规定的许可排放浓度排放水污染物',
      basisCitation: '《中华人民共和国生态环境法典》第一千一百零三条',
      fineYuan: 200_000,
      decisionDate: '2026-11-09',
      authority: '南宁市生态环境局',
    });
  });

  it('hides cases not decided yet (a lead, a case at the prior notice), and shows a served one still', async () => {
    const numbers = (await anonymous(URL)).page.items.map((i) => i.caseNo);
    expect(numbers).toContain(decided.caseNo);
    expect(numbers).not.toContain(noticed.caseNo);
    expect(numbers).not.toContain(lead.caseNo);
    await ok(officer, 'POST', `/api/v1/enforcement/cases/${decided.id}/events`, { kind: 'served', date: '2026-11-10' });
    expect((await anonymous(URL)).page.items.map((i) => i.caseNo)).toContain(decided.caseNo);
  });

  it('never shows the facts, the persons of the register or the officers', async () => {
    const { page, body } = await anonymous(URL);
    for (const item of page.items)
      expect(Object.keys(item).sort()).toEqual(
        [
          'authority',
          'basisCitation',
          'caseNo',
          'decisionDate',
          'enterpriseName',
          'fineYuan',
          'uscc',
          'violation',
          'violationText',
        ].sort(),
      );
    const enterprise = await ok<{ legalRepresentative: string; contacts: { name: string; phone: string }[] }>(
      admin,
      'GET',
      `/api/v1/sources/enterprises/${decided.enterpriseId}`,
    );
    type Me = { user: { id: string; username: string; displayName: string } };
    const officers = await Promise.all([officer, admin].map((a) => ok<Me>(a, 'GET', '/api/v1/auth/me')));
    const secrets = [
      PRIVATE_FACTS,
      '张小明',
      decided.title,
      decided.id,
      enterprise.legalRepresentative,
      ...enterprise.contacts.flatMap((c) => [c.name, c.phone]),
      ...officers.flatMap(({ user }) => [user.id, user.username, user.displayName]),
    ].filter((s) => s.length > 0);
    // Negative control: the register does name a legal representative, so the check below has teeth.
    expect(enterprise.legalRepresentative.length).toBeGreaterThan(0);
    for (const s of secrets) expect(body, s).not.toContain(s);
  });

  it('finds by part of the case number, the enterprise name or the credit code, and pages', async () => {
    const serial = decided.caseNo.match(/〕(\d+)号/)![1]!;
    const byNo = await anonymous(`${URL}?q=${encodeURIComponent(`〕${serial}号`)}`);
    expect(byNo.page.items.map((i) => i.caseNo)).toEqual([decided.caseNo]);
    const uscc = byNo.page.items[0]!.uscc;
    expect((await anonymous(`${URL}?q=${uscc.slice(2, 10).toLowerCase()}`)).page.total).toBeGreaterThan(0);
    const byName = (await anonymous(`${URL}?q=${encodeURIComponent(decided.enterpriseName)}`)).page;
    expect(byName.items.map((i) => i.caseNo)).toContain(decided.caseNo);
    expect(byName.items.every((i) => i.enterpriseName.includes(decided.enterpriseName))).toBe(true);
    expect((await anonymous(`${URL}?q=${encodeURIComponent('不存在的企业')}`)).page).toEqual({ items: [], total: 0 });
    // Pages of one: the demo's decided cases are listed too, each once.
    const { total } = (await anonymous(`${URL}?pageSize=1`)).page;
    const first = (await anonymous(`${URL}?page=1&pageSize=1`)).page.items[0]!;
    const second = (await anonymous(`${URL}?page=2&pageSize=1`)).page;
    expect(second.total).toBe(total);
    expect(second.items.length).toBe(total > 1 ? 1 : 0);
    if (total > 1) expect(second.items[0]!.caseNo).not.toBe(first.caseNo);
    const past = (await anonymous(`${URL}?page=${total + 1}&pageSize=1`)).page;
    expect(past).toEqual({ items: [], total });
    const bad = await t.app.inject({ method: 'GET', url: `${URL}?pageSize=1000` });
    expect(bad.statusCode).toBe(400);
  });
});
