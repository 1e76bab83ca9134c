import { describe, expect, it } from 'vitest';
import { formatExtra, parseExtra } from './entry-extra';

describe('parseExtra', () => {
  it('accepts JSON objects and blank text', () => {
    expect(parseExtra('{"unit":"μg/m³","hj212":"a34004"}')).toEqual({ unit: 'μg/m³', hj212: 'a34004' });
    expect(parseExtra('   ')).toEqual({});
    expect(parseExtra(undefined)).toEqual({});
  });

  it.each(['[1,2]', '42', '"text"', 'null', '{unit: 1}'])('refuses %s', (text) => {
    expect(parseExtra(text)).toBeNull();
  });

  it('round-trips with formatExtra', () => {
    const extra = { unit: 'mg/m³', decimals: 1 };
    expect(parseExtra(formatExtra(extra))).toEqual(extra);
    expect(formatExtra({})).toBe('');
  });
});
