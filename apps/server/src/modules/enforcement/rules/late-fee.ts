import { daysBetween } from '../../../platform/deadlines';

/**
 * 加处罚款 (行政处罚法 §72 ¶1(1), ✅): a fine not paid by its deadline grows by 3 % of the fine for
 * every day after the deadline, and the added amount never exceeds the fine itself.
 *
 * Money is whole fen (分) in safe integers, multiplied in bigint so no float ever touches it. A
 * fine in whole yuan gives whole fen (3 % of 100 fen is 3 fen); a fine with odd fen can give a
 * fraction of a fen per day, which is dropped (rounded down: the party never owes a fraction the
 * text does not impose; ⚠ a choice, the law does not say).
 */
export const LATE_FEE_RULE = {
  citation: '行政处罚法 第七十二条第一款第（一）项',
  text: '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额',
  percentPerDay: 3,
  mark: '✅',
} as const;

export type LateFee = {
  /** Days after the payment deadline up to and including `until`: the deadline + 1 is day 1. */
  days: number;
  feeFen: number;
  /** True when 3 % × days reached the fine and the fee stopped growing (from day 34). */
  capped: boolean;
};

/** The late fee on `fineFen` owed by `paymentDue`, counted to `until` (the day paid, or today when unpaid). */
export function lateFee(fineFen: number, paymentDue: string, until: string): LateFee {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) throw new RangeError(`the fine must be whole fen ≥ 0: ${fineFen}`);
  const days = Math.max(0, daysBetween(paymentDue, until));
  const fine = BigInt(fineFen);
  const grown = (fine * BigInt(LATE_FEE_RULE.percentPerDay) * BigInt(days)) / 100n; // bigint division floors
  const capped = fine > 0n && LATE_FEE_RULE.percentPerDay * days > 100; // then grown ≥ fine
  return { days, feeFen: Number(grown < fine ? grown : fine), capped };
}
