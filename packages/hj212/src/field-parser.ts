import type { Hj212Error } from './errors';
import type { DecodedFrame, FactorFields } from './types';

/** Header keys of HJ 212-2017 表3, spelled as the standard spells them. */
const HEADER_KEYS = ['QN', 'ST', 'CN', 'PW', 'MN', 'Flag', 'PNUM', 'PNO'] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];

const UPPER_HEADER_KEYS = new Map<string, HeaderKey>(HEADER_KEYS.map((k) => [k.toUpperCase(), k]));

const fail = (code: Hj212Error['code'], message: string): Hj212Error => ({ code, message });

/** Parses a short unsigned decimal string; -1 when empty, too long or not all digits. */
export function parseSmallUint(text: string, maxDigits: number): number {
  if (text.length === 0 || text.length > maxDigits) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function isDigits(text: string, length: number): boolean {
  return text.length === length && parseSmallUint(text, length) >= 0;
}

/**
 * Lenient key matching: real loggers send `FLAG=` or `,MN=` (see the corpus); strict mode
 * only knows the standard's spelling.
 */
function resolveHeaderKey(key: string, strict: boolean, quirks: string[]): HeaderKey | null {
  switch (key) {
    case 'QN': case 'ST': case 'CN': case 'PW': case 'MN': case 'Flag': case 'PNUM': case 'PNO':
      return key;
  }
  if (strict) return null;
  const normal = UPPER_HEADER_KEYS.get(key.replace(/^[\s,]+|\s+$/g, '').toUpperCase()) ?? null;
  if (normal) quirks.push(`header key "${key}" read as ${normal}`);
  return normal;
}

function setHeaderField(frame: DecodedFrame, key: HeaderKey, value: string): Hj212Error | null {
  switch (key) {
    case 'QN': frame.qn = value; return null;
    case 'ST': frame.st = value; return null;
    case 'CN': frame.cn = value; return null;
    case 'PW': frame.pw = value; return null;
    case 'MN': frame.mn = value; return null;
    case 'Flag': {
      const n = parseSmallUint(value, 3);
      if (n < 0 || n > 255) return fail('HJ212_BAD_FIELD', `Flag "${value}" is not an integer 0-255`);
      frame.flag = { raw: value, value: n, version: n >>> 2, ack: (n & 1) === 1, split: (n & 2) === 2 };
      return null;
    }
    case 'PNUM':
    case 'PNO': {
      const n = parseSmallUint(value, 4);
      if (n < 0) return fail('HJ212_BAD_FIELD', `${key} "${value}" is not an integer`);
      if (key === 'PNUM') frame.pnum = n;
      else frame.pno = n;
      return null;
    }
  }
}

/** Parses the `;`-separated header fields in front of `CP=&&` into the frame. */
export function parseHeader(text: string, end: number, strict: boolean, frame: DecodedFrame): Hj212Error | null {
  let start = 0;
  let error: Hj212Error | null = null;
  while (start < end) {
    let stop = text.indexOf(';', start);
    if (stop < 0 || stop > end) stop = end;
    if (stop > start) {
      const eq = text.indexOf('=', start);
      if (eq < 0 || eq > stop) {
        if (strict) error ??= fail('HJ212_BAD_FIELD', `header item "${text.slice(start, stop)}" has no "="`);
        else frame.quirks.push(`header item "${text.slice(start, stop)}" without "=" ignored`);
      } else {
        const key = text.slice(start, eq);
        const value = text.slice(eq + 1, stop);
        frame.header.push([key, value]);
        const known = resolveHeaderKey(key, strict, frame.quirks);
        if (known) error ??= setHeaderField(frame, known, value);
        else frame.quirks.push(`unknown header key "${key}"`);
      }
    }
    start = stop + 1;
  }
  return error;
}

/** Checks required header fields; ST, CN, MN always, the rest in strict mode. */
export function checkHeader(frame: DecodedFrame, strict: boolean): Hj212Error | null {
  const missing = (['st', 'cn', 'mn'] as const).find((k) => !frame[k]);
  if (missing) return fail('HJ212_MISSING_FIELD', `${missing.toUpperCase()} is missing`);
  const split = frame.flag?.split ?? false;
  if (split && (frame.pnum === null || frame.pno === null)) {
    if (strict) return fail('HJ212_BAD_FIELD', 'Flag bit D is set but PNUM/PNO is missing');
    frame.quirks.push('Flag bit D set without PNUM/PNO');
  }
  if (!strict) return null;
  // HJ/T 212-2005 frames (no Flag, or version bits 0) may omit QN (HJ 212-2017 foreword).
  if (frame.qn === null && frame.flag !== null && frame.flag.version >= 1) {
    return fail('HJ212_MISSING_FIELD', 'QN is missing');
  }
  if (frame.qn !== null && !isDigits(frame.qn, 17)) return fail('HJ212_BAD_FIELD', `QN "${frame.qn}" is not YYYYMMDDhhmmsszzz`);
  if (!isDigits(frame.cn ?? '', 4)) return fail('HJ212_BAD_FIELD', `CN "${frame.cn}" is not 4 digits`);
  return null;
}

/** The common field names (HJ 212-2017 表4) as literals: interned keys make property stores cheap. */
const COMMON_FIELDS = ['Rtd', 'Avg', 'Min', 'Max', 'Cou', 'Flag', 'EFlag', 'ZsRtd', 'ZsAvg', 'ZsMin', 'ZsMax', 'SampleTime'];

/** Candidates by length, so a field name costs one or two comparisons rather than a scan of the list. */
const FIELDS_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const table: string[][] = [];
  for (const name of COMMON_FIELDS) (table[name.length] ??= []).push(name);
  return table;
})();

function fieldName(body: string, from: number, to: number): string {
  const candidates = FIELDS_BY_LENGTH[to - from];
  if (candidates) {
    for (const name of candidates) if (body.startsWith(name, from)) return name;
  }
  return body.slice(from, to);
}

/**
 * Parses the CP data area: items `key=value`, separated by `,` (same item) or `;` (next item);
 * keys with `-` are factor fields split at the first `-`, the others are parameters.
 * One pass over the characters, no regular expressions.
 */
export function parseCp(body: string, strict: boolean, frame: DecodedFrame): Hj212Error | null {
  const factors = frame.factors;
  let lastCode = '';
  let lastFields: FactorFields | null = null;
  let start = 0;
  let eq = -1;
  let dash = -1;
  const n = body.length;
  if (n === 0) return null;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? body.charCodeAt(i) : 59; // the end closes the last item like a ';'
    if (c === 61 /* = */) {
      if (eq < 0) eq = i;
    } else if (c === 45 /* - */) {
      if (dash < 0 && eq < 0) dash = i;
    } else if (c === 59 /* ; */ || c === 44 /* , */) {
      if (i === start) {
        if (strict) return fail('HJ212_BAD_CP', `empty CP item at offset ${i}`);
        frame.quirks.push('empty CP item');
      } else if (eq <= start) {
        return fail('HJ212_BAD_CP', `CP item "${body.slice(start, i)}" is not key=value`);
      } else if (dash > start) {
        const field = fieldName(body, dash + 1, eq);
        // A `__proto__` field would be dropped silently by a plain object: refuse it instead.
        if (field === '__proto__') return fail('HJ212_BAD_CP', 'CP field "__proto__" is not allowed');
        // Fields of one factor come together (`a21026-Avg=8,a21026-Flag=N`): reuse the previous
        // code's object instead of slicing the code and looking it up again.
        if (lastFields === null || dash - start !== lastCode.length || !body.startsWith(lastCode, start)) {
          lastCode = body.slice(start, dash);
          // Plain objects for the fields keep V8's fast properties; the outer map has no prototype.
          lastFields = factors[lastCode] ?? (factors[lastCode] = {});
        }
        lastFields[field] = body.slice(eq + 1, i);
      } else if (dash === start) {
        return fail('HJ212_BAD_CP', `CP item "${body.slice(start, i)}" has no factor code`);
      } else {
        frame.cp.push([body.slice(start, eq), body.slice(eq + 1, i)]);
      }
      start = i + 1;
      eq = -1;
      dash = -1;
    }
  }
  return null;
}
