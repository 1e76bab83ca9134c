/**
 * GB 32100-2015 统一社会信用代码 (unified social credit code, "USCC").
 *
 * Structure (18 characters):
 *   1      registration authority (登记管理部门代码: 1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 …)
 *   2      organisation type within that authority (机构类别代码: under 9 → 1 企业, 2 个体工商户, 3 农民专业合作社)
 *   3–8    administrative division code of the registering authority (GB/T 2260, six digits)
 *   9–17   subject identifier = the GB 11714 organisation code (8 characters + its own check character)
 *   18     check character over characters 1–17
 *
 * Alphabet: `0-9A-HJ-NPQRTUWXY` (31 characters; I, O, Z, S, V are excluded because they are
 * easily confused with 1, 0, 2, 5, U). Character values are 0..30 in that order.
 * Check character: value (31 − Σ value_i × w_i mod 31) mod 31 with w_i = 3^i mod 31 (i = 0..16).
 *
 * Normalisation (a decision, not in the standard): leading/trailing white space is removed and
 * lower-case letters are upper-cased before validation, because people copy codes out of PDFs and
 * type them by hand; the normalised code is returned so the caller stores one spelling.
 * White space inside the code is not removed — it is a format error.
 * Positions in errors are 1-based, as a person counts the characters of the code.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

/** w_i = 3^i mod 31 for i = 0..16 (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28). */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export type UsccErrorCode = 'USCC_FORMAT' | 'USCC_CHARSET' | 'USCC_CHECK_DIGIT';

export type UsccValid = {
  ok: true;
  /** The normalised (trimmed, upper-case) code. */
  code: string;
  /** Characters 3–8; whether the region exists is the caller's check (it owns the region table). */
  regionCode: string;
  /** Character 1. */
  registrationAuthority: string;
  /** Character 2. */
  orgType: string;
  /** Characters 9–17 (the GB 11714 organisation code). */
  subjectId: string;
  /**
   * Whether characters 9–17 carry a correct GB 11714 check character. Informational only: the
   * USCC check character is what GB 32100 requires, and callers decide whether to warn on this.
   */
  subjectCheckOk: boolean;
};

export type UsccInvalid = {
  ok: false;
  code: UsccErrorCode;
  /** For USCC_CHECK_DIGIT: the check character the first 17 characters require. */
  expected?: string;
  /** 1-based position of the offending character (USCC_CHARSET, USCC_CHECK_DIGIT, region digits). */
  position?: number;
  message: string;
};

export type UsccResult = UsccValid | UsccInvalid;

const valueOf = (ch: string): number => USCC_ALPHABET.indexOf(ch);

/** Upper-cases and trims; the spelling every stored code uses. */
export const normaliseUscc = (raw: string): string => raw.trim().toUpperCase();

/** The check character for the first 17 characters (already normalised, all in the alphabet). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`USCC check needs 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`character ${first17.charAt(i)} at position ${i + 1} is not in the USCC alphabet`);
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

// GB 11714-1997 organisation code: digits 0–9 and letters A=10 … Z=35, weights below, check
// 11 − (Σ mod 11) with 10 → X and 11 → 0.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The GB 11714 check character of an 8-character organisation code body (digits / upper-case letters). */
export function organizationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError(`organisation code body must be 8 of 0-9A-Z: ${body8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

const subjectCheckOk = (subject: string): boolean =>
  /^[0-9A-Z]{8}[0-9X]$/.test(subject) && organizationCodeCheckChar(subject.slice(0, 8)) === subject.charAt(8);

const fail = (code: UsccErrorCode, message: string, extra: { expected?: string; position?: number } = {}) =>
  ({ ok: false, code, message, ...extra }) satisfies UsccInvalid;

/** Validates a unified social credit code; see the module comment for normalisation. */
export function validateUscc(raw: string): UsccResult {
  const code = normaliseUscc(raw);
  if (code.length !== USCC_LENGTH)
    return fail('USCC_FORMAT', `a unified social credit code has 18 characters, this one has ${code.length}`);
  for (let i = 0; i < USCC_LENGTH; i++) {
    const ch = code.charAt(i);
    if (valueOf(ch) < 0)
      return fail(
        'USCC_CHARSET',
        `character "${ch}" at position ${i + 1} is not allowed (0-9, A-Z without I O S V Z)`,
        {
          position: i + 1,
        },
      );
  }
  const regionCode = code.slice(2, 8);
  const badRegion = regionCode.search(/[^0-9]/);
  if (badRegion >= 0)
    return fail('USCC_FORMAT', `characters 3–8 are an administrative division code and must be digits`, {
      position: badRegion + 3,
    });
  const expected = usccCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected)
    return fail('USCC_CHECK_DIGIT', `check character is "${code.charAt(17)}", the code requires "${expected}"`, {
      expected,
      position: 18,
    });
  const subjectId = code.slice(8, 17);
  return {
    ok: true,
    code,
    regionCode,
    registrationAuthority: code.charAt(0),
    orgType: code.charAt(1),
    subjectId,
    subjectCheckOk: subjectCheckOk(subjectId),
  };
}

export type UsccParts = {
  /** Character 1; default '9' (market regulation / 工商). */
  registrationAuthority?: string;
  /** Character 2; default '1' (enterprise). */
  orgType?: string;
  /** Six-digit administrative division code. */
  regionCode: string;
  /**
   * Either a full 9-character subject identifier, or a serial number from which an 8-digit
   * organisation code body and its GB 11714 check character are made (for demo data).
   */
  subject: string | number;
};

/** Builds a valid code (for demo and test data): the USCC check character is computed, never typed. */
export function makeUscc(parts: UsccParts): string {
  const authority = parts.registrationAuthority ?? '9';
  const orgType = parts.orgType ?? '1';
  if (!/^\d{6}$/.test(parts.regionCode)) throw new RangeError(`region code must be 6 digits: ${parts.regionCode}`);
  let subject: string;
  if (typeof parts.subject === 'number') {
    if (!Number.isInteger(parts.subject) || parts.subject < 0 || parts.subject > 99_999_999)
      throw new RangeError(`subject serial must be an integer 0..99999999: ${parts.subject}`);
    const body = String(parts.subject).padStart(8, '0');
    subject = body + organizationCodeCheckChar(body);
  } else subject = parts.subject.toUpperCase();
  const first17 = `${authority}${orgType}${parts.regionCode}${subject}`.toUpperCase();
  if (first17.length !== 17) throw new RangeError(`USCC parts must make 17 characters, got ${first17.length}`);
  return first17 + usccCheckChar(first17);
}
