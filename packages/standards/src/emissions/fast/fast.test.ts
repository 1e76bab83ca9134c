import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, fromInt, parseDecimal, ratio, roundHalfEven, type Rational } from '../../exact';
import { hourlyAmountKg } from '../amount';
import { judgeHour, type PermitLimit } from '../exceedance';
import { convertedHourlyMean, hourlyMean, o2HourlyMean, type MinuteValue } from '../hourly';
import { emissionSettings, type EmissionSettings } from '../settings';
import { flagCodes, encodeFlag, UNKNOWN_FLAG_CODE } from './flag-codes';
import { judgeHourlyColumn } from './hourly-judge';
import { MINUTES_PER_HOUR, NOT_JUDGED, reduceHourly, reduceO2Hours, type FastPollutantSpec } from './reducer';
import { divRoundHalfEven, scaleDecimal, unscale } from './scaled';

const codes = flagCodes();
const N = encodeFlag(codes, 'N');
/** Mostly N; every excluded flag, a condition mark and an unknown flag appear too. */
const flagArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(N) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...['F', 'M', 'S', 'D', 'C', 'T', 'B', '停运'].map((f) => encodeFlag(codes, f))),
  },
  { weight: 1, arbitrary: fc.constant(UNKNOWN_FLAG_CODE) },
);
const flagText = (code: number): string => (code === UNKNOWN_FLAG_CODE ? 'X?' : (codes.flags[code] as string));
/** Rounded half to even at `places`, as the scaled integer the fast path returns. */
const scaledRef = (r: Rational, places: number): number => {
  const x = roundHalfEven(r, places);
  return Number((x.n * 10n ** BigInt(places)) / x.d);
};

/** A few discrete levels make exact ties (x.xxx5 means, values equal to the limit) frequent. */
const valueArb = (d: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -5 * 10 ** d, max: 400 * 10 ** d }),
    fc.constantFrom(0, 5, 15, 10 ** d, 50 * 10 ** d, 50 * 10 ** d + 5, 100 * 10 ** d),
    fc.constant(Number.NaN),
  );
/** O2 in whole tenths with edge values: 21 and above and negatives are invalid readings. */
const o2Arb = (d: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -(10 ** d), max: 22 * 10 ** d }),
    fc.constantFrom(0, 9 * 10 ** d, 12 * 10 ** d, 21 * 10 ** d, 21 * 10 ** d - 1, 35 * 10 ** (d - 1), -1),
    fc.constant(Number.NaN),
  );

const hoursArb = (hours: number, gen: fc.Arbitrary<number>): fc.Arbitrary<[number[], number[]]> =>
  fc.tuple(
    fc.array(gen, { minLength: hours * 60, maxLength: hours * 60 }),
    fc.array(flagArb, { minLength: hours * 60, maxLength: hours * 60 }),
  );

const limitArb: fc.Arbitrary<PermitLimit | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('50', '100', '0.005', '35.5', '6-9', '0-50').map((t) => limitOf(t)),
  fc.integer({ min: 1, max: 300_000 }).map((m) => ({ kind: 'max' as const, max: ratio(BigInt(m), 1000n) })),
);
function limitOf(t: string): PermitLimit {
  const [a, b] = t.split('-');
  return b === undefined
    ? { kind: 'max', max: parseDecimal(t) }
    : { kind: 'range', min: parseDecimal(a as string), max: parseDecimal(b) };
}

const minutesOf = (values: number[], flags: number[], d: number, h: number): MinuteValue[] =>
  values.slice(h * 60, h * 60 + 60).map((v, i) => ({
    value: Number.isNaN(v) ? null : unscale(v, d),
    flag: flagText(flags[h * 60 + i] as number),
  }));

describe('fast hourly reducer = exact path', () => {
  it('property: valid minutes, validity, mean, O2 mean, converted value, exceedance and multiple are identical', () => {
    let exactHours = 0;
    let judgedHours = 0;
    fc.assert(
      fc.property(
        fc
          .record({
            d: fc.constantFrom(0, 1, 2, 3, 4),
            o2d: fc.constantFrom(1, 2),
            p: fc.constantFrom(1, 3),
            minValid: fc.constantFrom(45, 30, 1, 0),
            ref: fc.constantFrom(null, '9', '3.5', '10', '8', '0', '20.9'),
            limit: limitArb,
            // Most hours dense (≥ 45 valid), some sparse.
            denseN: fc.boolean(),
            hours: fc.integer({ min: 1, max: 3 }),
            // Every minute the same and O2 at the reference: the value equals the limit 50 (tieK 0)
            // or lies exactly half way between two printed values (50.0005, 50.0015 at P = 3).
            constantHour: fc.boolean(),
            tieK: fc.constantFrom(0, 5, 15),
          })
          .chain((cfg) =>
            fc.tuple(fc.constant(cfg), hoursArb(cfg.hours, valueArb(cfg.d)), hoursArb(cfg.hours, o2Arb(cfg.o2d))),
          ),
        fc.context(),
        ([cfg, [values0, flags0], [o2v0, o2f0]], ctx) => {
          const hours = cfg.hours;
          const tie = cfg.d >= cfg.p + 1 ? cfg.tieK * 10 ** (cfg.d - cfg.p - 1) : 0;
          const values = cfg.constantHour ? values0.map(() => 50 * 10 ** cfg.d + tie) : values0;
          const refScaled = Number(scaleDecimal(cfg.ref ?? '0', cfg.o2d));
          const o2v = cfg.constantHour ? o2v0.map(() => refScaled) : o2v0;
          const limit = cfg.constantHour ? limitOf('50') : cfg.limit;
          const flags = cfg.denseN ? flags0.map((f, i) => (i % 7 === 0 ? f : N)) : flags0;
          const o2f = cfg.denseN ? o2f0.map((f, i) => (i % 9 === 0 ? f : N)) : o2f0;
          const settings: EmissionSettings = emissionSettings({ minValidMinutesPerHour: cfg.minValid });
          const spec: FastPollutantSpec = {
            limit,
            o2Reference: cfg.ref === null ? null : parseDecimal(cfg.ref),
            outputDecimals: cfg.p,
            multipleDecimals: 2,
          };
          const o2 = reduceO2Hours(
            { values: Float64Array.from(o2v), flags: Uint8Array.from(o2f), decimals: cfg.o2d },
            codes,
            cfg.p,
            settings,
          );
          const fast = reduceHourly(
            { values: Float64Array.from(values), flags: Uint8Array.from(flags), decimals: cfg.d },
            spec,
            codes,
            o2,
            settings,
          );
          exactHours += fast.exactHours;
          for (let h = 0; h < hours; h++) {
            const conc = minutesOf(values, flags, cfg.d, h);
            const ox = minutesOf(o2v, o2f, cfg.o2d, h);
            const ref = hourlyMean(conc, settings);
            ctx.log(`hour ${h}`);
            expect(fast.validMinutes[h]).toBe(ref.validMinutes);
            expect(fast.valid[h] === 1).toBe(ref.valid);
            expect(fast.mean[h]).toEqual(ref.mean ? scaledRef(ref.mean, cfg.p) : Number.NaN);
            const o2Ref = o2HourlyMean(ox, settings).mean;
            expect(o2.mean[h]).toEqual(o2Ref ? scaledRef(o2Ref, cfg.p) : Number.NaN);
            let value: Rational | null = ref.mean;
            let status = ref.mean ? 0 : 1;
            if (spec.o2Reference) {
              const conv = convertedHourlyMean(conc, ox, spec.o2Reference, settings);
              value = conv.ok ? conv.value : null;
              status = conv.ok ? 0 : conv.reason === 'HOUR_INVALID' ? 1 : 2;
            }
            expect(fast.status[h]).toBe(status);
            expect(fast.value[h]).toEqual(value ? scaledRef(value, cfg.p) : Number.NaN);
            if (value === null || spec.limit === null) {
              expect(fast.exceeded[h]).toBe(NOT_JUDGED);
              continue;
            }
            judgedHours++;
            const j = judgeHour(value, spec.limit);
            expect(fast.exceeded[h]).toBe(j.exceeded ? 1 : 0);
            expect(fast.multiple[h]).toEqual(j.multiple ? scaledRef(j.multiple, 2) : Number.NaN);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The generators reach the exact fallback (ties, values at the limit) and judge many hours.
    expect(exactHours).toBeGreaterThan(0);
    expect(judgedHours).toBeGreaterThan(100);
  });

  it('an hour with a value beyond the scaled range is decided on the exact path, still identical', () => {
    const values = new Float64Array(60).fill(2 ** 50);
    values[0] = 2 ** 50 + 2;
    const fast = reduceHourly(
      { values, flags: new Uint8Array(60).fill(N), decimals: 0 },
      { limit: limitOf('50'), o2Reference: null, outputDecimals: 0, multipleDecimals: 2 },
      codes,
      null,
    );
    expect(fast.exactHours).toBe(1);
    const ref = hourlyMean(Array.from(values, (v) => ({ value: fromInt(v), flag: 'N' })));
    expect(fast.mean[0]).toBe(scaledRef(ref.mean as Rational, 0));
    expect(fast.exceeded[0]).toBe(1);
  });

  it('refuses what it cannot do exactly: the minute basis, a partial hour, an O2 reference without O2', () => {
    const c = { values: new Float64Array(60), flags: new Uint8Array(60), decimals: 3 };
    const spec = { limit: null, o2Reference: fromInt(9), outputDecimals: 3, multipleDecimals: 2 };
    expect(() => reduceHourly(c, spec, codes, null)).toThrow(RangeError);
    expect(() =>
      reduceHourly(c, { ...spec, o2Reference: null }, codes, null, emissionSettings({ o2ConversionBasis: 'minute' })),
    ).toThrow(/hourly basis/);
    expect(() =>
      reduceHourly({ ...c, values: new Float64Array(59), flags: new Uint8Array(59) }, spec, codes, null),
    ).toThrow(/whole hours/);
    expect(MINUTES_PER_HOUR).toBe(60);
  });
});

describe('scaled integers', () => {
  it('property: scaleDecimal of a decimal text with ≤ D places is its exact value × 10^D', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (n, places, extra) => {
          const r = ratio(n, 10n ** BigInt(places));
          const digits = (n < 0n ? -n : n).toString().padStart(places + 1, '0');
          const cut = digits.length - places;
          const text = `${n < 0n ? '-' : ''}${digits.slice(0, cut)}${places ? `.${digits.slice(cut)}` : ''}`;
          const d = places + extra;
          expect(cmp(unscale(scaleDecimal(text, d), d), r)).toBe(0);
          expect(cmp(unscale(scaleDecimal(Number(text), d), d), r)).toBe(0);
        },
      ),
    );
    expect(scaleDecimal('12.3400', 2)).toBe(1234);
    expect(scaleDecimal(1e-7, 7)).toBe(1);
    expect(Number.isNaN(scaleDecimal('', 3))).toBe(true);
    expect(() => scaleDecimal('1.2345', 3)).toThrow(/decimals/);
    expect(() => scaleDecimal('1e20', 3)).toThrow(/range/);
  });
  it('property: divRoundHalfEven equals the exact half-to-even rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 6000 }), (num, den) => {
        expect(divRoundHalfEven(num, den)).toBe(scaledRef(ratio(BigInt(num), BigInt(den)), 0));
      }),
    );
    expect([divRoundHalfEven(5, 2), divRoundHalfEven(7, 2), divRoundHalfEven(-5, 2)]).toEqual([2, 4, -2]);
  });
});

describe('hourly columns (stored path) = judgeHour and the amounts', () => {
  it('property: exceedance, multiple and daily amounts are identical', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom(50_000, 100_000, Number.NaN)), {
          minLength: 1,
          maxLength: 72,
        }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9 * 10 ** 9 }), fc.constant(Number.NaN)), {
          minLength: 72,
          maxLength: 72,
        }),
        fc.constantFrom('50', '100', '35.5', '6-9'),
        (values, flows, limitText) => {
          const limit = limitOf(limitText);
          const q = flows.slice(0, values.length);
          const j = judgeHourlyColumn({ values: Float64Array.from(values), decimals: 3 }, limit, 2, {
            values: Float64Array.from(q),
            decimals: 1,
          });
          const days: Rational[] = [];
          values.forEach((v, h) => {
            if (Number.isNaN(v)) return expect(j.exceeded[h]).toBe(2);
            const ref = judgeHour(unscale(v, 3), limit);
            expect(j.exceeded[h]).toBe(ref.exceeded ? 1 : 0);
            expect(j.multiple[h]).toEqual(ref.multiple ? scaledRef(ref.multiple, 2) : Number.NaN);
            const day = Math.floor(h / 24);
            days[day] ??= fromInt(0);
            const flow = q[h] as number;
            if (!Number.isNaN(flow)) days[day] = add(days[day], hourlyAmountKg(unscale(v, 3), unscale(flow, 1)));
          });
          expect(j.dayAmount.length).toBe(Math.ceil(values.length / 24));
          j.dayAmount.forEach((a, day) =>
            expect(cmp(ratio(a, 10n ** BigInt(j.amountDecimals)), days[day] ?? fromInt(0))).toBe(0),
          );
        },
      ),
    );
  });
});
