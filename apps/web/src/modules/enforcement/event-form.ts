import type { CaseDetail, CaseEventBody, CaseEventKind } from '@ecocloud/contracts';

/** The fields of the step form beyond the date and the note, per kind (the contracts' CaseEventBodySchema). */
export type EventField = 'clock' | 'by' | 'amount' | 'reason' | 'endDate' | 'hearingRight' | 'hearingDate' | 'finding';

const FIELDS: Partial<Record<CaseEventKind, EventField[]>> = {
  extended: ['clock', 'by', 'amount'],
  paused: ['reason', 'endDate'],
  notice_sent: ['hearingRight'],
  hearing_notified: ['hearingDate'],
  reinspected: ['finding'],
};

export const fieldsOf = (kind: CaseEventKind): EventField[] => FIELDS[kind] ?? [];

export type EventValues = {
  date: string;
  note?: string;
  clock?: string;
  by?: string;
  amount?: number | string;
  reason?: string;
  endDate?: string;
  hearingRight?: boolean;
  hearingDate?: string;
  finding?: string;
};

/** The body the server takes for a step: the kind's own fields, the note trimmed. */
export function eventBody(kind: CaseEventKind, v: EventValues): CaseEventBody {
  const common = { date: v.date, note: (v.note ?? '').trim() };
  switch (kind) {
    case 'extended':
      return {
        kind,
        ...common,
        clock: v.clock as 'FILING',
        by: v.by as 'approval',
        amount: Number(v.amount),
      };
    case 'paused':
      return { kind, ...common, reason: v.reason as 'suspended', endDate: v.endDate || null };
    case 'notice_sent':
      return { kind, ...common, hearingRight: v.hearingRight ?? false };
    case 'hearing_notified':
      return { kind, ...common, hearingDate: v.hearingDate ?? '' };
    case 'reinspected':
      return { kind, ...common, finding: v.finding as 'violation' };
    default:
      return { kind, ...common };
  }
}

/**
 * The steps that move the case along (filing, findings, notice, decision, service, payment …), shown as
 * buttons; the rest (pauses, extensions, orders to correct, re-inspections …) go in a menu. A resumption
 * is offered only while a pause is open (the server refuses it otherwise).
 */
const MAIN_STEPS: readonly CaseEventKind[] = [
  'filed',
  'not_filed',
  'findings',
  'notice_sent',
  'hearing_requested',
  'hearing_notified',
  'heard',
  'legal_review',
  'decided',
  'served',
  'paid',
  'enforcement_applied',
  'terminated',
  'closed',
];

export function splitSteps(detail: Pick<CaseDetail, 'allowedEvents' | 'events'>): {
  main: CaseEventKind[];
  more: CaseEventKind[];
} {
  const pauseOpen = detail.events.some((e) => e.kind === 'paused' && e.endDate === null);
  const allowed = detail.allowedEvents.filter((k) => k !== 'resumed' || pauseOpen);
  return {
    main: MAIN_STEPS.filter((k) => allowed.includes(k)),
    more: allowed.filter((k) => !MAIN_STEPS.includes(k)),
  };
}
