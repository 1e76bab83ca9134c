import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  makeUscc,
  organizationCodeCheckChar,
  usccCheckChar,
  validateUscc,
  type UsccResult,
} from './uscc';

// Real published codes, each found in public text and checked here (not trusted):
const REAL_CODES: readonly [code: string, whereFound: string][] = [
  [
    '91350100M000100Y43',
    'issue #15; the GB 32100 example used by gancao-web/base-tools docs/api/ts/validator/isTaxID.md',
  ],
  ['9144030071526726XG', '腾讯科技(深圳)有限公司; pandaoh/js-xxx docs/functions/isCreditCode.md'],
  ['91440300708461136T', '深圳市腾讯计算机系统有限公司; public repository test vectors (exact-string search)'],
  ['914403001922038216', '华为技术有限公司; task brief'],
  ['91440300192241158P', '深圳能源集团股份有限公司; public repository fixture (exact-string search)'],
  ['91310110666007217T', 'hutool CreditCodeUtilTest (isCreditCode)'],
  ['914501005794165304', '南宁市益信小额贷款股份有限公司 (Guangxi, 450100); public contract template'],
  ['51610700305332460K', '民政-registered organisation (authority 5); public test vectors'],
  ['112302070019030687', '机构编制-registered organisation (authority 1); public test vectors'],
];

// Early pilot codes (Xiamen/Fujian, before GB 32100 took effect) that do not satisfy the check
// character; hutool's test keeps 91350211M00013FA1N as invalid for the same reason.
const NON_CONFORMING_PILOT_CODES = ['91350211M00013FA1N', '91350200M000000510'];

const failure = (r: UsccResult) => (r.ok ? null : r);

/** A valid code from arbitrary alphabet characters (region digits), via the check function. */
const validCode = fc
  .tuple(
    fc.constantFrom(...USCC_ALPHABET),
    fc.constantFrom(...USCC_ALPHABET),
    fc.stringMatching(/^\d{6}$/),
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, t, region, subject]) => {
    const first17 = `${a}${t}${region}${subject.join('')}`;
    return first17 + usccCheckChar(first17);
  });

describe('GB 32100-2015 unified social credit code', () => {
  it('has the 31-character alphabet and the weights 3^i mod 31 listed in the standard', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each(REAL_CODES)('accepts the real code %s (%s)', (code) => {
    const r = validateUscc(code);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.regionCode).toBe(code.slice(2, 8));
      expect(r.registrationAuthority).toBe(code[0]);
      expect(r.orgType).toBe(code[1]);
      expect(r.subjectCheckOk).toBe(true);
    }
  });

  it('returns the parts of a real code', () => {
    expect(validateUscc('91350100M000100Y43')).toMatchObject({
      ok: true,
      regionCode: '350100',
      registrationAuthority: '9',
      orgType: '1',
      subjectId: 'M000100Y4',
    });
  });

  it.each(NON_CONFORMING_PILOT_CODES)('rejects the non-conforming pilot code %s by its check character', (code) => {
    expect(validateUscc(code)).toMatchObject({ ok: false, code: 'USCC_CHECK_DIGIT', position: 18 });
  });

  it('names the expected check character', () => {
    const r = failure(validateUscc('91350100M000100Y44'));
    expect(r).toMatchObject({ code: 'USCC_CHECK_DIGIT', expected: '3', position: 18 });
    expect(r?.message).toContain('"3"');
    expect(failure(validateUscc('9144030071526726X0'))?.expected).toBe('G');
  });

  it('normalises lower case and surrounding white space, and returns the normalised code', () => {
    expect(validateUscc('  9144030071526726xg\n')).toMatchObject({ ok: true, code: '9144030071526726XG' });
    expect(validateUscc('91350100m000100y43')).toMatchObject({ ok: true, code: '91350100M000100Y43' });
  });

  it('rejects a wrong length as a format error', () => {
    expect(validateUscc('')).toMatchObject({ ok: false, code: 'USCC_FORMAT' });
    expect(validateUscc('91350100M000100Y4')).toMatchObject({ ok: false, code: 'USCC_FORMAT' });
    expect(validateUscc('91350100M000100Y433')).toMatchObject({ ok: false, code: 'USCC_FORMAT' });
    expect(validateUscc('913501 00M000100Y43')).toMatchObject({ ok: false, code: 'USCC_FORMAT' });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', 'i', 'o', '-', '*'])(
    'rejects the forbidden character %s with its position',
    (ch) => {
      const code = `91350100M000${ch}00Y43`;
      expect(validateUscc(code)).toMatchObject({ ok: false, code: 'USCC_CHARSET', position: 13 });
    },
  );

  it('requires digits in the administrative division code (characters 3–8)', () => {
    const first17 = '9135A100M000100Y4';
    expect(validateUscc(first17 + usccCheckChar(first17))).toMatchObject({
      ok: false,
      code: 'USCC_FORMAT',
      position: 5,
    });
  });

  it('detects every single-character substitution at every position (property)', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, pos, shift) => {
        const old = USCC_ALPHABET.indexOf(code.charAt(pos));
        const replacement = USCC_ALPHABET.charAt((old + shift) % 31);
        const corrupted = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(validateUscc(code).ok).toBe(true);
        const r = failure(validateUscc(corrupted));
        expect(r).not.toBeNull();
        if (pos === 17) expect(r).toMatchObject({ code: 'USCC_CHECK_DIGIT', expected: code.charAt(17) });
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every substitution of every position of a real code (exhaustive)', () => {
    for (const [code] of REAL_CODES)
      for (let pos = 0; pos < 18; pos++)
        for (const ch of USCC_ALPHABET) {
          if (ch === code.charAt(pos)) continue;
          const corrupted = code.slice(0, pos) + ch + code.slice(pos + 1);
          const r = failure(validateUscc(corrupted));
          expect(r, `${corrupted} (position ${pos + 1})`).not.toBeNull();
          // A corruption of characters 1–17 keeps the typed check character and names the right one.
          if (pos < 17 && r?.code === 'USCC_CHECK_DIGIT')
            expect(r.expected).toBe(usccCheckChar(corrupted.slice(0, 17)));
          if (pos === 17) expect(r).toMatchObject({ code: 'USCC_CHECK_DIGIT', expected: code.charAt(17) });
        }
  });

  it('detects adjacent transpositions within characters 1–17 (property)', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code.charAt(i) !== code.charAt(i + 1));
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        expect(validateUscc(swapped).ok).toBe(false);
      }),
    );
  });

  it('makeUscc builds valid codes whose parts round-trip', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), fc.integer({ min: 0, max: 99_999_999 }), (region, serial) => {
        const code = makeUscc({ regionCode: region, subject: serial });
        expect(validateUscc(code)).toMatchObject({
          ok: true,
          regionCode: region,
          registrationAuthority: '9',
          orgType: '1',
          subjectCheckOk: true,
        });
      }),
    );
    expect(makeUscc({ regionCode: '350100', subject: 'm000100y4' })).toBe('91350100M000100Y43');
    expect(() => makeUscc({ regionCode: '4501', subject: 1 })).toThrow(RangeError);
    expect(() => makeUscc({ regionCode: '450100', subject: 'ABC' })).toThrow(RangeError);
  });

  it('computes the GB 11714 organisation code check character (10 → X)', () => {
    expect(organizationCodeCheckChar('71526726')).toBe('X');
    expect(organizationCodeCheckChar('19220382')).toBe('1');
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });
});
