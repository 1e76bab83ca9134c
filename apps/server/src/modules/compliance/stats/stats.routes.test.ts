import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceSettings, ComplianceStatsRow } from '@ecocloud/contracts';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { raiseLead } from '../leads/raise-lead';
import { outletWithLogger } from '../test/compliance-fixtures';

const H = 3_600_000;
const T0 = Date.parse('2026-11-05T00:00:00Z');
const at = (h: number) => new Date(T0 + h * H).toISOString();
const RANGE = `from=${at(0)}&to=${at(10)}`;

type Hour = { valid: boolean; validMinutes: number; received: number | null; exceeded?: boolean; amountKg?: number };

describe.each(testDatabases())('compliance statistics, settings and the online-and-compliant metric on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  let good: Awaited<ReturnType<typeof outletWithLogger>>;
  let poor: Awaited<ReturnType<typeof outletWithLogger>>;
  let quiet: Awaited<ReturnType<typeof outletWithLogger>>;

  /** Judged hours as the judge stores them (the stats read nothing else), one row per hour from T0. */
  const storeHours = async (outletId: string, hours: Hour[]) => {
    for (const [i, h] of hours.entries())
      await t.deps.db
        .insertInto('compliance_hours')
        .values({
          outlet_id: outletId,
          pollutant: 'so2',
          hour_start: at(i),
          valid_minutes: h.validMinutes,
          valid: h.valid ? 1 : 0,
          mean: h.valid ? 50 : null,
          o2_mean: null,
          converted: h.valid ? 50 : null,
          limit_value: 100,
          exceeded: h.valid ? (h.exceeded ? 1 : 0) : null,
          multiple: null,
          note: h.valid ? '' : 'HOUR_INVALID',
          judged_at: at(12),
          received_minutes: h.received,
          flow_mean: null,
          amount_kg: h.amountKg ?? null,
        })
        .execute();
  };
  const stats = async (agent: Agent, q: string) => {
    const res = await agent.request('GET', `/api/v1/compliance/stats?${RANGE}${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { rows: ComplianceStatsRow[] }).rows;
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set(at(12));
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    good = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 100 } });
    poor = await outletWithLogger(admin, { regionCode: '450321', limits: { so2: 100 } });
    quiet = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 100 } });
    const nanning = await outletWithLogger(admin, {
      regionCode: '450103',
      limits: { so2: 100 },
      enterpriseOrgId: await orgIdOf(t.deps, '450103', 'enterprise'),
    });
    // good: every minute arrives and is valid; 1.5 kg an hour
    await storeHours(
      good.outletId,
      Array.from({ length: 10 }, () => ({ valid: true, validMinutes: 60, received: 60, amountKg: 1.5 })),
    );
    // poor: 50 of 60 minutes arrive; 8 hours valid on them, 2 with only 20 valid; two exceed
    await storeHours(
      poor.outletId,
      Array.from({ length: 10 }, (_, i) =>
        i < 8
          ? { valid: true, validMinutes: 50, received: 50, exceeded: i < 2, amountKg: 0.1 }
          : { valid: false, validMinutes: 20, received: 50 },
      ),
    );
    // quiet: compliant, but only 51 of 60 minutes arrive (85 %)
    await storeHours(
      quiet.outletId,
      Array.from({ length: 10 }, () => ({ valid: true, validMinutes: 51, received: 51 })),
    );
    // judged before migration 0015: the received minutes are unknown, so no transmission rate
    await storeHours(nanning.outletId, [{ valid: true, validMinutes: 60, received: null }]);
    await raiseLead(
      t.deps.db,
      {
        kind: 'exceedance',
        outletId: poor.outletId,
        enterpriseId: poor.enterpriseId,
        pollutant: 'so2',
        start: at(0),
        end: at(2),
        evidence: {},
      },
      at(12),
    );
  });
  afterAll(() => t?.close());

  it('per enterprise: valid-hour rate, transmission, 有效传输率 (product), exceedance hours, kg and pending leads', async () => {
    const rows = await stats(admin, '&groupBy=enterprise&regionCode=450300');
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(rows).toHaveLength(3);
    expect(byKey.get(quiet.enterpriseId)).toMatchObject({
      transmissionRate: 85,
      validHourRate: 100,
      effectiveTransmissionRate: 85,
    });
    expect(byKey.get(good.enterpriseId)).toMatchObject({
      outlets: 1,
      judgedHours: 10,
      validHours: 10,
      validHourRate: 100,
      transmissionRate: 100,
      effectiveTransmissionRate: 100,
      exceedanceHours: 0,
      amountKg: 15,
      openLeads: 0,
      regionCode: '450300',
    });
    expect(byKey.get(poor.enterpriseId)).toMatchObject({
      validHourRate: 80,
      transmissionRate: 83.3, // 500 / 600
      effectiveTransmissionRate: 66.7, // 5/6 × 8/10, rounded once
      exceedanceHours: 2,
      amountKg: 0.8,
      openLeads: 1,
      regionCode: '450321',
    });
  });

  it('per city (the county 450321 counts under 桂林市) in the caller’s scope, never above 100 %', async () => {
    const rows = await stats(admin, '&groupBy=region');
    expect(rows.map((r) => [r.key, r.name, r.outlets, r.judgedHours])).toEqual([
      ['450100', '南宁市', 1, 1],
      ['450300', '桂林市', 3, 30],
    ]);
    const [nanning, guilin] = rows;
    expect(nanning).toMatchObject({ transmissionRate: null, effectiveTransmissionRate: null, validHourRate: 100 });
    // (600 + 500 + 510) / 1800 minutes; 28 of 30 hours valid
    expect(guilin).toMatchObject({ transmissionRate: 89.4, validHourRate: 93.3, exceedanceHours: 2, openLeads: 1 });
    for (const r of rows)
      for (const rate of [r.validHourRate, r.transmissionRate, r.effectiveTransmissionRate])
        expect(rate === null || (rate >= 0 && rate <= 100)).toBe(true);
    expect((await stats(nanningOfficer, '&groupBy=region')).map((r) => r.key)).toEqual(['450100']);
    expect(await stats(nanningOfficer, '&groupBy=enterprise&regionCode=450300')).toEqual([]);
  });

  it('reads and changes the settings (administrators only, audited); the valid_only formula changes the rate', async () => {
    const read = await nanningOfficer.request('GET', '/api/v1/compliance/settings');
    expect(read.json()).toEqual({
      transmissionFormula: 'product',
      missingDataHours: 4,
      transmissionAlertPercent: 90,
      phMin: 6,
    });
    const next: ComplianceSettings = {
      transmissionFormula: 'valid_only',
      missingDataHours: 6,
      transmissionAlertPercent: 80,
      phMin: 6,
    };
    expect((await nanningOfficer.request('PUT', '/api/v1/compliance/settings', next)).statusCode).toBe(403);
    const bad = await admin.request('PUT', '/api/v1/compliance/settings', { ...next, missingDataHours: 0 });
    expect([bad.statusCode, bad.json().error.details[0].path]).toEqual([400, 'body.missingDataHours']);
    const put = await admin.request('PUT', '/api/v1/compliance/settings', next);
    expect([put.statusCode, put.json()]).toEqual([200, next]);
    expect((await nanningOfficer.request('GET', '/api/v1/compliance/settings')).json()).toEqual(next);
    const [poorRow] = await stats(admin, '&groupBy=enterprise&regionCode=450321');
    expect(poorRow!.effectiveTransmissionRate).toBe(73.3); // (8 × 50 + 2 × 20) valid of 600 expected minutes
    const audit = await admin.request('GET', '/api/v1/audit?action=compliance.settings.put');
    expect(audit.json().items[0]).toMatchObject({
      entityType: 'setting',
      entityId: 'compliance.settings',
      after: next,
    });
  });

  it('publishes key units online and compliant: transmission at or above the threshold and no exceeding hour', async () => {
    const q = { regionCode: '450300', year: 2026, asOf: new Date(at(12)) };
    const online = () => findMetric('compliance.key_units_online_compliant_month_pct')!.read(t.deps, q);
    // threshold now 80 %: good (100 %) and quiet (85 %) count; poor (83.3 %) is online but exceeded twice
    expect((await online()).value).toBe(66.7);
    const settings = { transmissionFormula: 'product', missingDataHours: 4, transmissionAlertPercent: 90, phMin: 6 };
    expect((await admin.request('PUT', '/api/v1/compliance/settings', settings)).statusCode).toBe(200);
    expect((await online()).value).toBe(33.3); // quiet's 85 % is now under the threshold
    // the earlier metrics still read the same hours
    expect((await findMetric('compliance.exceedance_hours_month')!.read(t.deps, q)).value).toBe(2);
    expect((await findMetric('compliance.key_outlets_compliant_month_pct')!.read(t.deps, q)).value).toBe(66.7);
    const none = await findMetric('compliance.key_units_online_compliant_month_pct')!.read(t.deps, {
      ...q,
      regionCode: '451400',
    });
    expect(none.value).toBeNull();
  });
});
