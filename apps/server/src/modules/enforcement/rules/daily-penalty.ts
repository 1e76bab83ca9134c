import { addCalendarDays, daysBetween } from '../../../platform/deadlines';
import type { Mark } from './case-clock-rules';

/**
 * 按日连续处罚: the days and amounts of a daily continuous penalty, from the order to correct to
 * the re-inspections that find the violation going on. Pure; Shanghai dates; money in whole fen.
 *
 * - Start (a jurisdiction setting): the Code counts "自责令改正之日的次日起" (art. 1060 ¶1: the day
 *   after the order was made); 环境保护部令第28号 §17 "送达排污者之日的次日起" (the day after it
 *   was served). Both dates are kept; the setting chooses.
 * - A cycle runs from its first day to the re-inspection day that finds the discharge going on or
 *   is obstructed (§13), both included (§17 "至…复查发现违法排放污染物行为之日止").
 * - Reading of §17–18 (⚠): "再次复查仍拒不改正的，计罚日数累计执行" — the count goes on without a
 *   gap: the next cycle starts the day after the previous re-inspection, whatever the day the
 *   re-issued order (§14) is served, and each cycle is decided on its own; §18's restart ("计罚周期
 *   重新起算") concerns a new violation found after a correction, which is a new penalty decision
 *   and a new chain, not another cycle here.
 * - A re-inspection that finds the discharge corrected ends the chain (§12 ¶2, nothing counted for
 *   it), as does one that finds production stopped, or any re-inspection on or after the day a
 *   production limit, suspension or seizure stopped the discharge (§20).
 * - Amount per cycle = the original fine × the cycle's days (§19; Code art. 1060 "原罚款数额").
 */

export type DailyPenaltyStart = 'order_date' | 'service_date';

export const DAILY_PENALTY_STARTS: Readonly<Record<DailyPenaltyStart, { citation: string; text: string; mark: Mark }>> =
  {
    order_date: {
      citation: '生态环境法典 第一千零六十条第一款',
      text: '可以自责令改正之日的次日起，按照原罚款数额按日连续处罚',
      mark: '✅',
    },
    service_date: {
      citation: '环境保护主管部门实施按日连续处罚办法（环境保护部令第28号）第十七条',
      text: '按日连续处罚的计罚日数为责令改正违法行为决定书送达排污者之日的次日起，至环境保护主管部门复查发现违法排放污染物行为之日止。再次复查仍拒不改正的，计罚日数累计执行',
      mark: '✅',
    },
  };

type ReinspectionFinding = 'violation' | 'obstructed' | 'corrected' | 'production_stopped';

export type DailyPenaltyInput = {
  originalFineFen: number;
  /** The day the first order to correct was made (责令改正之日). */
  orderMadeOn: string;
  /** The day it was served on the discharger (送达之日), on or after `orderMadeOn`. */
  orderServedOn: string;
  reinspections: readonly { date: string; finding: ReinspectionFinding }[];
  /** The day a production limit, suspension or seizure stopped the discharge (§20), if any. */
  dischargeStoppedOn?: string | null;
};

type DailyPenaltyCycle = { from: string; to: string; days: number; amountFen: number };

export type DailyPenalty = {
  start: DailyPenaltyStart;
  cycles: DailyPenaltyCycle[];
  totalDays: number;
  totalFen: number;
  /** Why the chain stopped, or `open` while the discharger has not corrected. */
  ended: 'corrected' | 'discharge_stopped' | 'open';
};

export function dailyPenalty(input: DailyPenaltyInput, start: DailyPenaltyStart): DailyPenalty {
  const { originalFineFen: fine, orderMadeOn, orderServedOn } = input;
  if (!Number.isSafeInteger(fine) || fine <= 0)
    throw new RangeError(`the original fine must be whole fen > 0: ${fine}`);
  if (daysBetween(orderMadeOn, orderServedOn) < 0)
    throw new RangeError('the order cannot be served before it was made');
  const stoppedOn = input.dischargeStoppedOn ?? null;
  const visits = [...input.reinspections].sort((a, b) => daysBetween(b.date, a.date));

  let first = addCalendarDays(start === 'order_date' ? orderMadeOn : orderServedOn, 1);
  let ended: DailyPenalty['ended'] = 'open';
  const cycles: DailyPenaltyCycle[] = [];
  for (const visit of visits) {
    if (daysBetween(orderServedOn, visit.date) < 0)
      throw new RangeError(`re-inspection ${visit.date} before the order was served`);
    const afterStop = stoppedOn !== null && daysBetween(stoppedOn, visit.date) >= 0;
    if (ended !== 'open') {
      if (ended === 'discharge_stopped' && afterStop) continue; // later visits only confirm the stop
      throw new RangeError(
        `re-inspection ${visit.date} after the chain ended (${ended}): a new violation is a new decision (§18)`,
      );
    }
    if (afterStop || visit.finding === 'production_stopped') ended = 'discharge_stopped';
    else if (visit.finding === 'corrected') ended = 'corrected';
    else {
      const days = daysBetween(first, visit.date) + 1;
      if (days < 1) throw new RangeError(`re-inspection ${visit.date} before the count starts (${first})`);
      cycles.push({ from: first, to: visit.date, days, amountFen: safeProduct(fine, days) });
      first = addCalendarDays(visit.date, 1);
    }
  }
  if (ended === 'open' && stoppedOn !== null) ended = 'discharge_stopped';
  const totalDays = cycles.reduce((s, c) => s + c.days, 0);
  return { start, cycles, totalDays, totalFen: safeProduct(fine, totalDays), ended };
}

function safeProduct(fen: number, days: number): number {
  const product = BigInt(fen) * BigInt(days);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount beyond exact integer range');
  return Number(product);
}
