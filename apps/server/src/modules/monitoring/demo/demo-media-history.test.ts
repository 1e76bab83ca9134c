import { classifySeaSample, noiseCompliance, type SeaItem } from '@ecocloud/standards';
import { describe, expect, it } from 'vitest';
import { DEMO_NOISE_POINTS, DEMO_RADIATION_STATIONS, DEMO_SEA_POINTS } from './demo-media-network';
import { noiseReadings, radiationReadings, seaSurveyReadings } from './demo-media-history';
import { mediaHistoryReadings } from './demo-media-seeder';

const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
const today = Date.UTC(2026, 10, 29) - SHANGHAI;
const from = today - 400 * DAY;

/** Survey date → class of one sea point's generated surveys. */
function classesOf(code: string): Map<string, number | null> {
  const point = DEMO_SEA_POINTS.find((p) => p.code === code)!;
  const byDay = new Map<string, Partial<Record<SeaItem, number>>>();
  for (const r of seaSurveyReadings(point, 'id', from, today))
    byDay.set(r.periodStart, { ...byDay.get(r.periodStart), [r.parameter]: r.value });
  return new Map([...byDay].map(([d, v]) => [d, classifySeaSample(v).seaClass]));
}

describe('demo other media', () => {
  it('surveys each sea point in spring, summer and autumn: Beihai I–II, Qinzhou Bay III–IV', () => {
    const beihai = classesOf('GX-SEA-0501');
    // 400 days back from 29 Nov 2026: autumn 2025, then spring, summer and autumn 2026.
    expect([...beihai.keys()].map((d) => new Date(Date.parse(d) + SHANGHAI).toISOString().slice(0, 10))).toEqual([
      '2025-10-25',
      '2026-04-20',
      '2026-08-10',
      '2026-10-25',
    ]);
    expect([...beihai.values()].every((c) => c !== null && c <= 2)).toBe(true);
    const qinzhou = [...classesOf('GX-SEA-0701').values()];
    expect(qinzhou.every((c) => c === 3 || c === 4)).toBe(true);
  });

  it('keeps noise mostly within the zone limits, with a few loud nights', () => {
    let nights = 0;
    let loudNights = 0;
    for (const p of DEMO_NOISE_POINTS) {
      const rows = noiseReadings(p, 'id', from, today);
      expect(rows).toHaveLength(400 * 2);
      for (const r of rows.filter((x) => x.parameter === 'leq_night')) {
        nights++;
        if (!noiseCompliance(p.zone, 'night', r.value!).isCompliant) loudNights++;
      }
    }
    expect(loudNights).toBeGreaterThan(0);
    expect(loudNights / nights).toBeLessThan(0.1);
  });

  it('stays inside each radiation background except the newest hour near the nuclear plant', () => {
    const hourlyFrom = today - 3 * DAY;
    for (const s of DEMO_RADIATION_STATIONS) {
      const rows = radiationReadings(s, 'id', from, hourlyFrom, today + 10 * 3_600_000);
      const last = rows.at(-1)!;
      expect(rows.slice(0, -1).every((r) => r.value! >= s.backgroundMin && r.value! <= s.backgroundMax)).toBe(true);
      expect(last.period).toBe('1h');
      expect(last.value! > s.backgroundMax).toBe(s.code === 'GX-R-0601');
      expect(last.value! < s.investigationLevel).toBe(true);
    }
  });

  it('is deterministic and drops readings of stations that do not exist', () => {
    const ids = new Map([
      ['GX-N-0101', 'n1'],
      ['GX-R-0101', 'r1'],
    ]);
    const range = { fromDayMs: from, todayMs: today, hourlyFromMs: today - 3 * DAY, toHourMs: today, nowMs: today };
    const a = mediaHistoryReadings(ids, range);
    expect(new Set(a.map((r) => r.stationId))).toEqual(new Set(['n1', 'r1']));
    expect(mediaHistoryReadings(ids, range)).toEqual(a);
  });
});
