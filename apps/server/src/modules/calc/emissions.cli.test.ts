import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';

/** The real `ecocloud` command in a child process writing into pipes; stdin piped when given. */
const ecocloud = (args: string[], stdin?: string) => runEcocloud(args, stdin === undefined ? {} : { stdin });

type Row = Record<string, string>;
const readCsv = async (file: string): Promise<Row[]> => parse(await readFile(file, 'utf8'), { columns: true }) as Row[];

/** Seeded noise so the generated data differ from run to run only when the seed does. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOURS = 6;
const time = (h: number, m: number): string =>
  `2026-03-02T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`;
/** ±1 alternating: minute noise whose hourly mean is exactly the base value. */
const wiggle = (base: number, m: number, step = 1): string => (base + (m % 2 === 0 ? step : -step)).toFixed(2);

/**
 * N: normal noisy outlet. F: SO2 flat at 35.00 for six hours while the flow varies. X: SO2 with
 * O2 12 % → converted = C × (21 − 9)/(21 − 12) = C × 4/3: hour 0 has only 44 valid minutes (16 `M`),
 * hour 1 has O2 = 21 every minute, hours 2, 3, 4 exceed (90 → 120, 90 → 120, 120 → 160), hour 5 complies.
 */
function minutesCsv(seed = 7): string {
  const r = rng(seed);
  const rows = ['outlet,time,pollutant,value,flag'];
  for (let h = 0; h < HOURS; h++)
    for (let m = 0; m < 60; m++) {
      const t = time(h, m);
      const load = 1 + 0.2 * Math.sin(h + m / 60);
      for (const o of ['N', 'F', 'X']) rows.push(`${o},${t},flow,${(100000 * load + 2000 * r()).toFixed(0)},N`);
      rows.push(`N,${t},so2,${(40 + 10 * r()).toFixed(2)},N`, `N,${t},o2,${(9 + r()).toFixed(2)},N`);
      rows.push(`F,${t},so2,35.00,N`, `F,${t},o2,${(9 + r()).toFixed(2)},N`);
      const so2 = h === 0 ? 200 : h === 4 ? 120 : h === 5 ? 30 : 90;
      rows.push(`X,${t},so2,${wiggle(so2, m)},${h === 0 && m >= 44 ? 'M' : 'N'}`);
      rows.push(`X,${t},o2,${h === 1 ? '21' : wiggle(12, m, 0.5)},N`);
      if (h === 2) rows.push(`X,${t},pb,${wiggle(1.6, m, 0.1)},N`);
    }
  return `${rows.join('\n')}\n`;
}

const LIMITS =
  'outlet,pollutant,limit,unit,o2_ref\nN,so2,100,mg/m3,9\nF,so2,100,mg/m3,9\nX,so2,100,mg/m3,9\nX,Pb,0.5,mg/m3,\n';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'calc-emissions-'));
  await writeFile(path.join(dir, 'limits.csv'), LIMITS, 'utf8');
  await writeFile(path.join(dir, 'minutes.csv'), minutesCsv(), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const args = (out: string, input: string): string[] => [
  'calc',
  'emissions',
  '--limits',
  path.join(dir, 'limits.csv'),
  '--output-dir',
  path.join(dir, out),
  input,
];

describe('ecocloud calc emissions (child process)', () => {
  it('judges each hour, finds the runs of exceedance, flags the flat line and nothing for the normal outlet', async () => {
    const { code, stderr } = await ecocloud(args('file', path.join(dir, 'minutes.csv')));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const hourly = await readCsv(path.join(dir, 'file', 'hourly.csv'));
    expect(hourly).toHaveLength(3 * HOURS + 1);
    const x = hourly.filter((r) => r.outlet === 'X' && r.pollutant === 'so2');
    expect(x.map((r) => [r.valid_minutes, r.valid, r.mean, r.o2_mean, r.converted, r.exceeded, r.multiple])).toEqual([
      ['44', 'no', '', '12.000', '', '', ''],
      ['60', 'yes', '90.000', '', '', '', ''],
      ['60', 'yes', '90.000', '12.000', '120.000', 'yes', '0.20'],
      ['60', 'yes', '90.000', '12.000', '120.000', 'yes', '0.20'],
      ['60', 'yes', '120.000', '12.000', '160.000', 'yes', '0.60'],
      ['60', 'yes', '30.000', '12.000', '40.000', 'no', ''],
    ]);
    expect(x[0]?.note).toBe('HOUR_INVALID');
    expect(x[1]?.note).toBe('O2_HOUR_INVALID');
    expect(x[2]).toMatchObject({ hour_start: '2026-03-02T02:00:00+08:00', pollutant: 'so2', limit: '100' });
    // Pb 1.6 against 0.5 (no O2 reference): 1.6/0.5 = 3.2 ≥ 3 → referral flag; multiple (1.6 − 0.5)/0.5 = 2.2.
    expect(hourly.find((r) => r.pollutant === 'pb')).toMatchObject({
      mean: '1.600',
      exceeded: 'yes',
      multiple: '2.20',
    });
    expect(hourly.find((r) => r.pollutant === 'pb')?.note).toMatch(/^HEAVY_METAL_REFERRAL ≥3× 法释〔2023〕7号/);
    expect(hourly.filter((r) => r.outlet === 'N').every((r) => r.valid === 'yes' && r.exceeded === 'no')).toBe(true);

    const exceedances = await readCsv(path.join(dir, 'file', 'exceedances.csv'));
    expect(exceedances.filter((e) => e.pollutant === 'so2')).toEqual([
      {
        outlet: 'X',
        pollutant: 'so2',
        from: '2026-03-02T02:00:00+08:00',
        to: '2026-03-02T05:00:00+08:00',
        hours: '3',
        max_converted: '160.000',
        max_multiple: '0.60',
      },
    ]);

    const signs = await readCsv(path.join(dir, 'file', 'signs.csv'));
    expect(signs.filter((s) => s.outlet === 'N')).toEqual([]);
    const flat = signs.filter((s) => s.outlet === 'F');
    expect(flat).toHaveLength(1);
    expect(flat[0]).toMatchObject({
      pollutant: 'so2',
      from: '2026-03-02T00:00:00+08:00',
      to: '2026-03-02T06:00:00+08:00',
    });
    expect(flat[0]?.kind).toContain('constant');
    expect(signs.filter((s) => s.outlet === 'X').map((s) => s.kind)).toContain('o2_out_of_range');
  }, 60_000);

  it('reads the minutes from stdin through a pipe with `-` and gives the same hourly file', async () => {
    const piped = await ecocloud(args('stdin', '-'), minutesCsv());
    expect(piped.code).toBe(0);
    const fromFile = await ecocloud(args('file2', path.join(dir, 'minutes.csv')));
    expect(fromFile.code).toBe(0);
    const a = await readFile(path.join(dir, 'stdin', 'hourly.csv'), 'utf8');
    expect(a).toBe(await readFile(path.join(dir, 'file2', 'hourly.csv'), 'utf8'));
    expect(a.split('\n').length).toBeGreaterThan(3 * HOURS);
  }, 60_000);

  it('reports bad rows with a code and goes on; fails only when nothing is usable', async () => {
    const bad = 'outlet,time,pollutant,value,flag\nX,2026-03-02 08:00,so2,1,N\nX,2026-03-02T08:00:00+08:00,so2,abc,N\n';
    const good = `X,2026-03-02T08:00:00+08:00,so2,1,N\nX,2026-03-02T08:00:00+08:00,so2,2,N\n`;
    const some = await ecocloud(args('bad', '-'), bad + good);
    expect(some.code).toBe(0);
    expect(some.stderr).toMatch(/minutes row 1: BAD_TIME/);
    expect(some.stderr).toMatch(/minutes row 2: BAD_VALUE/);
    expect(some.stderr).toMatch(/minutes row 4: DUPLICATE_MINUTE/);
    const none = await ecocloud(args('none', '-'), bad);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no usable minute rows/);
    expect((await ecocloud(['calc', 'emissions', '-'], '')).code).toBe(2);
  }, 60_000);
});
