/**
 * 企业环境信息依法披露管理办法 (部令第24号, in force 2022-02-08, ✅ regulation.md §4.3): who discloses, how long a
 * unit stays on the list, and the report deadlines. Day counts that are working days are computed by the
 * server on the platform calendar; the rules here say which kind of day and how many.
 */

export const DISCLOSURE_REASONS = ['key_unit', 'cleaner_audit', 'listed_trigger', 'bond_trigger'] as const;
/** §7–8: key discharge units, mandatory cleaner-production audit, listed companies / bond issuers with a trigger. */
export type DisclosureReason = (typeof DISCLOSURE_REASONS)[number];

/** Last year's events that put a listed company or bond issuer on the list (§8). */
export const DISCLOSURE_TRIGGERS = [
  'crime',
  'fine_100k',
  'daily_penalty',
  'production_limit',
  'permit_revoked',
  'detention',
] as const;
export type DisclosureTrigger = (typeof DISCLOSURE_TRIGGERS)[number];

/** A fine of at least 10 万 元 last year is a trigger (§8). */
export const DISCLOSURE_FINE_TRIGGER_YUAN = 100_000;

export const DISCLOSURE_RULES = {
  /** §9: the list is published for at least 10 working days … */
  listNoticeWorkingDays: 10,
  /** … and fixed by the end of March of its year. */
  listFixedBy: (year: number) => `${year}-03-31`,
  /** §19: the annual report on year Y by 15 March of Y + 1. */
  annualDue: (year: number) => `${year + 1}-03-15`,
  /** §17: a temporary report within 5 working days of receiving the document. */
  temporaryWorkingDays: 5,
  /** §20: events before the list was published: within 10 working days of its publication. */
  preListWorkingDays: 10,
  citations: {
    list: '《企业环境信息依法披露管理办法》第九条',
    annual: '《企业环境信息依法披露管理办法》第十九条',
    temporary: '《企业环境信息依法披露管理办法》第十七条',
    preList: '《企业环境信息依法披露管理办法》第二十条',
  },
} as const;

/**
 * The last year a unit listed in `year` for `reason` stays on the list (§10): a key unit as long as it is a key
 * unit (null: open-ended, re-checked each year from the register); an audit enterprise until the third year
 * after the audit was accepted; a listed company or bond issuer for three consecutive years (a new trigger
 * restarts them: the caller passes the latest trigger's list year). Overlapping grounds: the longest holds.
 */
export function listedUntil(
  reason: DisclosureReason,
  year: number,
  opts: { auditAcceptedYear?: number | null } = {},
): number | null {
  switch (reason) {
    case 'key_unit':
      return null;
    case 'cleaner_audit':
      return (opts.auditAcceptedYear ?? year) + 3;
    case 'listed_trigger':
    case 'bond_trigger':
      return year + 2;
  }
}

/** The longest stay among overlapping grounds (null, open-ended, beats any year). */
export function longestStay(untils: readonly (number | null)[]): number | null {
  if (untils.some((u) => u === null)) return null;
  return untils.length === 0 ? null : Math.max(...(untils as number[]));
}

export const TEMPORARY_EVENTS = [
  'permit_granted',
  'permit_changed',
  'permit_renewed',
  'permit_revoked',
  'penalty',
  'detention',
  'criminal',
  'compensation',
] as const;
/** §17's events that need a temporary report. */
export type TemporaryEvent = (typeof TEMPORARY_EVENTS)[number];
