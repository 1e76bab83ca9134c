import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { storeReadings, type Reading } from '../../monitoring';
import { judgeRange } from '../judge/judge.service';
import { outletWithLogger } from '../test/compliance-fixtures';
import { scanLeads } from './scan';
import { minuteReadings, NORMAL, type Profile } from './test/outlet-minutes';

const H = 3_600_000;
const T0 = Date.parse('2026-11-10T16:00:00Z'); // 2026-11-11 00:00 Beijing time
const HOURS = 30;
const at = (h: number) => new Date(T0 + h * H).toISOString();

/** SO2 flat at 35.00 for hours 6–13 (the morning peak: the flow varies a lot meanwhile). */
const FLAT: Profile = (h, m, load, r) => ({
  ...NORMAL(h, m, load, r),
  ...(h >= 6 && h < 14 ? { so2: { v: 35 } } : {}),
});
/** SO2 marked M (maintenance) for hours 12–14 while the flow shows the boiler running. */
const MAINTENANCE: Profile = (h, m, load, r) => {
  const x = NORMAL(h, m, load, r);
  return h >= 12 && h < 15 ? { ...x, so2: { v: x.so2!.v, flag: 'M' } } : x;
};
/** Nothing at all for hours 10–14 (the logger or its link down): 19 of 24 hours on the first day. */
const SILENT: Profile = (h, m, load, r) => {
  const x = NORMAL(h, m, load, r); // drawn anyway, so the noise after the gap is the normal outlet's
  return h >= 10 && h < 15 ? {} : x;
};
/** The normal outlet with two hours of SO2 at 150 (O2 9 % = the reference): an exceedance, not a sign. */
const EXCEEDING: Profile = (h, m, load, r) => {
  const x = NORMAL(h, m, load, r);
  return h === 20 || h === 21 ? { ...x, so2: { v: 150 + 4 * (r() - 0.5) }, o2: { v: 9 + 0.4 * (r() - 0.5) } } : x;
};

describe.each(testDatabases())('lead scan of stored outlet data on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  const outlets: Record<'flat' | 'maintenance' | 'silent' | 'normal', string> = {
    flat: '',
    maintenance: '',
    silent: '',
    normal: '',
  };

  const leadsOf = async (outletId: string) => {
    const res = await admin.request('GET', `/api/v1/compliance/leads?outletId=${outletId}&pageSize=200&sort=start`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Lead[] }).items;
  };
  const stations = { ...outlets };
  const ids = () => Object.values(outlets);

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set(at(HOURS + 1));
    admin = await t.login('admin');
    const readings: Reading[] = [];
    for (const [name, profile] of [
      ['flat', FLAT],
      ['maintenance', MAINTENANCE],
      ['silent', SILENT],
      ['normal', EXCEEDING],
    ] as const) {
      const o = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 100 } });
      outlets[name] = o.outletId;
      stations[name] = o.stationId;
      readings.push(...minuteReadings(o.stationId, T0, HOURS, profile, name.length));
      if (name === 'flat') {
        // The logger's own hourly values (2061): right during the flat line, 10 at hours 2–3 where the
        // minutes say about 30 (a sent value that is not the mean of the minutes sent).
        for (const h of [2, 3, 6, 7])
          readings.push({
            stationId: o.stationId,
            parameter: 'so2',
            period: '1h',
            periodStart: at(h),
            value: h < 6 ? 10 : 35,
            valueText: h < 6 ? '10' : '35',
            flag: 'N',
          });
      }
    }
    await storeReadings(t.deps.db, t.deps.clock, readings, 'http');
    await judgeRange(t.deps, { fromMs: T0, toMs: T0 + HOURS * H, outletIds: ids() });
  }, 120_000);
  afterAll(() => t?.close());

  it('raises the flat line, the false maintenance mark, the missing hours, the low day and the exceedance — and nothing for the normal noise', async () => {
    const s = await scanLeads(t.deps, { fromMs: T0, toMs: T0 + HOURS * H, outletIds: ids() });
    expect(s).toEqual({ outlets: 4, signs: 3, exceedanceLeads: 1, missingDataLeads: 1, transmissionLeads: 1 });

    const flat = await leadsOf(outlets.flat);
    expect(flat.map((l) => [l.kind, l.signKind, l.pollutant, l.start, l.end])).toEqual([
      ['sign', 'reported_hourly_mismatch', 'so2', at(2), at(4)],
      ['sign', 'constant', 'so2', at(6), at(14)],
    ]);
    const constant = flat[1]!;
    expect(constant.act).toContain('175号');
    expect(constant.evidence.text).toMatch(/8 h .*value 35\b/);
    const series = constant.evidence.series as { parameter: string; source: string; points: { mean: number }[] }[];
    expect(series.map((x) => [x.parameter, x.source, x.points.length])).toEqual([
      ['so2', 'minutes', 8],
      ['flow', 'minutes', 8],
    ]);
    expect(new Set(series[0]!.points.map((p) => p.mean))).toEqual(new Set([35]));
    const flows = series[1]!.points.map((p) => p.mean);
    expect(Math.max(...flows) - Math.min(...flows)).toBeGreaterThan(1000); // the load varied meanwhile

    const marked = await leadsOf(outlets.maintenance);
    expect(marked.map((l) => [l.kind, l.signKind, l.start, l.end])).toEqual([
      ['sign', 'flag_while_operating', at(12), at(15)],
    ]);
    expect(marked[0]!.act).toContain('条例 §25');

    const silent = await leadsOf(outlets.silent);
    expect(silent.map((l) => [l.kind, l.pollutant, l.start, l.end])).toEqual([
      ['transmission', '', at(0), at(24)],
      ['missing_data', '', at(10), at(15)],
    ]);
    expect(silent[0]!.evidence).toMatchObject({ day: '2026-11-11', ratePercent: 79.2, thresholdPercent: 90 });
    expect(silent[1]!.evidence).toMatchObject({ hours: 5, pollutants: ['so2'], minHours: 4 });
    expect(silent[1]!.act).toContain('第三十六条');

    // negative control: the normal noisy outlet (with its daily calibration) shows only its real exceedance
    const normal = await leadsOf(outlets.normal);
    expect(normal.map((l) => [l.kind, l.pollutant, l.start, l.end])).toEqual([['exceedance', 'so2', at(20), at(22)]]);
    expect(normal[0]!.evidence).toMatchObject({ hours: 2, basis: 'hour', limit: 100 });
    expect(normal[0]!.act).toContain('许可排放浓度');
  });

  it('is idempotent, and a later window that starts inside a run continues its lead instead of raising another', async () => {
    const before = await Promise.all(ids().map(leadsOf));
    expect(await scanLeads(t.deps, { fromMs: T0, toMs: T0 + HOURS * H, outletIds: ids() })).toEqual({
      outlets: 4,
      signs: 0,
      exceedanceLeads: 0,
      missingDataLeads: 0,
      transmissionLeads: 0,
    });
    // The worker's hourly scans: each sees the run from its own window's start, one day back.
    for (const h of [12, 13, 14])
      expect(await scanLeads(t.deps, { fromMs: T0 + h * H, toMs: T0 + (h + 1) * H, outletIds: ids() })).toMatchObject({
        signs: 0,
        missingDataLeads: 0,
      });
    expect(await Promise.all(ids().map(leadsOf))).toEqual(before);
  });

  it('an exceedance lead follows its event as it grows', async () => {
    const [lead] = await leadsOf(outlets.normal);
    // Two more exceeding hours arrive later: the event grows from 2 to 4 hours, its open lead with it.
    const later: Reading[] = [];
    const stationId = stations.normal;
    for (let m = 0; m < 120; m++) {
      const periodStart = new Date(T0 + 22 * H + m * 60_000).toISOString();
      later.push({ stationId, parameter: 'so2', period: '1m', periodStart, value: 160, valueText: '160', flag: 'N' });
      later.push({ stationId, parameter: 'o2', period: '1m', periodStart, value: 9, valueText: '9', flag: 'N' });
    }
    await storeReadings(t.deps.db, t.deps.clock, later, 'http');
    await judgeRange(t.deps, { fromMs: T0 + 22 * H, toMs: T0 + 24 * H, outletIds: [outlets.normal] });
    await scanLeads(t.deps, { fromMs: T0 + 22 * H, toMs: T0 + 24 * H, outletIds: [outlets.normal] });
    const [grown, ...rest] = (await leadsOf(outlets.normal)).filter((l) => l.kind === 'exceedance');
    expect(rest).toEqual([]);
    expect([grown!.id, grown!.start, grown!.end, grown!.evidence.hours]).toEqual([lead!.id, at(20), at(24), 4]);
  });
});
