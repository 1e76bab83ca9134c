import {
  CASE_EVENT_KINDS,
  CASE_STATES,
  PAUSE_REASONS,
  REINSPECTION_FINDINGS,
  VIOLATIONS,
  type CaseClockView,
  type CaseState,
} from '@ecocloud/contracts';
import type { TFunction } from 'i18next';

/** The clocks of the server's rules (rules/README.md), by code. */
export const CLOCK_CODES = [
  'FILING',
  'DECISION',
  'HEARING_REQUEST',
  'HEARING_NOTICE',
  'SERVICE',
  'PAYMENT',
  'CORRECTION_ORDER_SERVICE',
  'REINSPECTION',
  'SEIZURE',
  'PRODUCTION_LIMIT',
] as const;

/** The documents the server generates for a case (GET …/documents/:kind). */
export const DOCUMENT_KINDS = [
  'filing',
  'correction_order',
  'prior_notice',
  'hearing_notice',
  'decision',
  'service_receipt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The codes the server sends, with the i18n group under `enforcement.` that words them (labels.test.ts checks both languages). */
export const CODE_GROUPS = {
  states: CASE_STATES,
  // lead_found: the opening event the server records itself.
  eventKinds: [...CASE_EVENT_KINDS, 'lead_found'],
  clocks: CLOCK_CODES,
  violations: VIOLATIONS,
  pauseReasons: PAUSE_REASONS,
  findings: REINSPECTION_FINDINGS,
  extendBy: ['approval', 'collective'],
} as const satisfies Record<string, readonly string[]>;

const worded = (t: TFunction, key: string, fallback: string, values: Record<string, unknown> = {}) =>
  t(`enforcement.${key}`, { ...values, defaultValue: fallback });

export const stateText = (state: string, t: TFunction) => worded(t, `states.${state}`, state);
export const eventKindText = (kind: string, t: TFunction) => worded(t, `eventKinds.${kind}`, kind);
export const clockText = (code: string, t: TFunction) => worded(t, `clocks.${code}`, code);
export const violationText = (violation: string, t: TFunction) => worded(t, `violations.${violation}`, violation);
export const pauseReasonText = (reason: string, t: TFunction) => worded(t, `pauseReasons.${reason}`, reason);
export const findingText = (finding: string, t: TFunction) => worded(t, `findings.${finding}`, finding);

/** A discretion table by its number (2.7.1) and name; the standards' own name when the number has no words. */
export function tableText(id: string, t: TFunction, fallbackName = ''): string {
  return `${id} ${worded(t, `tables.${id.replaceAll('.', '_')}`, fallbackName)}`.trim();
}

/** What a clock rule's mark says: ⚠ unverified, ✅ read in the text, ☑ cross-checked; null for none. */
export function markText(mark: string, t: TFunction): string | null {
  const key = mark.includes('⚠')
    ? 'unverified'
    : mark.includes('✅')
      ? 'read'
      : mark.includes('☑')
        ? 'crossChecked'
        : null;
  return key ? t(`enforcement.marks.${key}`) : null;
}

const yuanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** An amount in yuan with thousands separators (200,000 元); a dash for none. */
export function yuanText(amount: number | null | undefined, t: TFunction): string {
  if (amount === null || amount === undefined) return t('common.none');
  return t('enforcement.yuan', { amount: yuanFormat.format(amount) });
}

export type ClockStatus = { text: string; tone: 'ok' | 'warning' | 'danger' | 'paused' | 'done' };

/**
 * Where a clock stands, in words: done (on time or late), paused, overdue by N days (red), or N days left
 * (amber in the last three). A hearing notice "overdue" means the hearing was set too soon after it.
 */
export function clockStatus(clock: CaseClockView, t: TFunction): ClockStatus {
  if (clock.doneOn !== null)
    return clock.satisfied
      ? { text: t('enforcement.clock.done', { date: clock.doneOn }), tone: 'done' }
      : { text: t('enforcement.clock.doneLate', { date: clock.doneOn }), tone: 'danger' };
  if (clock.paused) return { text: t('enforcement.clock.paused'), tone: 'paused' };
  if (clock.code === 'HEARING_NOTICE' && clock.overdue)
    return { text: t('enforcement.clock.hearingTooEarly'), tone: 'danger' };
  const days = clock.daysLeft ?? 0;
  if (clock.overdue || days < 0)
    return { text: t('enforcement.clock.overdue', { days: Math.abs(days) }), tone: 'danger' };
  return { text: t('enforcement.clock.daysLeft', { days }), tone: days <= 3 ? 'warning' : 'ok' };
}

export const TONE_COLORS: Record<ClockStatus['tone'], string> = {
  ok: 'processing',
  warning: 'warning',
  danger: 'error',
  paused: 'default',
  done: 'success',
};

export const STATE_COLORS: Record<CaseState, string> = {
  lead: 'default',
  not_filed: 'default',
  investigating: 'processing',
  suspended: 'warning',
  terminated: 'default',
  findings: 'processing',
  notice_sent: 'processing',
  hearing_requested: 'purple',
  hearing_scheduled: 'purple',
  heard: 'purple',
  legal_review: 'cyan',
  decided: 'blue',
  served: 'blue',
  paid: 'success',
  overdue: 'error',
  enforced: 'magenta',
  closed: 'default',
};
