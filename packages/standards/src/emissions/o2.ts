import { cmp, div, fromInt, mul, parseDecimal, sub, type DecimalInput, type Rational } from '../exact';

// The reference oxygen itself (per standard and source type) is `referenceOxygen` in ../sources/oxygen-reference.ts.

export type O2Invalid = 'O2_AT_OR_ABOVE_21' | 'O2_NEGATIVE' | 'O2_REF_OUT_OF_RANGE';

export type ConversionResult = { ok: true; value: Rational } | { ok: false; reason: O2Invalid };

const TWENTY_ONE = fromInt(21);
const ZERO = fromInt(0);

/** An O2 reading is physical when 0 ≤ O2 < 21 (air is 20.9 %; 21 would divide by zero). */
export function o2ReadingProblem(o2: DecimalInput): O2Invalid | null {
  const v = parseDecimal(o2);
  if (cmp(v, ZERO) < 0) return 'O2_NEGATIVE';
  if (cmp(v, TWENTY_ONE) >= 0) return 'O2_AT_OR_ABOVE_21';
  return null;
}

/**
 * 折算浓度 C_ref = C × (21 − O2ref) / (21 − O2meas) (GB 13271-2014 §5.2, GB 4915-2013 formula (1), ✅),
 * exact. O2meas ≥ 21 or < 0 is an invalid reading with a coded reason: never a division.
 *
 * Worked example (by hand): C = 100 mg/m³, O2ref = 9, O2meas = 12 → 100 × 12 / 9 = 133.33…
 */
export function convertToReferenceO2(
  concentration: DecimalInput,
  o2Measured: DecimalInput,
  o2Reference: DecimalInput,
): ConversionResult {
  const problem = o2ReadingProblem(o2Measured);
  if (problem) return { ok: false, reason: problem };
  const ref = parseDecimal(o2Reference);
  if (cmp(ref, ZERO) < 0 || cmp(ref, TWENTY_ONE) >= 0) return { ok: false, reason: 'O2_REF_OUT_OF_RANGE' };
  const factor = div(sub(TWENTY_ONE, ref), sub(TWENTY_ONE, parseDecimal(o2Measured)));
  return { ok: true, value: mul(parseDecimal(concentration), factor) };
}
