import { civilMonthsEnd, isCalendarDay, nextCalendarDay } from './civil-months';
import { REPAIR_REGIMES, type PunishmentClass, type RepairRegime } from './repair-regimes';

/**
 * The publication of one punishment record by the regime in force on its decision day.
 *
 * Counting (民法典 arts. 201–202, see civil-months.ts): the periods "run from the decision date"
 * (regulation.md §4.2), i.e. the decision day is the event and is not counted; a period of N months ends on
 * the corresponding day N months after the decision (the month's last day when it has none). Publication
 * starts on the decision day itself (the record is public from the day it exists).
 * - `minimumEnds` / `maximumEnds`: the last day of the minimum / maximum period;
 * - `earliestRepairDate`: the day after `minimumEnds` (repair "after the minimum");
 * - `automaticRemovalDate`: the day after `maximumEnds`, the first day the record is no longer published.
 */
export interface RepairPeriods {
  regime: { id: string; instrument: string; inForceFrom: string; mark: RepairRegime['mark'] };
  punishmentClass: PunishmentClass;
  decisionDate: string;
  published: boolean;
  publicationStart: string | null;
  minMonths: number | null;
  maxMonths: number | null;
  minimumEnds: string | null;
  earliestRepairDate: string | null;
  maximumEnds: string | null;
  automaticRemovalDate: string | null;
  /** The rule applied, in Chinese. */
  rule: string;
  /** ⚠ notes: numbers that are defaults or from one source. */
  unverified: string[];
}

/** The regime governing a decision day: the latest one in force on it (the earliest also covers days before). */
export function repairRegimeOn(decisionDate: string, regimes: readonly RepairRegime[] = REPAIR_REGIMES): RepairRegime {
  if (!isCalendarDay(decisionDate)) throw new RangeError(`not a calendar day YYYY-MM-DD: ${decisionDate}`);
  const sorted = [...regimes].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
  const first = sorted[0];
  if (!first) throw new RangeError('no repair regime configured');
  return sorted.filter((r) => r.inForceFrom <= decisionDate).at(-1) ?? first;
}

export function repairPeriods(
  input: { punishmentClass: PunishmentClass; decisionDate: string },
  regimes: readonly RepairRegime[] = REPAIR_REGIMES,
): RepairPeriods {
  const regime = repairRegimeOn(input.decisionDate, regimes);
  const rule = regime.classes[input.punishmentClass];
  const end = (months: number | null) =>
    rule.published && months !== null ? civilMonthsEnd(input.decisionDate, months) : null;
  const minimumEnds = end(rule.minMonths);
  const maximumEnds = end(rule.maxMonths);
  const unverified = [...(rule.unverified ? [rule.unverified] : []), ...regime.notes.filter((n) => n.startsWith('⚠'))];
  return {
    regime: { id: regime.id, instrument: regime.instrument, inForceFrom: regime.inForceFrom, mark: regime.mark },
    punishmentClass: input.punishmentClass,
    decisionDate: input.decisionDate,
    published: rule.published,
    publicationStart: rule.published ? input.decisionDate : null,
    minMonths: rule.published ? rule.minMonths : null,
    maxMonths: rule.published ? rule.maxMonths : null,
    minimumEnds,
    earliestRepairDate: minimumEnds && nextCalendarDay(minimumEnds),
    maximumEnds,
    automaticRemovalDate: maximumEnds && nextCalendarDay(maximumEnds),
    rule: rule.text,
    unverified,
  };
}

/** Where a record stands on a day: never published, published, repaired (from its repair day), removed at the maximum. */
export type PublicationState = 'not_published' | 'published' | 'repaired' | 'expired';

export function publicationStateOn(
  periods: Pick<RepairPeriods, 'published' | 'automaticRemovalDate'>,
  day: string,
  repairedOn: string | null = null,
): PublicationState {
  if (!periods.published) return 'not_published';
  if (periods.automaticRemovalDate !== null && day >= periods.automaticRemovalDate)
    return repairedOn !== null && repairedOn < periods.automaticRemovalDate ? 'repaired' : 'expired';
  if (repairedOn !== null && day >= repairedOn) return 'repaired';
  return 'published';
}
