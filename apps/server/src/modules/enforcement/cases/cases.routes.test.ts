import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseSummary } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { raiseLead } from '../../compliance/leads/raise-lead';
import { sourcesReads } from '../../sources';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const clock = (c: CaseDetail, code: string) => c.clocks.find((k) => k.code === code)!;

describe.each(testDatabases())('enforcement cases on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  let guilinInspector: Agent;
  let enterprise: { id: string; name: string };
  let outlet: { id: string; kind: string };
  let paidCaseId = '';

  beforeAll(async () => {
    t = await createTestApp(db);
    // Tuesday 2026-11-10 in Shanghai.
    t.clock.set('2026-11-10T02:00:00Z');
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    guilinInspector = await t.login('inspector');
    // A Nanning unit of the demo register with an outlet.
    const [o] = await sourcesReads.outletsInReach(t.deps.db, null, { regionCode: '450100' });
    if (!o) throw new Error('the demo register has no Nanning outlet');
    enterprise = { id: o.enterpriseId, name: o.enterpriseName };
    outlet = { id: o.id, kind: o.kind };
  });
  afterAll(() => t.close());

  it('runs a case from the lead to payment on the legal clocks, with the fine of the discretion table', async () => {
    let c = await ok<CaseDetail>(
      nanning,
      'POST',
      '/api/v1/enforcement/cases',
      {
        enterpriseId: enterprise.id,
        title: '超许可浓度排放废水',
        violation: 'water_exceed_permit',
        actDate: '2026-10-20',
        leadFoundOn: '2026-11-02',
      },
      201,
    );
    expect(c.state).toBe('lead');
    expect(c.caseNo).toMatch(/环罚〔2026〕\d+号$/);
    // Filing within 15 calendar days of the lead found on 11-02: 11-17 (a Tuesday), 7 days left on 11-10.
    expect(clock(c, 'FILING')).toMatchObject({ dueDate: '2026-11-17', daysLeft: 7, overdue: false });

    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'filed', date: '2026-11-05' });
    expect(c.state).toBe('investigating');
    expect(clock(c, 'FILING')).toMatchObject({ doneOn: '2026-11-05', satisfied: true });
    // Decision within 90 days of filing: 2027-02-03 (a Wednesday).
    expect(clock(c, 'DECISION').dueDate).toBe('2027-02-03');

    // The fine: Guangxi's placeholder table 2.7.2 (floor 20 %) under Code art. 1103 (the act is after 2026-08-15).
    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/penalty`, {
      table: '2.7.2',
      inputs: {
        pollutant_count: '2',
        pollutant_class: 'B',
        area: 'general',
        daily_volume_t: '120',
        exceed_multiple: '4',
        repeats_2y: '1',
      },
    });
    expect(c.penalty).toMatchObject({ fineYuan: 200_000, basis: { id: 'code-1103' } });
    expect(c.penalty!.warnings).toContain('裁量系数未经官方文本核实');

    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'findings', date: '2026-11-06' });
    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'notice_sent',
      date: '2026-11-06',
      hearingRight: true,
    });
    // The hearing request: 5 working days after Friday 11-06 → Friday 11-13.
    expect(clock(c, 'HEARING_REQUEST')).toMatchObject({ dueDate: '2026-11-13', daysLeft: 3 });

    // A city officer may not decide; the department does.
    const refused = await nanning.request('POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'decided',
      date: '2026-11-09',
    });
    expect(refused.statusCode).toBe(403);
    expect(c.allowedEvents).not.toContain('decided');
    c = await ok(admin, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'decided', date: '2026-11-09' });
    expect(c).toMatchObject({ state: 'decided', fineYuan: 200_000 });
    expect(clock(c, 'DECISION')).toMatchObject({ doneOn: '2026-11-09', satisfied: true });
    // Service within 7 working days of Monday 11-09: Wednesday 11-18.
    expect(clock(c, 'SERVICE').dueDate).toBe('2026-11-18');

    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'served', date: '2026-11-10' });
    // Payment within 15 days of service: 11-25.
    expect(clock(c, 'PAYMENT')).toMatchObject({ dueDate: '2026-11-25', lateFeeYuan: 0 });

    paidCaseId = c.id;
  });

  it('keeps a case out of another city’s reach, and refuses steps out of order or beyond the law', async () => {
    const c = await ok<CaseDetail>(
      nanning,
      'POST',
      '/api/v1/enforcement/cases',
      { enterpriseId: enterprise.id, violation: 'air_exceed_standard', actDate: '2026-11-01' },
      201,
    );
    expect((await guilinInspector.request('GET', `/api/v1/enforcement/cases/${c.id}`)).statusCode).toBe(404);
    const list = await ok<{ items: CaseSummary[] }>(guilinInspector, 'GET', '/api/v1/enforcement/cases');
    expect(list.items.map((i) => i.id)).not.toContain(c.id);

    const served = await nanning.request('POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'served',
      date: '2026-11-09',
    });
    expect(served.statusCode).toBe(409);
    expect(served.json()).toMatchObject({ error: { code: 'CASE_STATE_CONFLICT' } });

    // Filing may be extended once by approval, at most 15 days (⚠ data): 20 is refused.
    const tooLong = await admin.request('POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'extended',
      date: '2026-11-09',
      clock: 'FILING',
      by: 'approval',
      amount: 20,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { code: 'CASE_EVENT_INVALID' } });

    const future = await nanning.request('POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'filed',
      date: '2026-12-01',
    });
    expect(future.statusCode).toBe(400);
  });

  it('pauses the decision clock while the investigation is suspended', async () => {
    let c = await ok<CaseDetail>(
      nanning,
      'POST',
      '/api/v1/enforcement/cases',
      {
        enterpriseId: enterprise.id,
        violation: 'water_exceed_standard',
        actDate: '2026-09-01',
        leadFoundOn: '2026-09-10',
      },
      201,
    );
    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'filed', date: '2026-09-15' });
    const due = clock(c, 'DECISION').dueDate;
    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'paused',
      date: '2026-10-01',
      reason: 'suspended',
    });
    expect(c.state).toBe('suspended');
    c = await ok(nanning, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'resumed', date: '2026-10-10' });
    expect(c.state).toBe('investigating');
    // Ten paused days (10-01 … 10-10) move the due date by ten days.
    expect(clock(c, 'DECISION').pausedDays).toBe(10);
    expect(clock(c, 'DECISION').dueDate > due).toBe(true);
  });

  it('refuses a decision on an act found after the limitation period', async () => {
    let c = await ok<CaseDetail>(
      admin,
      'POST',
      '/api/v1/enforcement/cases',
      {
        enterpriseId: enterprise.id,
        violation: 'water_exceed_standard',
        actDate: '2022-01-10',
        leadFoundOn: '2026-11-02',
      },
      201,
    );
    expect(c.limitation).toMatchObject({ within: false, years: 2, lastDay: '2024-01-10' });
    c = await ok(admin, 'POST', `/api/v1/enforcement/cases/${c.id}/penalty`, { table: '2.7.1', inputs: {} });
    expect(c.penalty?.basis.id).toBe('water-law-83-2');
    for (const [kind, date, more] of [
      ['filed', '2026-11-03', {}],
      ['findings', '2026-11-04', {}],
      ['notice_sent', '2026-11-05', { hearingRight: false }],
    ] as const)
      c = await ok(admin, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind, date, ...more });
    const decided = await admin.request('POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'decided',
      date: '2026-11-09',
    });
    expect(decided.statusCode).toBe(409);
    expect(decided.json()).toMatchObject({ error: { code: 'CASE_LIMITATION_EXPIRED' } });
  });

  it('opens a case from a compliance lead: enterprise, outlet and act dates follow, the lead moves to case_requested', async () => {
    await raiseLead(
      t.deps.db,
      {
        kind: 'exceedance',
        outletId: outlet.id,
        enterpriseId: enterprise.id,
        pollutant: 'cod',
        start: '2026-11-03T06:00:00.000Z',
        end: '2026-11-03T09:00:00.000Z',
        evidence: { peakMultiple: 0.4 },
      },
      '2026-11-04T01:00:00.000Z',
    );
    const leads = await ok<{ items: { id: string; outletId: string }[] }>(
      nanning,
      'GET',
      `/api/v1/compliance/leads?outletId=${outlet.id}`,
    );
    const lead = leads.items[0]!;
    const c = await ok<CaseDetail>(nanning, 'POST', '/api/v1/enforcement/cases', { leadId: lead.id }, 201);
    expect(c).toMatchObject({
      enterpriseId: enterprise.id,
      outletId: outlet.id,
      leadId: lead.id,
      actDate: '2026-11-03',
    });
    // The medium follows the outlet: a wastewater outlet's exceedance is a water one.
    expect(c.violation).toBe(outlet.kind === 'water' ? 'water_exceed_permit' : 'air_exceed_permit');
    // The facts are in words, no codes: they go into the filing form and the decision.
    expect(c.facts).toContain('化学需氧量超过许可排放浓度排放');
    expect(c.facts).not.toMatch(/exceedance|cod\b/);
    expect(clock(c, 'FILING').from).toBe('2026-11-04');
    const after = await ok<{ status: string }>(nanning, 'GET', `/api/v1/compliance/leads/${lead.id}`);
    expect(after.status).toBe('case_requested');
    // A lead opens one case: a second click is refused.
    const again = await nanning.request('POST', '/api/v1/enforcement/cases', { leadId: lead.id });
    expect(again.statusCode).toBe(409);
  });

  // Last: it moves the clock 25 days on (the other tests' sessions would expire).
  it('counts the late fee of an unpaid fine (3 % a day) and shows the case as overdue until paid', async () => {
    t.clock.set('2026-12-05T02:00:00Z');
    // Ten days late: 3 % of 200,000 × 10 = 60,000 yuan of late fee, and the case shows as overdue.
    t.clock.set('2026-12-05T02:00:00Z');
    const later = await t.login('nanning_officer');
    let c = await ok<CaseDetail>(later, 'GET', `/api/v1/enforcement/cases/${paidCaseId}`);
    expect(c.state).toBe('overdue');
    expect(clock(c, 'PAYMENT')).toMatchObject({ overdue: true, lateFeeYuan: 60_000 });
    const overdue = await ok<{ items: CaseSummary[] }>(
      later,
      'GET',
      `/api/v1/enforcement/cases?overdue=true&enterpriseId=${enterprise.id}&pageSize=200`,
    );
    expect(overdue.items.map((i) => i.id)).toContain(c.id);

    c = await ok(later, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, { kind: 'paid', date: '2026-12-05' });
    expect(c.state).toBe('paid');
  });
});
