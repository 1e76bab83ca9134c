import type { CreditLevel, IndicatorSource, RatingScheme } from './rating-scheme';

/** What the record says of an enterprise over the rated year (null: EcoCloud does not hold the fact). */
export type RatingFacts = Partial<Record<Exclude<IndicatorSource, 'manual' | 'fines_yuan'>, number>> & {
  /** Fines decided in the year (元): each full 10 000 元 deducts like a case in M11's rule. */
  finesYuan?: number;
};

export type IndicatorScore = {
  code: string;
  points: number;
  maxPoints: number;
  /** The fact the points came from (hours, cases …), null for an indicator scored by hand. */
  value: number | null;
  filledBy: 'record' | 'hand' | 'default';
};

export type RatingResult = {
  indicators: IndicatorScore[];
  total: number;
  /** The level by the thresholds alone. */
  scoredLevel: CreditLevel;
  /** The level after the vetoes: red when any veto holds (一票否决). */
  level: CreditLevel;
  vetoes: string[];
};

/** Rounds to one decimal half away from zero on the tenths (scores are sums of halves, so this is exact). */
const tenth = (x: number): number => Math.round(x * 10) / 10;

/** Level of a total by the scheme's thresholds (a total equal to a threshold reaches it). */
export function levelOf(total: number, t: RatingScheme['thresholds']): CreditLevel {
  if (total >= t.green) return 'green';
  if (total >= t.blue) return 'blue';
  if (total >= t.yellow) return 'yellow';
  return 'red';
}

/**
 * Scores an enterprise: an indicator filled from the record loses `deductPerUnit` per unit of its fact (M11
 * counts decided cases plus each full 10 000 元 of fines), never below zero; an indicator scored by hand takes
 * the officer's points (clamped to its range); any other keeps its full points. A veto forces red whatever the
 * total (regulation.md §4.1 一票否决).
 */
export function scoreRating(
  scheme: RatingScheme,
  facts: RatingFacts,
  manual: Readonly<Record<string, number>>,
  vetoes: readonly string[],
): RatingResult {
  const known = new Set(scheme.vetoes.map((v) => v.code));
  const indicators = scheme.indicators.map((ind): IndicatorScore => {
    const hand = manual[ind.code];
    if (hand !== undefined)
      return {
        code: ind.code,
        points: Math.min(Math.max(hand, 0), ind.maxPoints),
        maxPoints: ind.maxPoints,
        value: null,
        filledBy: 'hand',
      };
    if (ind.source === 'manual' || ind.source === 'fines_yuan')
      return { code: ind.code, points: ind.maxPoints, maxPoints: ind.maxPoints, value: null, filledBy: 'default' };
    const fact = facts[ind.source];
    if (fact === undefined)
      return { code: ind.code, points: ind.maxPoints, maxPoints: ind.maxPoints, value: null, filledBy: 'default' };
    const units = ind.source === 'cases_decided' ? fact + Math.floor((facts.finesYuan ?? 0) / 10_000) : fact;
    const points = tenth(Math.max(ind.maxPoints - units * ind.deductPerUnit, 0));
    return { code: ind.code, points, maxPoints: ind.maxPoints, value: fact, filledBy: 'record' };
  });
  const total = tenth(indicators.reduce((s, x) => s + x.points, 0));
  const scoredLevel = levelOf(total, scheme.thresholds);
  const held = vetoes.filter((v) => known.has(v));
  return { indicators, total, scoredLevel, level: held.length > 0 ? 'red' : scoredLevel, vetoes: held };
}

/** What a level means for supervision (☑ regulation.md §4.1): red joins the joint-punishment list. */
export const LEVEL_CONSEQUENCES: Record<CreditLevel, { jointPunishment: boolean; specialSupervision: boolean }> = {
  green: { jointPunishment: false, specialSupervision: false },
  blue: { jointPunishment: false, specialSupervision: false },
  yellow: { jointPunishment: false, specialSupervision: true },
  red: { jointPunishment: true, specialSupervision: true },
};
