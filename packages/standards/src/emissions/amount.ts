import { add, cmp, div, fromInt, mul, ratio, type Rational } from '../exact';

/**
 * Emitted amount of one valid hour: C (mg/m³) × Q (m³/h) × 1 h = mg; ÷ 10⁶ → kg.
 * Use the measured (not O2-converted) concentration with the standard-state dry flow (the converted
 * value is a compliance figure, the flow already carries the dilution). ⚠ HJ 75/76 amount formulas
 * were not read; this is the mass balance. Example: 50 mg/m³ × 100 000 m³/h → 5 kg.
 */
export function hourlyAmountKg(concentrationMgM3: Rational, flowM3PerHour: Rational): Rational {
  return div(mul(concentrationMgM3, flowM3PerHour), fromInt(1_000_000));
}

export interface AmountHour {
  /** Local calendar day `YYYY-MM-DD` of the hour (the caller picks the zone; UTC+8 for the province). */
  readonly day: string;
  readonly kg: Rational;
}

export interface AmountTotals {
  readonly byDay: Map<string, Rational>;
  readonly byMonth: Map<string, Rational>;
  readonly byYear: Map<string, Rational>;
}

const addTo = (m: Map<string, Rational>, k: string, v: Rational): void => {
  m.set(k, add(m.get(k) ?? fromInt(0), v));
};

/** Sum valid hours' kg by day, month (`YYYY-MM`) and year (`YYYY`), exact. */
export function sumAmounts(hours: readonly AmountHour[]): AmountTotals {
  const byDay = new Map<string, Rational>();
  const byMonth = new Map<string, Rational>();
  const byYear = new Map<string, Rational>();
  for (const h of hours) {
    addTo(byDay, h.day, h.kg);
    addTo(byMonth, h.day.slice(0, 7), h.kg);
    addTo(byYear, h.day.slice(0, 4), h.kg);
  }
  return { byDay, byMonth, byYear };
}

export interface PermitUse {
  readonly permittedKg: Rational;
  /** Share of the permitted annual amount used so far (0.5 = half). */
  readonly usedShare: Rational;
  /** Linear year-end projection: amount × hoursInYear / elapsedHours. */
  readonly projectedKg: Rational | null;
  readonly projectedExceeds: boolean | null;
  readonly exceeded: boolean;
}

/**
 * Year to date against the permitted annual amount (t/a → kg × 1000). The projection is linear over
 * the elapsed time the caller gives: calendar hours since 1 January (default reading) or valid hours
 * (then the projection assumes the rest of the year runs like the valid part ⚠ choice documented).
 * Example: 400 t permitted, 100 t by hour 2190 of 8760 → used 1/4, projected 400 t, not exceeding.
 */
export function permitUse(
  yearToDateKg: Rational,
  permittedTonnesPerYear: Rational,
  elapsedHours: number,
  hoursInYear: number,
): PermitUse {
  const permittedKg = mul(permittedTonnesPerYear, fromInt(1000));
  const projectedKg = elapsedHours > 0 ? mul(yearToDateKg, ratio(BigInt(hoursInYear), BigInt(elapsedHours))) : null;
  return {
    permittedKg,
    usedShare: permittedKg.n === 0n ? fromInt(0) : div(yearToDateKg, permittedKg),
    projectedKg,
    projectedExceeds: projectedKg === null ? null : cmp(projectedKg, permittedKg) > 0,
    exceeded: cmp(yearToDateKg, permittedKg) > 0,
  };
}

/** Hours in a calendar year (leap years 8784). */
export const hoursInYear = (year: number): number =>
  (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365) * 24;
