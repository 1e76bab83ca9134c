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
  /**
   * Parts and bytes (data segments) one MN may have waiting; past either, its oldest groups are
   * evicted (handed to onEvict). Without a bound one logger held 20,000 first halves (+800 MB)
   * for the whole timeout. Default 256 parts and 1 MiB.
   */
  maxPartsPerMn?: number;
  maxBytesPerMn?: number;
  /** receives evicted groups (the caller keeps them, e.g. in quarantine) */
  onEvict?: (group: ExpiredGroup) => void;
}

interface Group {
  mn: string;
  total: number;
  firstSeenMs: number;
  parts: Map<number, DecodedFrame>;
  bytes: number;
}

/** What one MN holds: its groups' keys, oldest first, and their parts and bytes. */
interface Holding {
  keys: Set<string>;
  parts: number;
  bytes: number;
}

const partBytes = (frame: DecodedFrame): number => frame.dataLength ?? 0;

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
  private readonly holdings = new Map<string, Holding>();
  private readonly maxParts: number;
  private readonly maxBytes: number;
  private readonly onEvict: (group: ExpiredGroup) => void;

  constructor(options: SplitReassemblerOptions) {
    this.timeoutMs = options.timeoutMs;
    this.now = options.now ?? Date.now;
    this.maxParts = options.maxPartsPerMn ?? 256;
    this.maxBytes = options.maxBytesPerMn ?? 1024 * 1024;
    this.onEvict = options.onEvict ?? (() => {});
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
    const mn = frame.mn ?? '';
    let holding = this.holdings.get(mn);
    if (!holding) this.holdings.set(mn, (holding = { keys: new Set(), parts: 0, bytes: 0 }));
    if (!group) {
      group = { mn, total: pnum, firstSeenMs: this.now(), parts: new Map(), bytes: 0 };
      this.groups.set(key, group);
      holding.keys.add(key);
    }
    const replaced = group.parts.get(pno);
    const delta = partBytes(frame) - (replaced ? partBytes(replaced) : 0);
    group.parts.set(pno, frame);
    group.bytes += delta;
    holding.bytes += delta;
    if (!replaced) holding.parts++;
    if (group.parts.size < group.total) {
      const received = group.parts.size;
      this.evictOverLimit(holding);
      return { status: 'pending', key, received, total: group.total };
    }
    this.remove(key, group);
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
        this.remove(key, group);
      }
    }
    return expired;
  }

  /** Number of incomplete groups held. */
  get size(): number {
    return this.groups.size;
  }

  /** Oldest groups first, possibly the one just added (a part is then held no longer than the bound allows). */
  private evictOverLimit(holding: Holding): void {
    while (holding.parts > this.maxParts || holding.bytes > this.maxBytes) {
      const oldest = holding.keys.values().next();
      if (oldest.done) return;
      const group = this.groups.get(oldest.value);
      if (!group) return;
      this.remove(oldest.value, group);
      this.onEvict({ key: oldest.value, total: group.total, parts: ordered(group) });
    }
  }

  private remove(key: string, group: Group): void {
    this.groups.delete(key);
    const holding = this.holdings.get(group.mn);
    if (!holding) return;
    holding.keys.delete(key);
    holding.parts -= group.parts.size;
    holding.bytes -= group.bytes;
    if (holding.keys.size === 0) this.holdings.delete(group.mn);
  }
}

function ordered(group: Group): DecodedFrame[] {
  return [...group.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}
