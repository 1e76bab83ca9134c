import type { sourcesReads } from '../../sources';
import type { OutletToJudge } from './judge-hour';

/** An outlet as the register gives it to the judge (sourcesReads.judgeableOutlets). */
export type Outlet = Awaited<ReturnType<typeof sourcesReads.judgeableOutlets>>[number];

/** An outlet has something to judge or to weigh: a concentration limit (normal or special) or a permitted amount. */
export const hasLimits = (o: Outlet): boolean => o.limits.length + o.specialLimits.length + o.amountLimits.length > 0;

export const toJudge = (o: Outlet): OutletToJudge => ({
  id: o.id,
  medium: o.medium,
  o2Reference: o.o2Reference,
  limits: o.limits,
  specialLimits: o.specialLimits,
  amountPollutants: o.amountLimits.map((a) => a.pollutant),
});

/** Pollutants judged hour by hour even at a water outlet: those whose limit is a range (pH). */
export const rangePollutantsOf = (o: Outlet): Set<string> =>
  new Set([...o.limits, ...o.specialLimits].filter((l) => l.min !== null).map((l) => l.pollutant));

/** The pollutants judged on their day: a water outlet's, ranges (pH) aside. */
export const dailyPollutantsOf = (o: Outlet): Set<string> => {
  if (o.medium !== 'water') return new Set();
  const ranges = rangePollutantsOf(o);
  return new Set([...o.limits, ...o.specialLimits].map((l) => l.pollutant).filter((p) => !ranges.has(p)));
};
