import type { DisclosureReportRow, ReportState } from '@ecocloud/contracts';
import { DISCLOSURE_RULES, type TemporaryEvent } from '@ecocloud/standards';
import { addWorkingDays, type WorkingCalendar } from '../../../platform/deadlines';

/** An event that needs a temporary report (§17), with the day the enterprise received the document. */
export type DisclosureEvent = {
  enterpriseId: string;
  ref: string;
  event: TemporaryEvent;
  receivedOn: string;
  label: string;
};

type Unit = { enterpriseId: string; enterpriseName: string; uscc: string; year: number };
type Filed = { enterpriseId: string; kind: string; year: number; eventRef: string; filedOn: string };

/** Where a report stands on `on`: filed (late or not), overdue after the due day, due once it may be filed. */
export function reportState(dueDate: string, opensOn: string, filedOn: string | null, on: string): ReportState {
  if (filedOn) return filedOn > dueDate ? 'filed_late' : 'filed';
  if (on > dueDate) return 'overdue';
  return on >= opensOn ? 'due' : 'not_due';
}

/**
 * The temporary report's due day: 5 working days after the document was received (§17), or, for an event
 * before the list was published, 10 working days after its publication (§20) when that is later. Working days
 * on the platform calendar (weekends, holidays and make-up days).
 */
export function temporaryDue(receivedOn: string, listPublishedOn: string | null, cal: WorkingCalendar) {
  const own = addWorkingDays(receivedOn, DISCLOSURE_RULES.temporaryWorkingDays, cal);
  if (listPublishedOn && receivedOn < listPublishedOn) {
    const pre = addWorkingDays(listPublishedOn, DISCLOSURE_RULES.preListWorkingDays, cal);
    if (pre > own)
      return {
        dueDate: pre,
        rule: {
          citation: DISCLOSURE_RULES.citations.preList,
          days: DISCLOSURE_RULES.preListWorkingDays,
          dayKind: 'working' as const,
        },
      };
  }
  return {
    dueDate: own,
    rule: {
      citation: DISCLOSURE_RULES.citations.temporary,
      days: DISCLOSURE_RULES.temporaryWorkingDays,
      dayKind: 'working' as const,
    },
  };
}

/**
 * Every report the listed units owe for their list year: the annual report (due 15 March of the next year,
 * §19, open from 1 January) and a temporary report per event of that year, each matched with what was filed.
 */
export function reportItems(
  units: readonly Unit[],
  events: readonly DisclosureEvent[],
  filed: readonly Filed[],
  publishedOn: ReadonlyMap<number, string | null>,
  cal: WorkingCalendar,
  on: string,
): DisclosureReportRow[] {
  const filedOf = (u: Unit, kind: string, ref: string, year: number) =>
    filed.find((f) => f.enterpriseId === u.enterpriseId && f.kind === kind && f.year === year && f.eventRef === ref)
      ?.filedOn ?? null;
  const rows: DisclosureReportRow[] = [];
  for (const u of units) {
    const base = { enterpriseId: u.enterpriseId, enterpriseName: u.enterpriseName, uscc: u.uscc, year: u.year };
    const annualDue = DISCLOSURE_RULES.annualDue(u.year);
    const annualFiled = filedOf(u, 'annual', '', u.year);
    rows.push({
      ...base,
      kind: 'annual',
      eventRef: '',
      event: null,
      eventDate: null,
      eventLabel: `${u.year}年度`,
      dueDate: annualDue,
      filedOn: annualFiled,
      state: reportState(annualDue, `${u.year + 1}-01-01`, annualFiled, on),
      rule: { citation: DISCLOSURE_RULES.citations.annual, days: 0, dayKind: 'calendar' },
    });
    for (const e of events) {
      if (e.enterpriseId !== u.enterpriseId || !e.receivedOn.startsWith(String(u.year))) continue;
      const { dueDate, rule } = temporaryDue(e.receivedOn, publishedOn.get(u.year) ?? null, cal);
      const f = filedOf(u, 'temporary', e.ref, u.year);
      rows.push({
        ...base,
        kind: 'temporary',
        eventRef: e.ref,
        event: e.event,
        eventDate: e.receivedOn,
        eventLabel: e.label,
        dueDate,
        filedOn: f,
        state: reportState(dueDate, e.receivedOn, f, on),
        rule,
      });
    }
  }
  return rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.uscc.localeCompare(b.uscc));
}
