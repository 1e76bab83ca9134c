import { crc16Hj212, formatCrc } from './crc';
import { MAX_DATA_SEGMENT_BYTES } from './frame-decoder';
import type { FactorFields, FieldPair } from './types';

/** CP content: the raw text between `CP=&&` and `&&`, or parameters then factors. */
export type CpInput =
  | string
  | {
      params?: readonly FieldPair[] | Readonly<Record<string, string>>;
      /** code → field → value, written `code-Field=value` joined by `,`, codes joined by `;` */
      factors?: Readonly<Record<string, Readonly<FactorFields>>>;
    };

export interface PacketInput {
  qn: string;
  st: string;
  cn: string;
  pw: string;
  mn: string;
  /** HJ 212-2017 表3 Flag, 0–255 (4 = 2017, no ack; 5 = ack; 6/7 split) */
  flag: number;
  pnum?: number;
  pno?: number;
  cp?: CpInput;
}

export interface EncodeOptions {
  /** data-segment limit in UTF-8 bytes; default 1024 (HJ 212-2017 表2), at most 9999 */
  maxDataBytes?: number;
}

/** Characters that delimit HJ 212 syntax and so may not appear inside a key or value. */
const RESERVED = /[;,=&\r\n]/;

function checkText(what: string, text: string, allowEmpty: boolean): string {
  if ((!allowEmpty && text.length === 0) || RESERVED.test(text)) {
    throw new RangeError(`${what} "${text}" is empty or holds one of ; , = & CR LF`);
  }
  return text;
}

/** Renders CP content; values are written exactly as given. */
export function formatCp(cp: CpInput | undefined): string {
  if (cp === undefined) return '';
  if (typeof cp === 'string') {
    if (cp.includes('&&') || /[\r\n]/.test(cp)) throw new RangeError('CP text may not hold "&&", CR or LF');
    return cp;
  }
  const groups: string[] = [];
  const params = Array.isArray(cp.params) ? cp.params : Object.entries(cp.params ?? {});
  for (const [key, value] of params as readonly FieldPair[]) {
    groups.push(`${checkText('CP key', key, false)}=${checkText('CP value', value, true)}`);
  }
  for (const [code, fields] of Object.entries(cp.factors ?? {})) {
    const items = Object.entries(fields).map(
      ([field, value]) =>
        `${checkText('factor code', code, false)}-${checkText('field', field, false)}=${checkText('value', value, true)}`,
    );
    if (items.length > 0) groups.push(items.join(','));
  }
  return groups.join(';');
}

/**
 * Builds a frame `##` + 4-digit length + data segment + CRC + CRLF (HJ 212-2017 表2, CRC per
 * Appendix A in upper-case hex). The length counts UTF-8 bytes. Throws RangeError on input that
 * cannot be framed (reserved characters, Flag outside 0–255, data longer than the limit).
 */
export function encodePacket(input: PacketInput, options: EncodeOptions = {}): string {
  if (!Number.isInteger(input.flag) || input.flag < 0 || input.flag > 255) throw new RangeError('flag must be 0-255');
  let data =
    `QN=${checkText('QN', input.qn, false)};ST=${checkText('ST', input.st, false)};CN=${checkText('CN', input.cn, false)};` +
    `PW=${checkText('PW', input.pw, true)};MN=${checkText('MN', input.mn, false)};Flag=${input.flag};`;
  if (input.pnum !== undefined || input.pno !== undefined) {
    const ok = (n: number | undefined): boolean => n !== undefined && Number.isInteger(n) && n >= 0 && n <= 9999;
    if (!ok(input.pnum) || !ok(input.pno)) throw new RangeError('pnum and pno must both be integers 0-9999');
    data += `PNUM=${input.pnum};PNO=${input.pno};`;
  }
  data += `CP=&&${formatCp(input.cp)}&&`;
  const bytes = Buffer.from(data, 'utf8');
  const limit = Math.min(options.maxDataBytes ?? MAX_DATA_SEGMENT_BYTES, 9999);
  if (bytes.length > limit) throw new RangeError(`data segment of ${bytes.length} bytes exceeds ${limit}`);
  return `##${String(bytes.length).padStart(4, '0')}${data}${formatCrc(crc16Hj212(bytes))}\r\n`;
}
