import { addCalendarDays } from '../../../../platform/deadlines';
import { lateness, reportsDue } from '../../rules/execution-reports';
import type { ReportFrequency } from '../../rules/report-periods';
import type { DemoRegister } from '../demo-register';
import { storedPeriodKey } from '../demo-reports';

/** What the demo must show on `today`, recomputed from the rows with the module's own rules. */
export function registerFigures(register: Omit<DemoRegister, 'enterprises' | 'outlets' | 'limits'>, today: string) {
  const valid = register.permits.filter((p) => p.status === 'valid');
  const within = (days: number) =>
    valid.filter((p) => p.valid_to >= today && p.valid_to <= addCalendarDays(today, days)).length;
  const submitted = new Map(
    register.reports.map((r) => [`${r.permit_id}|${r.frequency}|${r.period_key}`, r.submitted_on]),
  );
  const states: Record<string, number> = {};
  /** `permitId|frequency|state` of every late or missing report. */
  const flagged = new Set<string>();
  for (const p of register.permits) {
    const frequencies = JSON.parse(p.report_frequencies) as ReportFrequency[];
    const revoked = register.events.find((e) => e.permit_id === p.id && e.kind === 'revoked')?.event_date;
    const last = addCalendarDays(revoked && revoked < today ? revoked : today, -1);
    if (!frequencies.length || last < p.valid_from) continue;
    for (const r of reportsDue({ validFrom: p.valid_from, validTo: p.valid_to, frequencies }, p.valid_from, last)) {
      const state = lateness(r, submitted.get(`${p.id}|${r.frequency}|${storedPeriodKey(r.periodKey)}`) ?? null, today);
      states[state] = (states[state] ?? 0) + 1;
      if (state === 'late' || state === 'missing') flagged.add(`${p.id}|${r.frequency}|${state}`);
    }
  }
  return {
    expiringWithin60: within(60),
    expiringWithin90: within(90),
    expired: valid.filter((p) => p.valid_to < today).length,
    revoked: register.permits.filter((p) => p.status === 'revoked').length,
    renewed: register.events.filter((e) => e.kind === 'renewed').length,
    onTime: states.on_time ?? 0,
    late: states.late ?? 0,
    missing: states.missing ?? 0,
    flagged,
  };
}
