/**
 * The sizes of the columns a logger's text ends in (migrations 0002: observations, packet_archive).
 * PostgreSQL refuses a longer value where SQLite stores it as sent, so the gateway checks them
 * before the journal: a packet that does not fit is quarantined (HJ212_FIELD_TOO_LONG) and never
 * acknowledged as data, instead of being acknowledged and then failing every apply. Lengths are
 * counted in UTF-16 units, never fewer than PostgreSQL's characters, so a value that passes fits.
 */
const FIELD_LIMITS = { qn: 40, cn: 8, parameter: 40, valueText: 40, flag: 8 } as const;

/** Why a packet's QN or CN cannot be archived, or null when both fit. */
export function headerTooLong(qn: string | null, cn: string | null): string | null {
  if (qn !== null && qn.length > FIELD_LIMITS.qn) return `QN of ${qn.length} characters exceeds ${FIELD_LIMITS.qn}`;
  if (cn !== null && cn.length > FIELD_LIMITS.cn) return `CN of ${cn.length} characters exceeds ${FIELD_LIMITS.cn}`;
  return null;
}

/** Why one reading's factor code, value or flag cannot be stored, or null when all fit. */
export function readingTooLong(parameter: string, valueText: string | null, flag: string | null): string | null {
  if (parameter.length > FIELD_LIMITS.parameter)
    return `factor code of ${parameter.length} characters exceeds ${FIELD_LIMITS.parameter}`;
  if (valueText !== null && valueText.length > FIELD_LIMITS.valueText)
    return `value of ${valueText.length} characters for ${parameter} exceeds ${FIELD_LIMITS.valueText}`;
  if (flag !== null && flag.length > FIELD_LIMITS.flag)
    return `-Flag of ${flag.length} characters for ${parameter} exceeds ${FIELD_LIMITS.flag}`;
  return null;
}
