import { DEFAULT_FLAG_RULES, isValidMinuteFlag, type FlagRule } from '../flags';

/**
 * Flags as one byte per minute: code i is `flags[i]`, and `valid[i]` is 1 when the flag's effect
 * (flags.ts, the same table the exact path reads) is `valid`. Code 255 is kept for "unknown flag"
 * (excluded, as `flagRule` treats an unknown flag).
 */
export interface FlagCodes {
  readonly flags: readonly string[];
  readonly valid: Uint8Array;
  readonly codeOf: ReadonlyMap<string, number>;
}

export const UNKNOWN_FLAG_CODE = 255;

export function flagCodes(rules: readonly FlagRule[] = DEFAULT_FLAG_RULES, extra: readonly string[] = []): FlagCodes {
  const flags = [...new Set([...rules.map((r) => r.flag), ...extra])];
  if (flags.length >= UNKNOWN_FLAG_CODE) throw new RangeError('at most 254 flags fit a byte code');
  const valid = new Uint8Array(256);
  const codeOf = new Map<string, number>();
  flags.forEach((f, i) => {
    valid[i] = isValidMinuteFlag(f, rules) ? 1 : 0;
    codeOf.set(f, i);
  });
  return { flags, valid, codeOf };
}

/** The byte code of a flag as the exact path reads it (trimmed; empty = `N`, ⚠ as flags.ts). */
export function encodeFlag(codes: FlagCodes, flag: string): number {
  const f = flag.trim() === '' ? 'N' : flag.trim();
  return codes.codeOf.get(f) ?? UNKNOWN_FLAG_CODE;
}
