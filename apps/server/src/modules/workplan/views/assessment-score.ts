import type { AssessmentWeights } from '@ecocloud/contracts';

/**
 * Year-end assessment of units (考核): each unit scores 0–100 from three components weighted by the
 * plan's configurable weights. A component with nothing to judge (no reports due, no indicators)
 * drops out and the other weights are renormalised. Exact rational arithmetic, rounded once to one
 * decimal, half to even.
 */
export type UnitFacts = {
  /** Items the unit leads. */
  items: number;
  /** Sum of the latest reported percent of each led item (a done item counts 100). */
  percentSum: number;
  reportsDue: number;
  reportsOnTime: number;
  indicatorsJudged: number;
  indicatorsAttained: number;
};

export type UnitScore = { completion: number; timeliness: number; attainment: number; score: number };

export const DEFAULT_WEIGHTS: AssessmentWeights = { completion: 50, timeliness: 30, attainment: 20 };

type Ratio = { n: bigint; d: bigint };

/** n/d × 100 to one decimal, half to even. */
export function percentOneDecimal(r: Ratio): number {
  if (r.d === 0n) return 0;
  const scaled = r.n * 1000n;
  const q = scaled / r.d;
  const rem = scaled % r.d;
  const twice = rem * 2n;
  const up = twice > r.d || (twice === r.d && q % 2n === 1n);
  return Number(q + (up ? 1n : 0n)) / 10;
}

const big = (x: number) => BigInt(Math.round(x * 1000)); // weights and percents to 3 decimals

export function scoreUnit(f: UnitFacts, w: AssessmentWeights): UnitScore {
  const parts: [weight: number, r: Ratio][] = [
    [w.completion, { n: big(f.percentSum), d: BigInt(f.items) * 100_000n }],
    [w.timeliness, { n: BigInt(f.reportsOnTime), d: BigInt(f.reportsDue) }],
    [w.attainment, { n: BigInt(f.indicatorsAttained), d: BigInt(f.indicatorsJudged) }],
  ];
  // Σ wᵢ·nᵢ/dᵢ over Σ wᵢ, as one fraction over the product of the denominators in play.
  const live = parts.filter(([, r]) => r.d > 0n);
  const denom = live.reduce((acc, [, r]) => acc * r.d, 1n);
  const num = live.reduce((acc, [wt, r]) => acc + big(wt) * r.n * (denom / r.d), 0n);
  const wsum = live.reduce((acc, [wt]) => acc + big(wt), 0n);
  const [c, t, a] = parts.map(([, r]) => percentOneDecimal(r)) as [number, number, number];
  return {
    completion: c,
    timeliness: t,
    attainment: a,
    score: wsum === 0n ? 0 : percentOneDecimal({ n: num, d: denom * wsum }),
  };
}
