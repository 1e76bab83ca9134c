import type { DecodedFrame, FieldPair, FrameEventJunk } from '@ecocloud/hj212';

/** One output line of `ecocloud hj212 decode`. */
export interface DecodeLine {
  ok: boolean;
  error: { code: string; message: string } | null;
  offset: number;
  declaredLength?: number | null;
  crc?: DecodedFrame['crc'];
  qn?: string | null;
  st?: string | null;
  cn?: string | null;
  pw?: string | null;
  mn?: string | null;
  flag?: { raw: string; version: number; ack: boolean; split: boolean } | null;
  pnum?: number | null;
  pno?: number | null;
  /** CP parameters; a key sent twice keeps all its values as an array */
  cp?: Record<string, string | string[]>;
  factors?: Record<string, Record<string, string>>;
  /** junk only: why the bytes are not a frame, and the bytes in hex */
  reason?: string;
  rawHex?: string;
}

function cpObject(pairs: readonly FieldPair[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const prior = Object.hasOwn(out, key) ? out[key] : undefined;
    if (prior === undefined) out[key] = value;
    else out[key] = Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

export function frameLine(frame: DecodedFrame, offset: number): DecodeLine {
  const { flag } = frame;
  return {
    ok: frame.ok,
    error: frame.error,
    offset,
    declaredLength: frame.declaredLength,
    crc: frame.crc,
    qn: frame.qn,
    st: frame.st,
    cn: frame.cn,
    pw: frame.pw,
    mn: frame.mn,
    flag: flag && { raw: flag.raw, version: flag.version, ack: flag.ack, split: flag.split },
    pnum: frame.pnum,
    pno: frame.pno,
    cp: cpObject(frame.cp),
    // Spread into plain objects: the decoder's null-prototype maps serialise the same way.
    factors: Object.fromEntries(Object.entries(frame.factors).map(([code, fields]) => [code, { ...fields }])),
  };
}

export function junkLine(junk: FrameEventJunk): DecodeLine {
  return {
    ok: false,
    error: { code: 'HJ212_JUNK', message: `${junk.raw.length} bytes outside any frame (${junk.reason})` },
    offset: junk.offset,
    reason: junk.reason,
    rawHex: junk.raw.toString('hex'),
  };
}
