import { makeUscc, usccCheckChar } from '@ecocloud/standards';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFromDetails, usccProblem } from './uscc-check';

describe('usccProblem', () => {
  it('accepts a published code and names the expected check character of a corrupted one', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91350100M000100Y44')).toEqual({ key: 'sources.form.usccCheck', values: { expected: '3' } });
  });

  it('any wrong last character is answered with the right one', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 17, maxLength: 17 }),
        fc.constantFrom(...alphabet),
        (body, last) => {
          const first17 = body.join('');
          const expected = usccCheckChar(first17);
          const problem = usccProblem(`${first17}${last}`);
          if (last === expected) expect(problem).toBeNull();
          else expect(problem).toEqual({ key: 'sources.form.usccCheck', values: { expected } });
        },
      ),
    );
  });

  it('a code of the wrong length is a format problem', () => {
    expect(usccProblem('91350100')?.key).toBe('sources.form.usccFormat');
  });

  it('accepts every code made for a Guangxi region (the demo and journey codes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (serial) => {
        expect(usccProblem(makeUscc({ regionCode: '450100', subject: serial }))).toBeNull();
      }),
    );
  });
});

describe('expectedFromDetails', () => {
  it('reads params.expected or expected, and nothing else', () => {
    expect(expectedFromDetails({ params: { expected: 'Y' } })).toBe('Y');
    expect(expectedFromDetails({ expected: '3' })).toBe('3');
    expect(expectedFromDetails({ params: {} })).toBeNull();
    expect(expectedFromDetails(null)).toBeNull();
  });
});
