import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, InspectionChecklist, InspectionObject, InspectionRecord } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { inspectionRecordsDemoSeeder } from './records-demo';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const RECORDS = '/api/v1/enforcement/inspection-records';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 3)]);
const image = (kind: string, bytes: Buffer, contentType: string) => ({
  kind,
  fileName: `${kind}.img`,
  contentType,
  dataBase64: bytes.toString('base64'),
});
let serial = 0;
const clientId = () => `test-draft-${String(++serial).padStart(4, '0')}`;

describe.each(testDatabases())('inspection records on $name', (db) => {
  let t: TestApp;
  let nanning: Agent;
  let guilin: Agent;
  let admin: Agent;
  let units: InspectionObject[] = [];
  const recordFor = (enterpriseId: string, more: Record<string, unknown> = {}) => ({
    clientId: clientId(),
    enterpriseId,
    date: '2026-11-27',
    method: 'site',
    inspectors: [{ name: '南宁执法甲' }, { name: '南宁执法乙' }],
    lon: 108.32,
    lat: 22.82,
    checklist: [{ key: 'permit_posted', answer: 'yes' }],
    outcome: 'compliant',
    ...more,
  });

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-11-28T02:00:00Z');
    nanning = await t.login('nanning_officer');
    guilin = await t.login('inspector');
    admin = await t.login('admin');
    units = (
      await ok<{ items: InspectionObject[] }>(
        nanning,
        'GET',
        '/api/v1/enforcement/inspection-objects?regionCode=450100',
      )
    ).items.filter((u) => !u.positiveList);
  });
  afterAll(() => t.close());

  it('seeds records of the published demo plans, deterministically and once', async () => {
    const list = await ok<{ items: InspectionRecord[]; total: number }>(
      nanning,
      'GET',
      `${RECORDS}?planId=enf-demo-p450100`,
    );
    const plan = await ok<{ objects: unknown[]; publishedAt: string }>(
      nanning,
      'GET',
      '/api/v1/enforcement/inspection-plans/enf-demo-p450100',
    );
    expect(plan.publishedAt).toBe('2026-08-17T02:00:00.000Z');
    expect(plan.objects.length).toBeGreaterThanOrEqual(2);
    expect(list.total).toBe(Math.min(4, plan.objects.length));
    expect(list.items.filter((r) => r.outcome === 'problems')).toHaveLength(1);
    expect(list.items.every((r) => r.date >= '2026-08-17' && r.date <= '2026-08-20')).toBe(true);
    // Guilin's inspector does not see Nanning's records.
    expect((await ok<{ total: number }>(guilin, 'GET', `${RECORDS}?planId=enf-demo-p450100`)).total).toBe(0);
    await inspectionRecordsDemoSeeder.seed(t.deps);
    expect((await ok<{ total: number }>(nanning, 'GET', `${RECORDS}?planId=enf-demo-p450100`)).total).toBe(list.total);
  });

  it("gives the checklist of the unit's industry", async () => {
    const lists = await Promise.all(
      units.map((u) =>
        ok<InspectionChecklist>(
          nanning,
          'GET',
          `/api/v1/enforcement/inspection-checklist?enterpriseId=${u.enterpriseId}`,
        ),
      ),
    );
    const power = lists.find((l) => l.industryCode.startsWith('441'))!;
    expect(power.industry?.key).toBe('thermal_power');
    expect(power.items.map((i) => i.key)).toEqual(expect.arrayContaining(['permit_posted', 'tp_desulfurisation']));
    const other = lists.find((l) => !l.industry)!;
    expect(other.items.every((i) => i.industry === '')).toBe(true);
    const r = await guilin.request(
      'GET',
      `/api/v1/enforcement/inspection-checklist?enterpriseId=${power.enterpriseId}`,
    );
    expect(r.statusCode).toBe(404);
  });

  it('files a record with photos and signatures, in scope, once per draft', async () => {
    const unit = units[0]!.enterpriseId;
    const body = recordFor(unit, {
      attachments: [
        image('photo', PNG, 'image/png'),
        image('signature_inspector', JPEG, 'image/jpeg'),
        image('signature_party', PNG, 'image/png'),
      ],
    });
    const made = await ok<InspectionRecord>(nanning, 'POST', RECORDS, body, 201);
    expect(made).toMatchObject({ enterpriseId: unit, method: 'site', outcome: 'compliant', lon: 108.32 });
    expect(made.attachments.map((a) => [a.kind, a.size])).toEqual([
      ['photo', PNG.length],
      ['signature_inspector', JPEG.length],
      ['signature_party', PNG.length],
    ]);
    // The phone sends the draft again (it never saw the answer): the same record, no second one.
    const again = await ok<InspectionRecord>(nanning, 'POST', RECORDS, body, 200);
    expect(again.id).toBe(made.id);
    const mine = await ok<{ items: InspectionRecord[] }>(nanning, 'GET', `${RECORDS}?enterpriseId=${unit}`);
    expect(mine.items.filter((r) => r.clientId === body.clientId)).toHaveLength(1);
    // Another user's record under the same draft id is a conflict.
    const taken = await admin.request('POST', RECORDS, body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('INSPECTION_RECORD_CONFLICT');

    const file = await nanning.request('GET', `${RECORDS}/${made.id}/attachments/${made.attachments[1]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.from(file.rawPayload).equals(JPEG)).toBe(true);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'enforcement.inspection_record.create')
      .execute();
    expect(audited.map((a) => a.entity_id)).toContain(made.id);

    // Another city's inspector: 404 on the record, its file and its unit; nothing in their list.
    for (const url of [`${RECORDS}/${made.id}`, `${RECORDS}/${made.id}/attachments/${made.attachments[0]!.id}`])
      expect((await guilin.request('GET', url)).statusCode).toBe(404);
    const outside = await guilin.request('POST', RECORDS, recordFor(unit));
    expect(outside.statusCode).toBe(404);
    expect((await ok<{ total: number }>(guilin, 'GET', `${RECORDS}?enterpriseId=${unit}`)).total).toBe(0);
  });

  it('refuses images too large or not of their declared type', async () => {
    const unit = units[0]!.enterpriseId;
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const cases: [unknown, string][] = [
      [image('photo', big, 'image/png'), 'body.attachments.0.dataBase64'],
      [
        image('photo', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png'),
        'body.attachments.0.contentType',
      ],
      [image('photo', PNG, 'image/jpeg'), 'body.attachments.0.contentType'],
      [image('photo', Buffer.from('GIF89a0000'), 'image/gif'), 'body.attachments.0.contentType'],
    ];
    for (const [attachment, path] of cases) {
      const r = await nanning.request('POST', RECORDS, recordFor(unit, { attachments: [attachment] }));
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'INSPECTION_ATTACHMENT_REFUSED', details: [{ path }] });
    }
    const bad = await nanning.request(
      'POST',
      RECORDS,
      recordFor(unit, { attachments: [{ ...image('photo', PNG, 'image/png'), kind: 'video' }] }),
    );
    expect(bad.statusCode).toBe(400);
  });

  it('checks positive-list units off site, and asks a reason to visit them', async () => {
    const listed = units[1]!.enterpriseId;
    const plain = units[2]!.enterpriseId;
    await ok(nanning, 'PUT', `/api/v1/enforcement/inspection-objects/${listed}`, { positiveList: true });
    const noReason = await nanning.request('POST', RECORDS, recordFor(listed));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      code: 'INSPECTION_RECORD_INVALID',
      details: [{ path: 'body.siteReason' }],
    });
    await ok(nanning, 'POST', RECORDS, recordFor(listed, { siteReason: '群众投诉夜间异味' }), 201);
    const video = await ok<InspectionRecord>(nanning, 'POST', RECORDS, recordFor(listed, { method: 'video' }), 201);
    expect(video.method).toBe('video');
    const offSite = await nanning.request('POST', RECORDS, recordFor(plain, { method: 'power_use' }));
    expect(offSite.statusCode).toBe(400);
    expect(offSite.json().error.details[0].path).toBe('body.method');
  });

  it('checks the answers, the outcome and the plan', async () => {
    const unit = units[0]!.enterpriseId;
    const refusals: [Record<string, unknown>, string][] = [
      [{ checklist: [{ key: 'permit_posted', answer: 'no' }] }, 'body.outcome'],
      [{ outcome: 'problems' }, 'body.findings'],
      [{ checklist: [{ key: 'no_such_item', answer: 'yes' }] }, 'body.checklist.0.key'],
      [{ date: '2026-11-29' }, 'body.date'],
      [{ planId: 'enf-demo-p450100', enterpriseId: unit, date: '2026-11-27' }, 'body.enterpriseId'],
      [{ planId: 'no-such-plan' }, 'body.planId'],
    ];
    const drawn = (
      await ok<{ objects: { enterpriseId: string; method: string }[] }>(
        nanning,
        'GET',
        '/api/v1/enforcement/inspection-plans/enf-demo-p450100',
      )
    ).objects;
    for (const [more, path] of refusals) {
      if (path === 'body.enterpriseId' && drawn.some((o) => o.enterpriseId === unit)) continue;
      const r = await nanning.request('POST', RECORDS, recordFor(unit, more));
      expect(r.statusCode, path).toBe(400);
      expect(r.json().error.details[0].path).toBe(path);
    }
    const visit = drawn.find((o) => o.method === 'site_visit')!;
    const linked = await ok<InspectionRecord>(
      nanning,
      'POST',
      RECORDS,
      recordFor(visit.enterpriseId, { planId: 'enf-demo-p450100', checklist: [] }),
      201,
    );
    const byPlan = await ok<{ items: InspectionRecord[] }>(
      nanning,
      'GET',
      `${RECORDS}?planId=enf-demo-p450100&pageSize=50`,
    );
    expect(byPlan.items.map((r) => r.id)).toContain(linked.id);
  });

  it("turns a record's findings into a case, once", async () => {
    const unit = units[3]!.enterpriseId;
    const record = await ok<InspectionRecord>(
      nanning,
      'POST',
      RECORDS,
      recordFor(unit, {
        checklist: [{ key: 'treatment_running', answer: 'no', note: '除尘器停运' }],
        findings: '废水处理设施停运，直接排放。',
        outcome: 'problems',
      }),
      201,
    );
    const compliant = await ok<InspectionRecord>(nanning, 'POST', RECORDS, recordFor(unit), 201);
    const body = { violation: 'water_exceed_permit' };
    expect((await guilin.request('POST', `${RECORDS}/${record.id}/case`, body)).statusCode).toBe(404);
    expect((await nanning.request('POST', `${RECORDS}/${compliant.id}/case`, body)).statusCode).toBe(409);
    const linked = await ok<InspectionRecord>(nanning, 'POST', `${RECORDS}/${record.id}/case`, body);
    expect(linked.caseId).toBeTruthy();
    const opened = await ok<CaseDetail>(nanning, 'GET', `/api/v1/enforcement/cases/${linked.caseId}`);
    expect(opened).toMatchObject({ state: 'lead', enterpriseId: unit, actDate: '2026-11-27' });
    expect(opened.facts).toContain('废水处理设施停运');
    expect(opened.facts).toContain('污染防治设施正常运行，运行台账完整：否（除尘器停运）');
    expect(opened.events[0]).toMatchObject({ kind: 'lead_found', date: '2026-11-27' });
    const twice = await nanning.request('POST', `${RECORDS}/${record.id}/case`, body);
    expect(twice.statusCode).toBe(409);
    // A reader without enforcement:write may not.
    const analyst = await t.login('analyst');
    expect((await analyst.request('POST', `${RECORDS}/${record.id}/case`, body)).statusCode).toBe(403);
  });
});

describe.each(testDatabases())('inspection records on an empty $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, []); // the platform (users) only: no register, no plans
  });
  afterAll(() => t.close());

  it('seeds nothing without a register, and lists nothing', async () => {
    await inspectionRecordsDemoSeeder.seed(t.deps);
    const admin = await t.login('admin');
    expect((await ok<{ total: number }>(admin, 'GET', RECORDS)).total).toBe(0);
    expect(await t.deps.db.selectFrom('inspection_plans').select('id').execute()).toEqual([]);
  });
});
