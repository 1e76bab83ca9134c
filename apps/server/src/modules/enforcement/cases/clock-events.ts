import type { CaseEvent } from '../rules/case-clocks';
import type { CaseEventRow } from './cases.repository';

type Data = Record<string, unknown>;
const dataOf = (r: CaseEventRow): Data => JSON.parse(r.data) as Data;

/**
 * The stored events as the clock rules read them (rules/case-clocks.ts). Events without a clock
 * (findings, legal review, notes …) are left out; `resumed` lives in its pause's end date.
 */
export function clockEventsOf(rows: readonly CaseEventRow[], fineYuan: number | null): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const r of rows) {
    const d = dataOf(r);
    const date = r.date;
    switch (r.kind) {
      case 'lead_found':
      case 'filed':
      case 'not_filed':
      case 'terminated':
      case 'hearing_requested':
      case 'served':
      case 'paid':
      case 'monitoring_report':
      case 'correction_order_served':
      case 'reinspected':
      case 'seized':
      case 'seizure_released':
      case 'production_limited':
      case 'production_limit_lifted':
        out.push({ type: r.kind, date });
        break;
      case 'extended':
        out.push({
          type: 'extended',
          date,
          clock: d.clock as 'FILING' | 'DECISION' | 'SEIZURE' | 'PRODUCTION_LIMIT',
          by: d.by as 'approval' | 'collective',
          amount: Number(d.amount),
        });
        break;
      case 'paused':
        out.push({
          type: 'paused',
          reason: d.reason as 'suspended' | 'hearing' | 'monitoring' | 'appraisal' | 'service' | 'publication',
          from: date,
          to: r.end_date,
        });
        break;
      case 'notice_sent':
        out.push({ type: 'notice_sent', date, hearingRight: d.hearingRight === true });
        break;
      case 'hearing_notified':
        out.push({ type: 'hearing_notified', date, hearingDate: String(d.hearingDate) });
        break;
      case 'decided':
        // Whole yuan from the assessment; the clock rules count fen (late fees of 3 % are fen-exact).
        out.push({ type: 'decided', date, fineFen: Math.round(Number(d.fineYuan ?? fineYuan ?? 0) * 100) });
        break;
    }
  }
  return out;
}
