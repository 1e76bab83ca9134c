import {
  DAY_KINDS,
  DUE_KINDS,
  DUE_STATES,
  ENTERPRISE_STATUSES,
  EXECUTION_REPORT_STATES,
  KEY_LIST_TYPES,
  LIMIT_TYPES,
  MANAGEMENT_CATEGORIES,
  OUTLET_KINDS,
  PERMIT_EVENT_KINDS,
  PERMIT_KINDS,
  PERMIT_SITUATIONS,
  PERMIT_STATES,
  REPORT_FREQUENCIES,
} from '@ecocloud/contracts';
import { OXYGEN_SOURCE_TYPE_LABELS, OXYGEN_STANDARDS, type OxygenSourceType } from '@ecocloud/standards';
import type { TFunction } from 'i18next';

/**
 * Every enum the register sends, with the i18n group that words it. The server sends codes
 * (`key`, `gas`, `renewal_window` …); the UI never shows them raw. labels.test.ts checks every value
 * of every list has words in both languages, so a value added to the contracts fails there.
 */
export const LABEL_GROUPS = {
  categories: MANAGEMENT_CATEGORIES,
  keyListTypes: KEY_LIST_TYPES,
  enterpriseStatuses: ENTERPRISE_STATUSES,
  outletKinds: OUTLET_KINDS,
  outletStatuses: ['active', 'closed'],
  permitKinds: PERMIT_KINDS,
  permitStates: PERMIT_STATES,
  permitSituations: PERMIT_SITUATIONS,
  eventKinds: PERMIT_EVENT_KINDS,
  limitTypes: LIMIT_TYPES,
  frequencies: REPORT_FREQUENCIES,
  dueKinds: DUE_KINDS,
  dueStates: DUE_STATES,
  dayKinds: DAY_KINDS,
  reportStates: EXECUTION_REPORT_STATES,
  /** The standards that set a reference O₂ and their source types (packages/standards), for the outlet form. */
  oxygenStandards: OXYGEN_STANDARDS.map((s) => s.id),
  oxygenSourceTypes: Object.keys(OXYGEN_SOURCE_TYPE_LABELS) as OxygenSourceType[],
} as const satisfies Record<string, readonly string[]>;

export type LabelGroup = keyof typeof LABEL_GROUPS;
type ValueOf<G extends LabelGroup> = (typeof LABEL_GROUPS)[G][number];

/** The words for one enum value, e.g. `label('categories', 'key', t)` → 重点管理. */
export function label<G extends LabelGroup>(group: G, value: ValueOf<G>, t: TFunction): string {
  return t(`sources.${group}.${value}`);
}

/** Select options for an enum, in the contracts' order. */
export function labelOptions<G extends LabelGroup>(group: G, t: TFunction): { value: ValueOf<G>; label: string }[] {
  return (LABEL_GROUPS[group] as readonly ValueOf<G>[]).map((value) => ({ value, label: label(group, value, t) }));
}

/** Tag colours (antd presets) per permit state: renewal window stands out, expired is an alarm. */
export const PERMIT_STATE_COLORS: Record<(typeof PERMIT_STATES)[number], string> = {
  not_yet_valid: 'default',
  valid: 'success',
  renewal_window: 'warning',
  expired: 'error',
  revoked: 'error',
  cancelled: 'default',
  withdrawn: 'default',
};

export const SITUATION_COLORS: Record<(typeof PERMIT_SITUATIONS)[number], string> = {
  valid: 'success',
  renewal_window: 'warning',
  expired: 'error',
  none: 'default',
};

export const DUE_STATE_COLORS: Record<(typeof DUE_STATES)[number], string> = {
  ok: 'processing',
  due_soon: 'warning',
  overdue: 'error',
};

export const REPORT_STATE_COLORS: Record<(typeof EXECUTION_REPORT_STATES)[number], string> = {
  not_due: 'default',
  pending: 'processing',
  on_time: 'success',
  late: 'warning',
  missing: 'error',
  folded: 'default',
};

/** A report period key (2025, 2025H1, 2025Q3, 2025-07) in words; an unknown shape is shown as sent. */
export function periodText(periodKey: string, t: TFunction): string {
  const m = /^(\d{4})(?:H([12])|Q([1-4])|-(\d{2}))?$/.exec(periodKey);
  if (!m) return periodKey;
  const [, year, half, quarter, month] = m;
  if (half) return t(`sources.period.half${half}`, { year });
  if (quarter) return t('sources.period.quarter', { year, q: quarter });
  if (month) return t('sources.period.month', { year, month: Number(month) });
  return t('sources.period.annual', { year });
}

/** A pollutant code of the pollutant dictionary (so2, nox, cod …) by name; an unknown code as sent. */
export function pollutantText(code: string, t: TFunction): string {
  return t(`sources.pollutants.${code.toLowerCase()}`, { defaultValue: code });
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in China (Asia/Shanghai), YYYY-MM-DD: the day the register's dates are counted in. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** An outlet's source type (a packages/standards code such as coal_fired_boiler) in words; other text as stored. */
export function sourceTypeText(sourceType: string, t: TFunction): string {
  return t(`sources.oxygenSourceTypes.${sourceType}`, { defaultValue: sourceType });
}
