import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../exact';
import type { MinuteValue } from '../hourly';
import { detectSigns, summariseHour, type HourSummary, type SignKind } from './index';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 1, 16); // 2026-03-02 00:00 UTC+8

/** Deterministic noise (mulberry32), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type MinuteFn = (
  hour: number,
  minute: number,
  load: number,
  noise: () => number,
) => { v: number; flag?: string } | null;

/** A normal noisy outlet: load follows the day, every analyser has minute noise, a 10-min calibration at 03:00. */
const NORMAL: Record<string, MinuteFn> = {
  flow: (_h, _m, load, r) => ({ v: 100000 * load + 3000 * (r() - 0.5) }),
  so2: (h, m, load, r) => ({ v: 20 + 15 * load + 4 * (r() - 0.5), flag: h % 24 === 3 && m < 10 ? 'C' : 'N' }),
  nox: (_h, _m, load, r) => ({ v: 60 + 30 * load + 8 * (r() - 0.5) }),
  dust: (_h, _m, _l, r) => ({ v: 4 + 2 * r() }),
  o2: (_h, _m, load, r) => ({ v: 10 - 2 * load + 0.6 * (r() - 0.5) }),
};

function outlet(hours: number, fns: Record<string, MinuteFn>, seed = 1): Map<string, HourSummary[]> {
  const r = rng(seed);
  const out = new Map<string, HourSummary[]>();
  for (const [code, fn] of Object.entries(fns)) {
    const list: HourSummary[] = [];
    for (let h = 0; h < hours; h++) {
      const load = 0.7 + 0.3 * Math.sin((2 * Math.PI * (h % 24)) / 24);
      const minutes: (MinuteValue | undefined)[] = [];
      for (let m = 0; m < 60; m++) {
        const x = fn(h, m, load, r);
        minutes.push(x ? { value: parseDecimal(x.v.toFixed(2)), flag: x.flag ?? 'N' } : undefined);
      }
      list.push(summariseHour(T0 + h * H, minutes));
    }
    out.set(code, list);
  }
  return out;
}

const kinds = (o: Map<string, HourSummary[]>): SignKind[] => detectSigns(o).map((s) => s.kind);

describe('sign detectors', () => {
  it('negative control: a normal noisy outlet over three days raises nothing', () => {
    for (const seed of [1, 2, 3]) expect(detectSigns(outlet(72, NORMAL, seed))).toEqual([]);
  });
  it('constant values while the flow varies → `constant` with the run and the value', () => {
    const o = outlet(24, {
      ...NORMAL,
      so2: (h, _m, load, r) => (h >= 6 && h < 12 ? { v: 25 } : (NORMAL.so2?.(h, 1, load, r) ?? null)),
    });
    const signs = detectSigns(o);
    expect(signs).toHaveLength(1);
    expect(signs[0]).toMatchObject({ kind: 'constant', pollutant: 'so2', from: T0 + 6 * H, to: T0 + 12 * H });
    expect(signs[0]?.evidence).toMatch(/6 h .*value 25\b/);
    // the same flat line while the flow is also perfectly flat is not a variance collapse against load
    const still = outlet(24, { ...NORMAL, so2: () => ({ v: 25 }), flow: () => ({ v: 90000 }) });
    expect(kinds(still)).not.toContain('constant');
  });
  it('3 flat hours are below the 4-hour bar', () => {
    const o = outlet(24, {
      ...NORMAL,
      nox: (h, m, load, r) => (h >= 6 && h < 9 ? { v: 70 } : (NORMAL.nox?.(h, m, load, r) ?? null)),
    });
    expect(kinds(o)).toEqual([]);
  });
  it('zero concentrations while the flow shows operation → `zero_or_negative`', () => {
    const o = outlet(24, {
      ...NORMAL,
      dust: (h, m, l, r) => (h === 10 ? { v: r() < 0.5 ? 0 : -0.1 } : (NORMAL.dust?.(h, m, l, r) ?? null)),
    });
    expect(detectSigns(o).map((s) => [s.kind, s.pollutant, s.from])).toEqual([
      ['zero_or_negative', 'dust', T0 + 10 * H],
    ]);
  });
  it('identical minute values across pollutants → `identical_values`', () => {
    const copy: MinuteFn = (h, m, l, r) =>
      h >= 4 && h < 7 ? { v: 30 + ((h * 60 + m) % 7) } : (NORMAL.so2?.(h, m, l, r) ?? null);
    const o = outlet(24, {
      ...NORMAL,
      so2: copy,
      nox: (h, m, l, r) => (h >= 4 && h < 7 ? copy(h, m, l, r) : (NORMAL.nox?.(h, m, l, r) ?? null)),
    });
    const s = detectSigns(o).filter((x) => x.kind === 'identical_values');
    expect(s.map((x) => [x.pollutant, x.from, x.to])).toEqual([['nox=so2', T0 + 4 * H, T0 + 7 * H]]);
  });
  it('oxygen outside 0..21 → `o2_out_of_range`; constant oxygen → `o2_constant`', () => {
    const high = outlet(24, {
      ...NORMAL,
      o2: (h, m, l, r) => (h === 5 ? { v: 21 } : (NORMAL.o2?.(h, m, l, r) ?? null)),
    });
    expect(kinds(high)).toEqual(['o2_out_of_range']);
    const flat = outlet(24, { ...NORMAL, o2: () => ({ v: 9 }) });
    expect(kinds(flat)).toEqual(['o2_constant']);
  });
  it('maintenance flags for hours while the flow shows operation → `flag_while_operating`', () => {
    const o = outlet(24, {
      ...NORMAL,
      so2: (h, m, l, r) => ({ v: NORMAL.so2?.(h, m, l, r)?.v ?? 0, flag: h >= 12 && h < 15 ? 'M' : 'N' }),
    });
    const s = detectSigns(o);
    expect(s.map((x) => [x.kind, x.pollutant, x.from, x.to])).toEqual([
      ['flag_while_operating', 'so2', T0 + 12 * H, T0 + 15 * H],
    ]);
    expect(s[0]?.evidence).toContain('M');
    // 30-minute calibrations in three running hours stay below the 45-minute bar
    const calib = outlet(24, {
      ...NORMAL,
      so2: (h, m, l, r) => ({ v: NORMAL.so2?.(h, m, l, r)?.v ?? 0, flag: h >= 12 && h < 15 && m < 30 ? 'C' : 'N' }),
    });
    expect(kinds(calib)).toEqual([]);
  });
  it('gaps that coincide with high load → `gap_at_high_load`', () => {
    // NOx missing whenever the load (sin curve) is at its top: hours 4-8 of each day.
    const o = outlet(72, {
      ...NORMAL,
      nox: (h, m, l, r) => (h % 24 >= 4 && h % 24 <= 8 ? null : (NORMAL.nox?.(h, m, l, r) ?? null)),
    });
    expect(kinds(o)).toEqual(['gap_at_high_load']);
    // the same number of gaps at night (low load) raise nothing
    const night = outlet(72, {
      ...NORMAL,
      nox: (h, m, l, r) => (h % 24 >= 16 && h % 24 <= 20 ? null : (NORMAL.nox?.(h, m, l, r) ?? null)),
    });
    expect(kinds(night)).toEqual([]);
    // gaps spread evenly over every load (every 4th hour) are not a high-load pattern
    const even = outlet(72, {
      ...NORMAL,
      nox: (h, m, l, r) => (h % 4 === 0 ? null : (NORMAL.nox?.(h, m, l, r) ?? null)),
    });
    expect(kinds(even)).toEqual([]);
  });
});
