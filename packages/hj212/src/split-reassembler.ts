import type { DecodedFrame, FactorFields, FieldPair } from './types';

export type ReassemblyResult =
  /** all parts arrived (or the frame was not split): `frame` merges them in PNO order */
  | { status: 'complete'; key: string; frame: DecodedFrame; parts: DecodedFrame[] }
  | { status: 'pending'; key: string; received: number; total: number }
  /** PNO outside 1..PNUM, or a PNUM that disagrees with earlier parts */
  | { status: 'rejected'; key: string; reason: string };

export interface ExpiredGroup {
  key: string;
  total: number;
  /** parts received, in PNO order */
  parts: DecodedFrame[];
}

export interface SplitReassemblerOptions {
  /** how long the first part waits for the others, in milliseconds */
  timeoutMs: number;
  /** clock in milliseconds; default Date.now */
  now?: () => number;
}

interface Group {
  total: number;
  firstSeenMs: number;
  parts: Map<number, DecodedFrame>;
}

/**
 * Key of a split packet: MN + QN + CN. HJ/T 212-2005 frames carry no QN, so their DataTime
 * stands in for it (two uploads of one device and command differ in DataTime).
 */
export function splitKey(frame: DecodedFrame): string {
  const qn = frame.qn ?? `DataTime=${frame.cp.find(([k]) => k === 'DataTime')?.[1] ?? ''}`;
  return `${frame.mn ?? ''}\u0000${qn}\u0000${frame.cn ?? ''}`;
}

/** Merges parts (in PNO order) into one frame: header of the first part, all CP items. */
export function mergeParts(parts: readonly DecodedFrame[]): DecodedFrame {
  const first = parts[0];
  if (!first) throw new RangeError('mergeParts needs at least one part');
  const cp: FieldPair[] = [];
  const seen = new Set<string>();
  const factors = Object.create(null) as Record<string, FactorFields>;
  for (const part of parts) {
    for (const pair of part.cp) {
      // Each part repeats DataTime; keep one copy of identical parameters.
      const id = `${pair[0]}=${pair[1]}`;
      if (!seen.has(id)) cp.push(pair);
      seen.add(id);
    }
    for (const [code, fields] of Object.entries(part.factors)) {
      factors[code] = Object.assign(factors[code] ?? (Object.create(null) as FactorFields), fields);
    }
  }
  const cpRaw = parts.map((p) => p.cpRaw ?? '').join(';');
  return { ...first, pnum: null, pno: null, cp, factors, cpRaw, quirks: parts.flatMap((p) => p.quirks) };
}

/**
 * Collects the parts of split packets (Flag D = 1, PNUM/PNO, HJ 212-2017 表3) until all
 * PNUM parts have arrived or the timeout passes. PNO and PNUM may come in either order in
 * the header; parts may arrive in any order; a repeated PNO replaces the earlier copy.
 */
export class SplitReassembler {
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly groups = new Map<string, Group>();

  constructor(options: SplitReassemblerOptions) {
    this.timeoutMs = options.timeoutMs;
    this.now = options.now ?? Date.now;
  }

  /** Adds a decoded frame; frames without PNUM/PNO complete at once. */
  add(frame: DecodedFrame): ReassemblyResult {
    const key = splitKey(frame);
    if (frame.pnum === null || frame.pno === null) return { status: 'complete', key, frame, parts: [frame] };
    const { pnum, pno } = frame;
    if (pnum < 1 || pno < 1 || pno > pnum) return { status: 'rejected', key, reason: `PNO ${pno} outside 1..${pnum}` };
    let group = this.groups.get(key);
    if (group && group.total !== pnum) {
      return { status: 'rejected', key, reason: `PNUM ${pnum} differs from ${group.total} of earlier parts` };
    }
    if (!group) {
      group = { total: pnum, firstSeenMs: this.now(), parts: new Map() };
      this.groups.set(key, group);
    }
    group.parts.set(pno, frame);
    if (group.parts.size < group.total) return { status: 'pending', key, received: group.parts.size, total: group.total };
    this.groups.delete(key);
    const parts = ordered(group);
    return { status: 'complete', key, frame: mergeParts(parts), parts };
  }

  /** Removes and returns the groups whose first part is at least timeoutMs old. */
  expire(): ExpiredGroup[] {
    const now = this.now();
    const expired: ExpiredGroup[] = [];
    for (const [key, group] of this.groups) {
      if (now - group.firstSeenMs >= this.timeoutMs) {
        expired.push({ key, total: group.total, parts: ordered(group) });
        this.groups.delete(key);
      }
    }
    return expired;
  }

  /** Number of incomplete groups held. */
  get size(): number {
    return this.groups.size;
  }
}

function ordered(group: Group): DecodedFrame[] {
  return [...group.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}
