import { describe, expect, it } from 'vitest';
import { factorMapFromRows, factorRowError, newFactorRow, rowsFromFactorMap } from './factor-map';

describe('factor map rows', () => {
  it('round-trips a map through rows, in code order', () => {
    const map = { a34004: { parameter: 'pm2_5', scale: 1 }, a21026: { parameter: 'so2', scale: 1000 } };
    const rows = rowsFromFactorMap(map);
    expect(rows.map((r) => r.code)).toEqual(['a21026', 'a34004']);
    expect(factorMapFromRows(rows)).toEqual({ map, hasErrors: false });
  });

  it('ignores blank rows but reports invalid ones', () => {
    const rows = [
      newFactorRow({ code: 'w01018', parameter: 'cod' }),
      newFactorRow(),
      newFactorRow({ code: 'w21003', parameter: '' }),
    ];
    expect(factorMapFromRows(rows)).toEqual({ map: { w01018: { parameter: 'cod', scale: 1 } }, hasErrors: true });
  });

  it.each([
    [{ code: 'a21026', parameter: 'so2', scale: '0' }, 'scaleInvalid'],
    [{ code: 'a21026', parameter: 'so2', scale: 'x' }, 'scaleInvalid'],
    [{ code: 'a21-026', parameter: 'so2', scale: '1' }, 'codeInvalid'],
    [{ code: '', parameter: 'so2', scale: '1' }, 'codeRequired'],
    [{ code: 'a21026', parameter: 'SO2 ', scale: '1' }, 'parameterRequired'],
  ] as const)('%o is %s', (fields, expected) => {
    const row = newFactorRow(fields);
    expect(factorRowError(row, [row])).toBe(expected);
  });

  it('flags a duplicated code on both rows', () => {
    const a = newFactorRow({ code: 'a21026', parameter: 'so2' });
    const b = newFactorRow({ code: 'a21026', parameter: 'no2' });
    expect(factorRowError(a, [a, b])).toBe('codeDuplicate');
    expect(factorMapFromRows([a, b]).hasErrors).toBe(true);
  });
});
