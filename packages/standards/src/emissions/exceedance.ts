import { add, cmp, div, mul, parseDecimal, ratio, sub, type Rational } from '../exact';
import { DEFAULT_EMISSION_SETTINGS, type EmissionSettings } from './settings';

/** A permitted concentration: an upper limit, or a range for pH (GB 8978 6–9 style). */
export type PermitLimit = { kind: 'max'; max: Rational } | { kind: 'range'; min: Rational; max: Rational };

/**
 * Parse a limit cell: `50` → max 50; `6-9`, `6~9` or `6..9` → range. Null when unreadable.
 * A negative max is unreadable (a concentration limit is never below zero).
 */
export function parsePermitLimit(text: string): PermitLimit | null {
  const t = text.trim();
  const range = /^([+-]?[\d.]+)\s*(?:-|~|\.\.|～)\s*([+-]?[\d.]+)$/.exec(t);
  try {
    if (range) {
      const min = parseDecimal(range[1] as string);
      const max = parseDecimal(range[2] as string);
      return cmp(min, max) <= 0 ? { kind: 'range', min, max } : null;
    }
    const max = parseDecimal(t);
    return max.n > 0n ? { kind: 'max', max } : null;
  } catch {
    return null;
  }
}

export interface HourJudgement {
  readonly exceeded: boolean;
  /** 超标倍数 (C − L) / L for an exceeding max-limit hour; null otherwise (pH has no multiple). */
  readonly multiple: Rational | null;
}

/**
 * regulation.md §2.2 (☑): a valid hour exceeds when its (converted) value is above the permitted
 * concentration; equal is compliant. 超标倍数 = (C − L) / L. pH: outside [min, max] exceeds.
 * Example: C = 150, L = 100 → exceeded, multiple 0.5; C = 100 → not exceeded.
 */
export function judgeHour(value: Rational, limit: PermitLimit): HourJudgement {
  if (limit.kind === 'range') {
    return { exceeded: cmp(value, limit.min) < 0 || cmp(value, limit.max) > 0, multiple: null };
  }
  const exceeded = cmp(value, limit.max) > 0;
  return { exceeded, multiple: exceeded ? exceedanceMultipleOf(value, limit.max) : null };
}

/** (C − L) / L, exact. */
export const exceedanceMultipleOf = (value: Rational, limit: Rational): Rational => div(sub(value, limit), limit);

/**
 * NOx expressed as NO2 (HJ 76 App. B ☑ "NOx expressed as NO2"): NO × factor + NO2, factor 46/30 by
 * default (⚠ see settings). Example: NO 30, NO2 4 → 30 × 46/30 + 4 = 50.
 */
export function noxAsNo2(no: Rational, no2: Rational, s: EmissionSettings = DEFAULT_EMISSION_SETTINGS): Rational {
  return add(mul(no, ratio(s.noToNo2Factor.n, s.noToNo2Factor.d)), no2);
}

export interface JudgedHour {
  /** Epoch ms of the clock hour's start. */
  readonly hourStart: number;
  readonly value: Rational | null;
  readonly exceeded: boolean;
  readonly multiple: Rational | null;
}

export interface ExceedanceRun {
  readonly from: number;
  /** Epoch ms of the end of the last exceeding hour. */
  readonly to: number;
  readonly hours: number;
  readonly maxValue: Rational;
  readonly maxMultiple: Rational | null;
}

const HOUR_MS = 3_600_000;

/**
 * Runs of consecutive exceeding hours (one event per run). A missing, invalid or compliant hour ends
 * the run. Input in any order; hours are sorted by start.
 */
export function exceedanceRuns(hours: readonly JudgedHour[]): ExceedanceRun[] {
  const sorted = hours.filter((h) => h.exceeded && h.value !== null).sort((a, b) => a.hourStart - b.hourStart);
  const runs: ExceedanceRun[] = [];
  let cur: { from: number; last: number; hours: number; maxValue: Rational; maxMultiple: Rational | null } | null =
    null;
  for (const h of sorted) {
    const value = h.value as Rational;
    if (cur && h.hourStart === cur.last + HOUR_MS) {
      cur.last = h.hourStart;
      cur.hours++;
      if (cmp(value, cur.maxValue) > 0) cur.maxValue = value;
      if (h.multiple && (!cur.maxMultiple || cmp(h.multiple, cur.maxMultiple) > 0)) cur.maxMultiple = h.multiple;
      continue;
    }
    if (cur && h.hourStart === cur.last) continue;
    if (cur)
      runs.push({
        from: cur.from,
        to: cur.last + HOUR_MS,
        hours: cur.hours,
        maxValue: cur.maxValue,
        maxMultiple: cur.maxMultiple,
      });
    cur = { from: h.hourStart, last: h.hourStart, hours: 1, maxValue: value, maxMultiple: h.multiple };
  }
  if (cur)
    runs.push({
      from: cur.from,
      to: cur.last + HOUR_MS,
      hours: cur.hours,
      maxValue: cur.maxValue,
      maxMultiple: cur.maxMultiple,
    });
  return runs;
}
