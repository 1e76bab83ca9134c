import { daysBetween } from '../../../platform/deadlines';
import type { Mark } from './case-clock-rules';
import { addMonths } from './periods';

/**
 * Limitation of administrative penalties (追责时效): an act not found within the period is not
 * penalised, and a case past it cannot be decided. Regulation reference §0 item 2.
 *
 * - Acts judged under the Ecological Environment Code (in force 2026-08-15; an act, or the end of a
 *   continuing act, on or after that day): art. 1054 — 5 years when the act caused environmental
 *   pollution or ecological damage (危害后果), otherwise 2 years.
 * - Acts that ended before: 行政处罚法 §36 — 2 years, 5 years only when the act touched citizens'
 *   life, health or financial safety and had harmful consequences (a flag the officer sets). The
 *   Code's longer period is not applied backwards (从旧, Code art. 1057 / 行政处罚法 §37; ⚠ our
 *   reading for a period that had not yet run out on 2026-08-15).
 * - Counted from the day of the act, or the day a continuing act ended; the period starts the next
 *   day and its last day is the corresponding day N years on (02-29 → 02-28). Not rolled off a rest
 *   day (⚠ a choice: it bounds the authority's power to punish, it is no time for a party to act).
 */

const CODE_IN_FORCE = '2026-08-15';

const RULES = {
  code: {
    citation: '生态环境法典 第一千零五十四条第一款',
    text: '造成环境污染、生态破坏等危害后果的违法行为在五年内被发现的，应当依法给予行政处罚；其他违法行为在二年内被发现的，应当依法给予行政处罚。上述期限自违法行为发生之日起计算，违法行为有连续或者继续状态的，从行为终了之日起计算',
    mark: '✅' as Mark,
  },
  administrative_penalty_law: {
    citation: '行政处罚法 第三十六条',
    text: '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算',
    mark: '✅' as Mark,
  },
} as const;

export type LimitationInput = {
  /** The day of the act, or the last day of a continuing act (still going: the day it was found). */
  actEndedOn: string;
  /** The act caused environmental pollution or ecological damage (Code art. 1054). */
  causedPollutionOrDamage: boolean;
  /** Before the Code: the act touched life, health or financial safety with harm (行政处罚法 §36). */
  lifeHealthOrFinancialHarm?: boolean;
};

export type Limitation = {
  regime: keyof typeof RULES;
  years: 2 | 5;
  /** The last day on which finding the act still allows a penalty. */
  lastDay: string;
  /** Whether the act found on the given day can still be penalised. */
  within: boolean;
  citation: string;
  text: string;
  mark: Mark;
};

export function limitation(input: LimitationInput, foundOn: string): Limitation {
  const regime = daysBetween(CODE_IN_FORCE, input.actEndedOn) >= 0 ? 'code' : 'administrative_penalty_law';
  const longer = regime === 'code' ? input.causedPollutionOrDamage : (input.lifeHealthOrFinancialHarm ?? false);
  const years = longer ? 5 : 2;
  const lastDay = addMonths(input.actEndedOn, years * 12);
  return { regime, years, lastDay, within: daysBetween(foundOn, lastDay) >= 0, ...RULES[regime] };
}
