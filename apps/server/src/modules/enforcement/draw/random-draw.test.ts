import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_QUARTER_RATES, DEFAULT_NON_SITE_CHECKS } from './draw-rates';
import { drawListVisible } from './draw-visibility';
import { wordStream } from './draw-stream';
import { drawInspections, type DrawExclusion, type DrawInput } from './random-draw';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

// 10 key units, 7 special, 101 general; 6 inspectors; I1 recused from K01 and K02, I2 from K01;
// I3 and I4 must not work together.
const PLAN: DrawInput = {
  seed: '2026Q4-县局-001',
  units: [
    ...range(10).map((n) => ({ id: `K${pad(n, 2)}`, library: 'key' as const, positiveList: n === 9 })),
    ...range(7).map((n) => ({ id: `S${n}`, library: 'special' as const, positiveList: false })),
    ...range(101).map((n) => ({ id: `G${pad(n, 3)}`, library: 'general' as const, positiveList: false })),
  ],
  inspectorIds: range(6).map((n) => `I${n}`),
  exclusions: [
    { kind: 'unit', inspectorId: 'I1', unitId: 'K01' },
    { kind: 'unit', inspectorId: 'I1', unitId: 'K02' },
    { kind: 'unit', inspectorId: 'I2', unitId: 'K01' },
    { kind: 'pair', inspectorIds: ['I3', 'I4'] },
  ],
  rates: COUNTY_QUARTER_RATES,
};

const listOf = (input: DrawInput) => drawInspections(input).objects.map((o) => [o.unitId, ...o.inspectorIds].join(' '));

describe('the reproducible draw (双随机)', () => {
  it('matches the reference vector of the README’s independent Python implementation', () => {
    // first block of the key-unit stream: SHA-256("2026Q4-县局-001\0objects:key\00")
    expect(
      createHash('sha256')
        .update('2026Q4-县局-001\0objects:key\0' + '0')
        .digest('hex'),
    ).toBe('379d8fa23c1d56db1b938007d20f49e66a151dd82884ecd47ae29a6033070b18');
    expect(wordStream(PLAN.seed, 'objects:key')()).toBe(0x379d8fa2);
    // printed by draw_ref.py in README.md for the same plan
    expect(listOf(PLAN)).toEqual([
      'K03 I3 I2',
      'K09 I1 I2',
      'K10 I5 I6',
      'S5 I6 I1',
      'S4 I4 I6',
      'G093 I3 I5',
      'G066 I3 I6',
      'G057 I4 I6',
    ]);
    expect(drawInspections(PLAN).algorithm).toEqual({ name: 'sha256-counter-fisher-yates', version: 1 });
  });

  it('same seed and inputs in any order → the same list', () => {
    const expected = drawInspections(PLAN);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...PLAN.units], { minLength: PLAN.units.length, maxLength: PLAN.units.length }),
        fc.shuffledSubarray([...PLAN.inspectorIds], { minLength: 6, maxLength: 6 }),
        fc.shuffledSubarray([...PLAN.exclusions], { minLength: 4, maxLength: 4 }),
        (units, inspectorIds, exclusions) => {
          expect(drawInspections({ ...PLAN, units, inspectorIds, exclusions })).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a different seed gives a different list', () => {
    const lists = new Set(range(40).map((n) => listOf({ ...PLAN, seed: `2026Q4-县局-${pad(n, 3)}` }).join('|')));
    // 40 seeds: with C(10,3)·C(7,2)·C(101,3) unit sets alone, a repeat would mean a broken stream
    expect(lists.size).toBe(40);
    expect(listOf({ ...PLAN, seed: '2026Q4-县局-002' })).not.toEqual(listOf(PLAN));
  });

  it('meets each rate, rounded up: ⌈10 × 25 %⌉ = 3, ⌈7 × 15 %⌉ = 2, ⌈101 × 2 %⌉ = 3', () => {
    const result = drawInspections(PLAN);
    expect(result.libraries).toEqual([
      { library: 'key', poolSize: 10, percent: '25', required: 3 },
      { library: 'special', poolSize: 7, percent: '15', required: 2 },
      { library: 'general', poolSize: 101, percent: '2', required: 3 },
    ]);
    const count = (library: string) => result.objects.filter((o) => o.library === library).length;
    expect([count('key'), count('special'), count('general')]).toEqual([3, 2, 3]);
    // exact decimal: 7 % of 100 is 7; the float product 100 × 0.07 = 7.000000000000001 would round up to 8
    const hundred = range(100).map((n) => ({ id: `X${pad(n, 3)}`, library: 'general' as const, positiveList: false }));
    expect(100 * 0.07).toBeGreaterThan(7);
    expect(
      drawInspections({ ...PLAN, units: hundred, rates: [{ library: 'general', percent: '7' }] }).objects,
    ).toHaveLength(7);
    // a minimum count, and never more than the library holds
    expect(
      drawInspections({ ...PLAN, rates: [{ library: 'special', percent: '0', minimum: 4 }] }).objects,
    ).toHaveLength(4);
    expect(
      drawInspections({ ...PLAN, rates: [{ library: 'special', percent: '100', minimum: 50 }] }).objects,
    ).toHaveLength(7);
  });

  it('never sends a recused inspector, nor two who must not work together, across many seeds', () => {
    // Every key unit drawn (100 %), so K01 and K02 (the recusals) are in every draw.
    const everyKey: DrawInput = { ...PLAN, rates: [{ library: 'key', percent: '100' }] };
    const recused = PLAN.exclusions.filter((e): e is Extract<DrawExclusion, { kind: 'unit' }> => e.kind === 'unit');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !s.includes('\0')),
        (seed) => {
          const { objects } = drawInspections({ ...everyKey, seed });
          expect(objects).toHaveLength(10);
          for (const o of objects) {
            expect(o.inspectorIds).toHaveLength(2);
            expect(new Set(o.inspectorIds).size).toBe(2);
            for (const r of recused) if (r.unitId === o.unitId) expect(o.inspectorIds).not.toContain(r.inspectorId);
            expect(o.inspectorIds.includes('I3') && o.inspectorIds.includes('I4')).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reports a shortfall instead of sending a recused inspector', () => {
    // K01 with only I1 and I2 in the library, both recused from it
    const result = drawInspections({
      ...PLAN,
      units: [{ id: 'K01', library: 'key', positiveList: false }],
      inspectorIds: ['I1', 'I2', 'I3'],
      rates: [{ library: 'key', percent: '100' }],
    });
    expect(result.objects[0]).toMatchObject({ unitId: 'K01', inspectorIds: ['I3'], shortfall: 1 });
  });

  it('gives positive-list units non-site checks instead of a visit', () => {
    const result = drawInspections({ ...PLAN, rates: [{ library: 'key', percent: '100' }] });
    const k09 = result.objects.find((o) => o.unitId === 'K09');
    expect(k09).toMatchObject({ method: 'non_site', checks: ['online_data', 'video', 'power_use'] });
    expect(result.objects.filter((o) => o.method === 'non_site').map((o) => o.unitId)).toEqual(['K09']);
    expect(result.objects.find((o) => o.unitId === 'K01')).toMatchObject({ method: 'site_visit', checks: [] });
    const videoOnly = drawInspections({
      ...PLAN,
      rates: [{ library: 'key', percent: '100' }],
      nonSiteChecks: ['video'],
    });
    expect(videoOnly.objects.find((o) => o.unitId === 'K09')!.checks).toEqual(['video']);
    expect(DEFAULT_NON_SITE_CHECKS).toHaveLength(3);
  });

  it('rejects a repeated id and a seed that could not be re-run', () => {
    expect(() => drawInspections({ ...PLAN, inspectorIds: ['I1', 'I1'] })).toThrow(/twice/);
    expect(() => drawInspections({ ...PLAN, seed: '' })).toThrow(RangeError);
    expect(() => drawInspections({ ...PLAN, rates: [{ library: 'key', percent: '101' }] })).toThrow(/0\.\.100/);
  });
});

describe('who may see the drawn list', () => {
  const plan = { ownerIds: ['u-owner'], inspectionDate: '2026-10-12' };

  it('is hidden from everyone but the plan’s owners until the inspection date', () => {
    expect(drawListVisible('u-owner', plan, '2026-10-01')).toBe(true);
    expect(drawListVisible('u-inspector', plan, '2026-10-11')).toBe(false);
    expect(drawListVisible('u-inspector', plan, '2026-10-12')).toBe(true);
    expect(drawListVisible('u-enterprise', plan, '2026-10-13')).toBe(true);
  });
});
