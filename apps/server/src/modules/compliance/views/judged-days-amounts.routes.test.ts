import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceDay, ComplianceHour, ExceedanceEvent, OutletAmount } from '@ecocloud/contracts';
import { putSetting } from '../../../platform/settings/settings.repository';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { storeReadings } from '../../monitoring';
import { sourcesReads } from '../../sources';
import { judgeRange } from '../judge/judge.service';
import { COMPLIANCE_SETTINGS_KEY, readComplianceSettings } from '../settings/settings-read';
import { minutesOf, outletOfKind } from '../test/judge-fixtures';

const HOUR = 3_600_000;
/** Shanghai day 2026-06-01 starts here (16:00 UTC the day before). */
const D1 = Date.parse('2026-06-01T00:00:00+08:00');
const PERIOD = 'TEST特护期';
const iso = (ms: number) => new Date(ms).toISOString();
const range = (fromH: number, toH: number) => `from=${iso(D1 + fromH * HOUR)}&to=${iso(D1 + toH * HOUR)}`;

describe.each(testDatabases())('stored data judged as issue 16 defines, on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  type Made = Awaited<ReturnType<typeof outletOfKind>>;
  let water: Made;
  let gas: Made;
  let nanningGas: Made;

  const get = async <T>(agent: Agent, url: string): Promise<T> => {
    const res = await agent.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const hours = async (outletId: string, pollutant: string, q = range(0, 48)) =>
    (await get<{ items: ComplianceHour[] }>(admin, `/api/v1/compliance/outlets/${outletId}/hours?${q}`)).items.filter(
      (h) => h.pollutant === pollutant,
    );
  const days = async (agent: Agent, outletId: string, pollutant: string) =>
    (
      await get<{ items: ComplianceDay[] }>(agent, `/api/v1/compliance/outlets/${outletId}/days?${range(0, 48)}`)
    ).items.filter((d) => d.pollutant === pollutant);
  const events = async (enterpriseId: string) =>
    (
      await get<{ items: ExceedanceEvent[] }>(
        admin,
        `/api/v1/compliance/exceedances?${range(0, 72)}&enterpriseId=${enterpriseId}`,
      )
    ).items;
  const referralLeads = (outletId: string) =>
    t.deps.db
      .selectFrom('compliance_leads')
      .selectAll()
      .where('outlet_id', '=', outletId)
      .where('kind', '=', 'referral')
      .execute();
  const judgeAll = () =>
    judgeRange(t.deps, {
      fromMs: D1,
      toMs: D1 + 48 * HOUR,
      outletIds: [water.outletId, gas.outletId, nanningGas.outletId],
    });

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set(iso(D1 + 48 * HOUR)); // 2026-06-03 00:00 in Shanghai: both days are over
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    water = await outletOfKind(admin, {
      regionCode: '450300',
      kind: 'water',
      parameters: ['cod', 'ph', 'pb', 'flow'],
      limits: [
        { pollutant: 'cod', value: 100 },
        { pollutant: 'ph', value: 9, unit: '无量纲' },
        { pollutant: 'pb', value: 0.1 },
        { pollutant: 'cod', value: 10, limitType: 'amount' },
      ],
    });
    const gasLimits = [
      { pollutant: 'nox', value: 100 },
      { pollutant: 'so2', value: 100 },
      { pollutant: 'so2', value: 50, specialPeriod: PERIOD },
      { pollutant: 'so2', value: 1, limitType: 'amount' as const },
    ];
    const gasParameters = ['no', 'no2', 'so2', 'flue_gas_flow'];
    gas = await outletOfKind(admin, {
      regionCode: '450300',
      kind: 'gas',
      parameters: gasParameters,
      limits: gasLimits,
    });
    nanningGas = await outletOfKind(admin, {
      regionCode: '450103',
      kind: 'gas',
      parameters: gasParameters,
      limits: gasLimits,
      enterpriseOrgId: await orgIdOf(t.deps, '450103', 'enterprise'),
    });
    // The special period: Guilin (450300), hours 1 and 2 of the first day.
    const declared = await admin.request('POST', '/api/v1/compliance/special-periods', {
      name: PERIOD,
      regionCode: '450300',
      start: iso(D1 + HOUR),
      end: iso(D1 + 3 * HOUR),
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const gasHour = (h: number) => ({
      no: h === 3 ? 90 : 30,
      no2: h === 3 ? 10 : 4,
      so2: 80,
      flue_gas_flow: 20_000,
    });
    await storeReadings(
      t.deps.db,
      t.deps.clock,
      [
        // Day 1: COD 95 for 20 hours and 140 for 4 (mean 102.5); pH 5.5, 9.5, then 7; Pb 3.5 × its limit.
        // Day 2: COD 200 but only 19 valid hours (the last 5 in fault).
        ...minutesOf(water.stationId, D1, 48, (h) => ({
          cod: h < 24 ? (h < 20 ? 95 : 140) : h - 24 >= 19 ? [200, 'D'] : 200,
          ph: h === 0 ? 5.5 : h === 1 ? 9.5 : 7,
          pb: 0.35,
          flow: 10,
        })),
        ...minutesOf(gas.stationId, D1, 4, gasHour),
        ...minutesOf(nanningGas.stationId, D1, 4, gasHour),
      ],
      'http',
    );
    await judgeAll();
  });
  afterAll(() => t?.close());

  it('keeps a water outlet’s hours unjudged and judges its days: the mean, ≥ 20 valid hours, the amounts', async () => {
    const [h0] = await hours(water.outletId, 'cod');
    expect(h0).toMatchObject({
      mean: 95,
      exceeded: null,
      note: 'JUDGED_DAILY',
      receivedMinutes: 60,
      flowMean: 10,
      amountKg: 0.95,
    });
    const [day1, day2] = await days(admin, water.outletId, 'cod');
    // every hour of day 1 under 140, 20 of them under the limit: the daily mean 102.5 still exceeds
    expect(day1).toMatchObject({
      day: '2026-06-01',
      validHours: 24,
      valid: true,
      mean: 102.5,
      exceeded: true,
      limitValue: 100,
    });
    expect(day1!.amountKg).toBe(24.6); // 20 h × 95 mg/L × 10 m³/h + 4 h × 140 × 10, in kg
    expect(day2).toMatchObject({
      day: '2026-06-02',
      validHours: 19,
      valid: false,
      mean: null,
      exceeded: null,
      note: 'DAY_INVALID',
    });
    const list = await events(water.enterpriseId);
    const cod = list.filter((e) => e.pollutant === 'cod');
    expect(cod.map((e) => [e.basis, e.start, e.hours, e.peakConverted, e.status])).toEqual([
      ['day', iso(D1), 24, 102.5, 'closed'],
    ]);
    const pb = list.find((e) => e.pollutant === 'pb')!;
    expect(pb).toMatchObject({ basis: 'day', start: iso(D1), end: iso(D1 + 48 * HOUR), hours: 48, status: 'open' });
  });

  it('judges pH hour by hour as a range: 5.5 and 9.5 exceed, 7 does not', async () => {
    const ph = await hours(water.outletId, 'ph', range(0, 3));
    expect(ph.map((h) => [h.mean, h.exceeded, h.multiple])).toEqual([
      [5.5, true, null],
      [9.5, true, null],
      [7, false, null],
    ]);
    const event = (await events(water.enterpriseId)).find((e) => e.pollutant === 'ph');
    expect(event).toMatchObject({ basis: 'hour', hours: 2, status: 'closed' });
  });

  it('derives NOx as NO2 from NO and NO2', async () => {
    const nox = await hours(gas.outletId, 'nox', range(0, 4));
    expect(nox.map((h) => h.mean)).toEqual([50, 50, 50, 148]);
    expect(nox.map((h) => h.exceeded)).toEqual([false, false, false, true]);
    expect(nox[3]).toMatchObject({ multiple: 0.48, note: 'NOX_FROM_NO_NO2' });
  });

  it('applies the special-period limit only inside the period and only in its region', async () => {
    const so2 = await hours(gas.outletId, 'so2', range(0, 4));
    expect(so2.map((h) => [h.limitValue, h.exceeded])).toEqual([
      [100, false],
      [50, true],
      [50, true],
      [100, false],
    ]);
    expect(so2[1]!.note).toBe(`SPECIAL_PERIOD:${PERIOD}`);
    const nanning = await hours(nanningGas.outletId, 'so2', range(0, 4));
    expect(nanning.map((h) => [h.limitValue, h.exceeded])).toEqual(Array.from({ length: 4 }, () => [100, false]));
  });

  it('weighs emitted amounts against the permit: months, year to date, projection at the pace so far', async () => {
    const body = await get<{ rows: OutletAmount[] }>(
      admin,
      `/api/v1/compliance/enterprises/${gas.enterpriseId}/amounts?year=2026`,
    );
    const so2 = body.rows.find((r) => r.pollutant === 'so2')!;
    // 80 mg/m³ × 20 000 m³/h × 1e-6 = 1.6 kg an hour, 4 hours
    expect(so2.byMonthKg).toEqual([0, 0, 0, 0, 0, 6.4, 0, 0, 0, 0, 0, 0]);
    const elapsed = (D1 + 48 * HOUR - Date.parse('2026-01-01T00:00:00+08:00')) / HOUR; // 3672 hours
    expect(so2).toMatchObject({ yearToDateKg: 6.4, permittedKg: 1000, usedShare: 0.6, projectedOver: false });
    expect(so2.projectedKg).toBe(Math.round(((6.4 * 8760) / elapsed) * 1000) / 1000);
    // NOx has no permitted amount but emitted: 3 h × 50 × 0.02 + 148 × 0.02
    const nox = body.rows.find((r) => r.pollutant === 'nox')!;
    expect(nox).toMatchObject({ yearToDateKg: 5.96, permittedKg: null, usedShare: null, projectedOver: false });
    // a year without data: the permitted amount only, no projection
    const before = await get<{ rows: OutletAmount[] }>(
      admin,
      `/api/v1/compliance/enterprises/${gas.enterpriseId}/amounts?year=2025`,
    );
    expect(before.rows.map((r) => [r.pollutant, r.yearToDateKg, r.projectedKg])).toEqual([['so2', 0, null]]);
    const waterAmounts = await get<{ rows: OutletAmount[] }>(
      admin,
      `/api/v1/compliance/enterprises/${water.enterpriseId}/amounts?year=2026`,
    );
    const cod = waterAmounts.rows.find((r) => r.pollutant === 'cod')!;
    // day 1: 24.6 kg; day 2: 19 valid hours × 200 mg/L × 10 m³/h = 38 kg
    expect(cod).toMatchObject({ yearToDateKg: 62.6, permittedKg: 10_000 });
  });

  it('raises one referral lead for the heavy metal, however often the range is judged again, and changes nothing else', async () => {
    const before = await events(water.enterpriseId);
    await judgeAll();
    await judgeAll();
    const leads = await referralLeads(water.outletId);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ pollutant: 'pb', start: iso(D1), status: 'open' });
    expect(JSON.parse(leads[0]!.evidence)).toMatchObject({ basis: 'day', metal: 'Pb', ratio: 3.5, threshold: 3 });
    expect(leads[0]!.act).toContain('法释〔2023〕7号');
    expect(await events(water.enterpriseId)).toEqual(before);
    expect(await days(admin, water.outletId, 'cod')).toHaveLength(2);
    expect(await referralLeads(gas.outletId)).toHaveLength(0); // SO2 and NOx are no heavy metals
  });

  it("answers 404 to another city's officer for the days and the amounts, and serves its own", async () => {
    const outside = await nanningOfficer.request(
      'GET',
      `/api/v1/compliance/outlets/${water.outletId}/days?${range(0, 48)}`,
    );
    expect([outside.statusCode, outside.json().error.code]).toEqual([404, 'OUTLET_NOT_FOUND']);
    const amounts = await nanningOfficer.request(
      'GET',
      `/api/v1/compliance/enterprises/${water.enterpriseId}/amounts?year=2026`,
    );
    expect([amounts.statusCode, amounts.json().error.code]).toEqual([404, 'ENTERPRISE_NOT_FOUND']);
    expect(await days(nanningOfficer, nanningGas.outletId, 'so2')).toMatchObject([
      { day: '2026-06-01', validHours: 4, valid: false, amountKg: 6.4, exceeded: null, note: 'JUDGED_HOURLY' },
      { day: '2026-06-02', validHours: 0, amountKg: null },
    ]);
    const own = await nanningOfficer.request(
      'GET',
      `/api/v1/compliance/enterprises/${nanningGas.enterpriseId}/amounts?year=2026`,
    );
    expect(own.statusCode).toBe(200);
  });

  it('reads phMin from the compliance settings, each bad field falling back to its default', async () => {
    expect((await readComplianceSettings(t.deps.db)).phMin).toBe(6);
    await putSetting(t.deps.db, COMPLIANCE_SETTINGS_KEY, JSON.stringify({ phMin: 6.5, missingDataHours: -3 }), iso(D1));
    const settings = await readComplianceSettings(t.deps.db);
    expect(settings).toMatchObject({ phMin: 6.5, missingDataHours: 4, transmissionFormula: 'product' });
    const [outlet] = await sourcesReads.judgeableOutlets(t.deps.db, [water.outletId], { phMin: settings.phMin });
    expect(outlet!.limits.find((l) => l.pollutant === 'ph')).toMatchObject({ min: 6.5, value: 9 });
    expect(outlet).toMatchObject({ medium: 'water', regionCode: '450300' });
    expect(outlet!.amountLimits).toEqual([{ outletId: water.outletId, pollutant: 'cod', tonnesPerYear: 10 }]);
    await putSetting(t.deps.db, COMPLIANCE_SETTINGS_KEY, 'not json', iso(D1));
    expect((await readComplianceSettings(t.deps.db)).phMin).toBe(6);
  });

  it('projects a past year at what was emitted (asked the next year; runs last: the clock jump ends the sessions)', async () => {
    t.clock.set('2027-02-01T00:00:00Z');
    const later = await t.login('admin');
    const past = await get<{ rows: OutletAmount[] }>(
      later,
      `/api/v1/compliance/enterprises/${gas.enterpriseId}/amounts?year=2026`,
    );
    expect(past.rows.find((r) => r.pollutant === 'so2')).toMatchObject({ yearToDateKg: 6.4, projectedKg: 6.4 });
    expect(past.rows.every((r) => r.projectedKg === null || r.projectedKg >= 0)).toBe(true);
  });
});
