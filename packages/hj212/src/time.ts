/**
 * HJ 212 timestamps are local time of the standard, UTC+8 (China has no DST), written
 * `YYYYMMDDhhmmss` (DataTime, SystemTime …) or `YYYYMMDDhhmmsszzz` (QN, milliseconds).
 */
const OFFSET_MS = 8 * 3600 * 1000;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function localParts(date: Date): Date {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new RangeError('invalid Date');
  return new Date(t + OFFSET_MS);
}

/** `YYYYMMDDhhmmss` of the instant in UTC+8 (DataTime, SystemTime). */
export function formatDataTime(date: Date): string {
  const d = localParts(date);
  return (
    pad(d.getUTCFullYear(), 4) +
    pad(d.getUTCMonth() + 1, 2) +
    pad(d.getUTCDate(), 2) +
    pad(d.getUTCHours(), 2) +
    pad(d.getUTCMinutes(), 2) +
    pad(d.getUTCSeconds(), 2)
  );
}

/** QN `YYYYMMDDhhmmsszzz` of the instant in UTC+8 (HJ 212-2017 表3). */
export function formatQn(date: Date): string {
  return formatDataTime(date) + pad(localParts(date).getUTCMilliseconds(), 3);
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Parses `YYYYMMDDhhmmss` or `YYYYMMDDhhmmsszzz` as UTC+8 local time; null when the text is
 * not 14/17 digits or names no real calendar instant (month 13, 31 April, hour 24 …).
 */
export function parseHj212Time(text: string): Date | null {
  if (text.length !== 14 && text.length !== 17) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 4, 2);
  const day = digitsAt(text, 6, 2);
  const hour = digitsAt(text, 8, 2);
  const minute = digitsAt(text, 10, 2);
  const second = digitsAt(text, 12, 2);
  const ms = text.length === 17 ? digitsAt(text, 14, 3) : 0;
  if ([year, month, day, hour, minute, second, ms].some((v) => v < 0)) return null;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(utc);
  // Date.UTC rolls 31 April over into May; a real day keeps its own date.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps them literal.
  if (year < 100) check.setUTCFullYear(year);
  return new Date(check.getTime() - OFFSET_MS);
}
