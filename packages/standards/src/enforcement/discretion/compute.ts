import { add, cmp, div, fromInt, mul, parseDecimal, roundHalfEven, toNumber, type Rational } from '../../exact';
import { gradeMatches } from './match';
import type { DiscretionTable, Jurisdiction, NoPenaltyRule } from './types';

export type Inputs = Readonly<Record<string, string | undefined>>;

export interface WeighedFactor {
  key: string;
  label: string;
  value: string;
  grade: string;
  weightPercent: number;
  /** The value matched no grade (or was absent): the lowest grade applies (Guangdong §5–6). */
  defaulted: boolean;
}

export interface Weighing {
  factors: WeighedFactor[];
  /** Start weight plus the factors' weights, percent. */
  sumPercent: number;
  /** The sum after the table's floor. */
  appliedPercent: number;
  floorApplied: boolean;
}

/** The table version in force on the decision day; an expired table still answers, with a warning. */
export function tableFor(
  j: Jurisdiction,
  id: string,
  decisionDate: string,
): { table: DiscretionTable; warnings: string[] } | null {
  const versions = j.tables.filter((t) => t.id === id).sort((a, b) => b.from.localeCompare(a.from));
  const inForce = versions.find((t) => t.from <= decisionDate && (t.to === null || decisionDate <= t.to));
  if (inForce) return { table: inForce, warnings: inForce.verified ? [] : ['裁量系数未经官方文本核实'] };
  const latest = versions.find((t) => t.from <= decisionDate) ?? versions[versions.length - 1];
  if (!latest) return null;
  return { table: latest, warnings: [`裁量基准${latest.id}在${decisionDate}不在有效期内，沿用最近版本`] };
}

/**
 * Each factor's grade: the heaviest grade that matches (boundary overlaps go to the heavier band), or
 * the lowest when none does. Percentages add exactly.
 */
export function weigh(j: Jurisdiction, table: DiscretionTable, inputs: Inputs): Weighing {
  const factors: WeighedFactor[] = [
    { key: 'start', label: '起始权重', value: '', grade: '起始', weightPercent: table.startWeight, defaulted: false },
  ];
  let sum: Rational = parseDecimal(table.startWeight);
  for (const f of table.factors) {
    const matching = f.grades.filter((g) => gradeMatches(g, f.input, inputs, j.boundaryWords));
    const pool = matching.length ? matching : f.grades;
    const pick = matching.length
      ? pool.reduce((a, b) => (b.weight > a.weight ? b : a))
      : pool.reduce((a, b) => (b.weight < a.weight ? b : a));
    sum = add(sum, parseDecimal(pick.weight));
    factors.push({
      key: f.key,
      label: f.label,
      value: inputs[pick.input ?? f.input]?.trim() ?? '',
      grade: pick.label,
      weightPercent: pick.weight,
      defaulted: matching.length === 0,
    });
  }
  const sumPercent = toNumber(sum);
  const floorApplied = table.floorPercent !== null && sumPercent < table.floorPercent;
  return { factors, sumPercent, appliedPercent: floorApplied ? table.floorPercent! : sumPercent, floorApplied };
}

/**
 * The fine: the applied percentage of the statutory maximum, rounded half to even to the yuan, then
 * clamped to the statutory range (no table may leave it without a legal mitigation ground).
 */
export function fineOf(
  appliedPercent: number,
  range: { minYuan: number; maxYuan: number },
): { fineYuan: number; clamped: 'min' | 'max' | null } {
  const raw = roundHalfEven(div(mul(parseDecimal(appliedPercent), fromInt(range.maxYuan)), fromInt(100)));
  if (cmp(raw, fromInt(range.minYuan)) < 0) return { fineYuan: range.minYuan, clamped: 'min' };
  if (cmp(raw, fromInt(range.maxYuan)) > 0) return { fineYuan: range.maxYuan, clamped: 'max' };
  return { fineYuan: toNumber(raw), clamped: null };
}

/** The first no-penalty list entry whose every condition holds. */
export function noPenaltyRule(j: Jurisdiction, violation: string, inputs: Inputs): NoPenaltyRule | null {
  return (
    j.noPenalty.find(
      (r) =>
        (r.violations as readonly string[]).includes(violation) &&
        r.conditions.every((c) => gradeMatches(c, c.input ?? '', inputs, j.boundaryWords)),
    ) ?? null
  );
}
