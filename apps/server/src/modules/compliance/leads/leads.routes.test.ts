import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '@ecocloud/contracts';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { outletWithLogger } from '../test/compliance-fixtures';
import { raiseLead } from './raise-lead';

const T0 = Date.parse('2026-11-20T00:00:00Z');
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString();

describe.each(testDatabases())('the leads inbox and its triage on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  let guilinInspector: Agent;
  let enterpriseUser: Agent;
  /** Three leads of a Guilin enterprise, one of the demo enterprise user's own (Nanning). */
  const guilin: string[] = [];
  let own = '';

  const leadIdOf = async (outletId: string, enterpriseId: string, hour: number) => {
    const lead = {
      kind: 'sign' as const,
      signKind: 'constant',
      outletId,
      enterpriseId,
      pollutant: 'so2',
      start: at(hour),
      end: at(hour + 6),
      evidence: { text: '6 h with no minute-to-minute change' },
      act: '环发〔2015〕175号 §5',
    };
    expect(await raiseLead(t.deps.db, lead, at(30))).toBe(true);
    const res = await admin.request('GET', `/api/v1/compliance/leads?outletId=${outletId}&pageSize=200`);
    return (res.json() as { items: Lead[] }).items.find((l) => l.start === at(hour))!.id;
  };
  const list = async (agent: Agent, q = '') => {
    const res = await agent.request('GET', `/api/v1/compliance/leads?pageSize=200${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Lead[]; total: number };
  };
  const step = (agent: Agent, id: string, name: string, body: unknown) =>
    agent.request('POST', `/api/v1/compliance/leads/${id}/${name}`, body);

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set(at(30));
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    guilinInspector = await t.login('inspector');
    enterpriseUser = await t.login('enterprise_demo');
    const g = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 100 } });
    const n = await outletWithLogger(admin, {
      regionCode: '450103',
      limits: { so2: 100 },
      enterpriseOrgId: await orgIdOf(t.deps, '450103', 'enterprise'),
    });
    for (const h of [0, 7, 14]) guilin.push(await leadIdOf(g.outletId, g.enterpriseId, h));
    own = await leadIdOf(n.outletId, n.enterpriseId, 0);
  });
  afterAll(() => t?.close());

  it('shows each reader the leads of its own scope: a city its enterprises, an enterprise user its own', async () => {
    expect((await list(admin)).total).toBe(4);
    expect((await list(guilinInspector)).items.map((l) => l.id).sort()).toEqual([...guilin].sort());
    for (const agent of [nanningOfficer, enterpriseUser]) {
      const { items, total } = await list(agent);
      expect([total, items.map((l) => l.id)]).toEqual([1, [own]]);
      expect(items[0]).toMatchObject({ outletCode: 'DA001', regionCode: '450103', status: 'open', kind: 'sign' });
      const other = await agent.request('GET', `/api/v1/compliance/leads/${guilin[0]}`);
      expect([other.statusCode, other.json().error.code]).toEqual([404, 'LEAD_NOT_FOUND']);
    }
    const one = await guilinInspector.request('GET', `/api/v1/compliance/leads/${guilin[0]}`);
    expect(one.json()).toMatchObject({ id: guilin[0], evidence: { text: '6 h with no minute-to-minute change' } });
    // newest start first by default; a whitelisted sort otherwise, and a sort key outside it is refused
    expect((await list(guilinInspector)).items.map((l) => l.start)).toEqual([at(14), at(7), at(0)]);
    expect((await list(guilinInspector, '&sort=start&order=asc')).items.map((l) => l.start)).toEqual([
      at(0),
      at(7),
      at(14),
    ]);
    expect((await guilinInspector.request('GET', '/api/v1/compliance/leads?sort=evidence')).statusCode).toBe(400);
  });

  it('asks, takes the enterprise’s own answer, and turns it into a case; every wrong step is a 409', async () => {
    const asked = await step(nanningOfficer, own, 'ask', { question: '请说明 11 月 20 日 SO2 数据恒定的原因' });
    expect([asked.statusCode, asked.json().status, asked.json().question]).toEqual([
      200,
      'explanation_requested',
      '请说明 11 月 20 日 SO2 数据恒定的原因',
    ]);
    const again = await step(nanningOfficer, own, 'ask', { question: '再次询问' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'LEAD_STATE_CONFLICT']);
    expect(again.json().error.details[0].params).toEqual({ status: 'explanation_requested', step: 'ask' });
    expect((await step(nanningOfficer, own, 'dismiss', { reason: '无需处理' })).statusCode).toBe(409);
    // an officer cannot answer for the enterprise (no compliance:explain)
    expect((await step(admin, own, 'explain', { explanation: '代答' })).statusCode).toBe(403);
    const explained = await step(enterpriseUser, own, 'explain', { explanation: '分析仪故障，已更换' });
    expect([explained.statusCode, explained.json().status, explained.json().explanation]).toEqual([
      200,
      'explained',
      '分析仪故障，已更换',
    ]);
    expect((await step(enterpriseUser, own, 'explain', { explanation: '补充' })).statusCode).toBe(409);
    const cased = await step(nanningOfficer, own, 'case', { reason: '说明与视频监控不符' });
    expect([cased.statusCode, cased.json().status, cased.json().reason]).toEqual([
      200,
      'case_requested',
      '说明与视频监控不符',
    ]);
    for (const [name, body] of [
      ['dismiss', { reason: '已立案' }],
      ['case', {}],
      ['ask', { question: '再问' }],
    ] as const)
      expect((await step(nanningOfficer, own, name, body)).json().error.code).toBe('LEAD_STATE_CONFLICT');
  });

  it("keeps an enterprise user to its own leads and a city to its own enterprises' leads (404, never 403 or 409)", async () => {
    const notOwn = await step(enterpriseUser, guilin[0]!, 'explain', { explanation: '不是我们的' });
    expect([notOwn.statusCode, notOwn.json().error.code]).toEqual([404, 'LEAD_NOT_FOUND']);
    expect((await step(enterpriseUser, own, 'dismiss', { reason: '自己排除' })).statusCode).toBe(403);
    const otherCity = await step(nanningOfficer, guilin[0]!, 'dismiss', { reason: '南宁看不到桂林' });
    expect([otherCity.statusCode, otherCity.json().error.code]).toEqual([404, 'LEAD_NOT_FOUND']);
    expect((await step(guilinInspector, guilin[0]!, 'dismiss', { reason: 'x' })).statusCode).toBe(400); // too short
    expect((await guilinInspector.request('GET', `/api/v1/compliance/leads/${guilin[0]}`)).json().status).toBe('open');
  });

  it('dismisses with a reason, closes the lead for good, never reopens it on a later scan, and audits each step', async () => {
    const dismissed = await step(guilinInspector, guilin[0]!, 'dismiss', { reason: '计划停炉检修，已报备' });
    expect([dismissed.statusCode, dismissed.json().status]).toEqual([200, 'dismissed']);
    expect((await step(guilinInspector, guilin[0]!, 'case', {})).statusCode).toBe(409);
    const cased = await step(guilinInspector, guilin[1]!, 'case', {});
    expect([cased.statusCode, cased.json().status, cased.json().reason]).toEqual([200, 'case_requested', '']);
    // the same run found again by a scan: not new, and the person's decision stands
    const [g] = (await list(admin, `&status=dismissed`)).items;
    expect(
      await raiseLead(
        t.deps.db,
        {
          kind: 'sign',
          signKind: 'constant',
          outletId: g!.outletId,
          enterpriseId: g!.enterpriseId,
          pollutant: 'so2',
          start: g!.start,
          end: at(40),
          evidence: {},
        },
        at(41),
      ),
    ).toBe(false);
    expect((await guilinInspector.request('GET', `/api/v1/compliance/leads/${g!.id}`)).json()).toMatchObject({
      status: 'dismissed',
      end: at(6),
    });
    expect((await list(admin, '&status=case_requested')).total).toBe(2);
    expect((await list(admin, '&status=open&kind=sign')).items.map((l) => l.id)).toEqual([guilin[2]]);

    const audit = async (action: string) => {
      const res = await admin.request('GET', `/api/v1/audit?action=${action}&pageSize=50`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: { entityType: string; entityId: string; after: { status: string } }[] }).items;
    };
    expect((await audit('compliance.lead.ask')).map((e) => [e.entityType, e.entityId, e.after.status])).toEqual([
      ['compliance_lead', own, 'explanation_requested'],
    ]);
    expect((await audit('compliance.lead.explain')).map((e) => e.entityId)).toEqual([own]);
    expect((await audit('compliance.lead.case')).map((e) => e.entityId).sort()).toEqual([own, guilin[1]].sort());
    expect((await audit('compliance.lead.dismiss')).map((e) => e.entityId)).toEqual([guilin[0]]);
  });
});
