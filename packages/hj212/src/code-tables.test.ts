import { describe, expect, it } from 'vitest';
import { COMMAND_CODES } from './tables/command-codes';
import { DATA_FLAGS } from './tables/data-flags';
import { FACTOR_CODES_2005_TO_2017, POLLUTANT_CODES } from './tables/pollutant-codes';
import { EXE_RTN_CODES, QN_RTN_CODES } from './tables/return-codes';
import { SYSTEM_CODES } from './tables/system-codes';

describe('code tables', () => {
  it.each([
    ['ST', SYSTEM_CODES, 20],
    ['CN', COMMAND_CODES, 33],
    ['QnRtn', QN_RTN_CODES, 10],
    ['ExeRtn', EXE_RTN_CODES, 7],
    ['Flag', DATA_FLAGS, 8],
  ] as const)('%s has %d unique codes, each with zh and en labels', (_name, table, count) => {
    expect(table).toHaveLength(count);
    expect(new Set(table.map((e) => e.code)).size).toBe(count);
    expect(table.every((e) => e.zh.length > 0 && e.en.length > 0)).toBe(true);
  });

  it('data flags are N F M S D C T B (表8)', () => {
    expect(DATA_FLAGS.map((f) => f.code).join('')).toBe('NFMSDCTB');
  });

  it.each([
    ['011', 'w01018'],
    ['060', 'w21003'],
    ['B01', 'w00000'],
    ['02', 'a21026'],
    ['001', 'w01001'],
    ['B02', 'a00000'],
    ['101', 'w21011'],
  ])('2005 code %s maps to %s', (legacy, code) => {
    expect(FACTOR_CODES_2005_TO_2017[legacy]).toBe(code);
  });

  it('every mapped 2017 code is in the pollutant table and no 2005 code looks like a 2017 code', () => {
    const codes = new Set(POLLUTANT_CODES.map((p) => p.code));
    for (const [legacy, code] of Object.entries(FACTOR_CODES_2005_TO_2017)) {
      expect(codes.has(code)).toBe(true);
      expect(legacy.length).toBeLessThan(6);
    }
    expect(new Set(POLLUTANT_CODES.map((p) => p.code)).size).toBe(POLLUTANT_CODES.length);
  });

  it('O3 a05024 is marked as absent from HJ 212-2017 表B.2', () => {
    expect(POLLUTANT_CODES.find((p) => p.code === 'a05024')?.inStandard).toBe(false);
    expect(POLLUTANT_CODES.find((p) => p.code === 'a34004')?.unit).toBe('ng/m³');
  });
});
