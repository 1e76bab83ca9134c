/**
 * Standards as versioned data. A result records the version id that produced it, and data is judged
 * by the version in force on its date (PRODUCT.md, "Standards are versioned data with validity dates").
 * Dates are natural days in Asia/Shanghai written `YYYY-MM-DD`; `validTo` is inclusive.
 */

export type StandardFamily =
  | 'aqi' // HJ 633
  | 'air-limits' // GB 3095
  | 'air-evaluation' // HJ 663
  | 'surface-water' // GB 3838
  | 'sea-water' // GB 3097
  | 'noise'; // GB 3096

export type AqiStandardId = 'HJ633-2012' | 'HJ633-2026';
export type AirLimitsId = 'GB3095-2012' | 'GB3095-2026-transition' | 'GB3095-2026-final';
export type AirEvaluationId = 'HJ663-2013' | 'HJ663-2026';
export type StandardId = AqiStandardId | AirLimitsId | AirEvaluationId | 'GB3838-2002' | 'GB3097-1997' | 'GB3096-2008';

export interface StandardVersion {
  readonly id: StandardId;
  readonly family: StandardFamily;
  /** The designation as printed, e.g. "HJ 633-2012". */
  readonly code: string;
  readonly title: string;
  /** First day of validity; undefined = no earlier version is registered. */
  readonly validFrom?: string;
  /** Last day of validity (inclusive); undefined = still in force. */
  readonly validTo?: string;
  /** GB 3095-2026 has two stages of limits under one designation. */
  readonly stage?: 'transition' | 'final';
}

// Effective dates: the 2026 revisions from the reference §0 (✅); GB 3838/3097/3096 from the
// standards' own covers (background knowledge, not used in any computation).
export const STANDARDS: readonly StandardVersion[] = [
  {
    id: 'HJ633-2012',
    family: 'aqi',
    code: 'HJ 633-2012',
    title: '环境空气质量指数(AQI)技术规定(试行)',
    validTo: '2026-02-28',
  },
  {
    id: 'HJ633-2026',
    family: 'aqi',
    code: 'HJ 633-2026',
    title: '环境空气质量指数(AQI)技术规定',
    validFrom: '2026-03-01',
  },
  { id: 'GB3095-2012', family: 'air-limits', code: 'GB 3095-2012', title: '环境空气质量标准', validTo: '2026-02-28' },
  {
    id: 'GB3095-2026-transition',
    family: 'air-limits',
    code: 'GB 3095-2026',
    title: '环境空气质量标准(过渡阶段)',
    validFrom: '2026-03-01',
    validTo: '2030-12-31',
    stage: 'transition',
  },
  {
    id: 'GB3095-2026-final',
    family: 'air-limits',
    code: 'GB 3095-2026',
    title: '环境空气质量标准',
    validFrom: '2031-01-01',
    stage: 'final',
  },
  {
    id: 'HJ663-2013',
    family: 'air-evaluation',
    code: 'HJ 663-2013',
    title: '环境空气质量评价技术规范(试行)',
    validTo: '2026-02-28',
  },
  {
    id: 'HJ663-2026',
    family: 'air-evaluation',
    code: 'HJ 663-2026',
    title: '环境空气质量评价技术规范',
    validFrom: '2026-03-01',
  },
  {
    id: 'GB3838-2002',
    family: 'surface-water',
    code: 'GB 3838-2002',
    title: '地表水环境质量标准',
    validFrom: '2002-06-01',
  },
  { id: 'GB3097-1997', family: 'sea-water', code: 'GB 3097-1997', title: '海水水质标准', validFrom: '1998-07-01' },
  { id: 'GB3096-2008', family: 'noise', code: 'GB 3096-2008', title: '声环境质量标准', validFrom: '2008-10-01' },
];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function toDay(date: string | Date): string {
  if (typeof date === 'string') {
    if (!DATE_RE.test(date)) throw new RangeError(`expected YYYY-MM-DD, got ${date}`);
    return date;
  }
  // A Date is an instant: take its natural day in Asia/Shanghai (UTC+8, no DST).
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Find a registered version by id; undefined when unknown. */
export function findStandard(id: string): StandardVersion | undefined {
  return STANDARDS.find((s) => s.id === id);
}

/** Get a registered version by id; throws when unknown. */
export function getStandard(id: string): StandardVersion {
  const s = findStandard(id);
  if (!s) throw new RangeError(`unknown standard id: ${id}`);
  return s;
}

/**
 * The version of `family` in force on `date` (a `YYYY-MM-DD` day, or an instant taken in UTC+8).
 * Days before the first registered version get that first version (historic data is judged by the
 * oldest table we hold) only when it has no `validFrom`; otherwise the call throws.
 */
export function standardInForce(family: StandardFamily, date: string | Date): StandardVersion {
  const day = toDay(date);
  const hit = STANDARDS.find(
    (s) =>
      s.family === family &&
      (s.validFrom === undefined || s.validFrom <= day) &&
      (s.validTo === undefined || day <= s.validTo),
  );
  if (!hit) throw new RangeError(`no ${family} standard in force on ${day}`);
  return hit;
}

/** Shortcut: the HJ 633 version for a day. */
export const aqiStandardOn = (date: string | Date): AqiStandardId => standardInForce('aqi', date).id as AqiStandardId;

/** Shortcut: the GB 3095 limits (version and stage) for a day. */
export const airLimitsOn = (date: string | Date): AirLimitsId => standardInForce('air-limits', date).id as AirLimitsId;
