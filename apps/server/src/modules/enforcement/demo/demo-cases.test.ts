import { describe, expect, it } from 'vitest';
import { CASE_STATES, type CasePenalty } from '@ecocloud/contracts';
import { assessPenalty, type ViolationType } from '@ecocloud/standards';
import { addCalendarDays, type WorkingCalendar } from '../../../platform/deadlines';
import { BASE_CALENDAR_DAYS } from '../../../platform/deadlines/china-holidays';
import { DEMO_CITIES } from '../../../platform/demo/guangxi';
import type { CaseEventRow, CaseRow } from '../cases/cases.repository';
import { toDetail } from '../cases/case-view';
import { buildDemoCases, type DemoEnterprise } from './demo-cases';

/** The base calendar (holidays and make-up days 2024–2026), as loadCalendar would give it. */
const CAL: WorkingCalendar = {
  holidays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date)),
  workdays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'workday').map((d) => d.date)),
};

/** Sixty enterprises over the fourteen cities: every third with a waste-water outlet only, the others with a stack too. */
const ENTERPRISES: DemoEnterprise[] = Array.from({ length: 60 }, (_, i) => {
  const [city] = DEMO_CITIES[i % DEMO_CITIES.length]!;
  const id = `e${String(i).padStart(2, '0')}`;
  const outlets: DemoEnterprise['outlets'] =
    i % 3 === 0
      ? [{ id: `${id}-w`, code: 'DW001', medium: 'water' }]
      : i % 3 === 1
        ? [{ id: `${id}-a`, code: 'DA001', medium: 'gas' }]
        : [
            { id: `${id}-a`, code: 'DA001', medium: 'gas' },
            { id: `${id}-w`, code: 'DW001', medium: 'water' },
          ];
  return { id, name: `企业${i}`, regionCode: city, handlingOrgId: `org-${city}`, outlets };
});

const build = (today: string) =>
  buildDemoCases({ today, calendar: CAL, enterprises: ENTERPRISES, jurisdiction: '450000' });

/** Each case as the case page shows it on `today` (clocks, penalty, limitation, daily penalty). */
function detailsOn(today: string) {
  const rows = build(today);
  return rows.cases.map((c) => {
    const row = c as CaseRow;
    const events = rows.events.filter((e) => e.case_id === c.id) as CaseEventRow[];
    const e = ENTERPRISES.find((x) => x.id === c.enterprise_id)!;
    const enterprise = { id: e.id, name: e.name, uscc: '', regionCode: e.regionCode, category: 'key' };
    return { row, events, story: rows.stories.get(c.id)!, detail: toDetail(row, enterprise, events, today, CAL, []) };
  });
}

/** Stories that leave a clock run out on purpose, and which. */
const LATE: Record<string, string> = { lead_overdue: 'FILING', served_overdue: 'PAYMENT', enforced: 'PAYMENT' };

// Todays across two years, and ones next to the Spring Festival, the National Day week and a make-up Sunday.
const TODAYS = [
  ...Array.from({ length: 60 }, (_, i) => addCalendarDays('2025-09-01', i * 9)),
  '2026-02-16',
  '2026-02-24',
  '2026-10-01',
  '2026-10-08',
  '2026-01-04',
  '2026-11-28',
];

describe('the demo year of enforcement cases', () => {
  it('holds about fifty-five cases across the cities, the same ones for the same today', () => {
    const rows = build('2026-11-28');
    expect(rows.cases.length).toBeGreaterThanOrEqual(40);
    expect(rows.cases.length).toBeLessThanOrEqual(60);
    const cities = new Set(rows.cases.map((c) => ENTERPRISES.find((e) => e.id === c.enterprise_id)!.regionCode));
    expect(cities.size).toBe(DEMO_CITIES.length);
    expect(build('2026-11-28')).toEqual(rows);
    // Case numbers follow the service's scheme, unique, per year in the order opened.
    expect(new Set(rows.cases.map((c) => c.case_no)).size).toBe(rows.cases.length);
  });

  it('spreads the cases over every state of the machine, the overdue display included', () => {
    const shown = new Set(detailsOn('2026-11-28').map((d) => d.detail.state));
    expect([...shown].sort()).toEqual([...CASE_STATES].sort());
  });

  it('assesses every fine through the Guangxi tables, within the statutory range, under both the old laws and the Code', () => {
    const all = detailsOn('2026-11-28');
    const assessed = all.filter((d) => d.row.penalty);
    expect(assessed.length).toBeGreaterThan(25);
    for (const { row, detail } of assessed) {
      const p = JSON.parse(row.penalty!) as CasePenalty;
      const again = assessPenalty({
        jurisdiction: '450000',
        table: row.discretion_table,
        violation: row.violation as ViolationType,
        actDate: row.act_date,
        actEndDate: row.act_end_date ?? undefined,
        decisionDate: p.decisionDate,
        inputs: JSON.parse(row.discretion_inputs) as Record<string, string>,
      });
      expect(again.ok && again.fineYuan).toBe(p.fineYuan);
      expect(p.fineYuan).toBeGreaterThanOrEqual(p.statutoryRange.minYuan);
      expect(p.fineYuan).toBeLessThanOrEqual(p.statutoryRange.maxYuan);
      expect(row.fine_yuan).toBe(p.fineYuan);
      expect(detail.limitation.within).toBe(true);
    }
    const bases = assessed.map((d) => (JSON.parse(d.row.penalty!) as CasePenalty).basis.id);
    expect(bases.some((b) => b.startsWith('code-'))).toBe(true);
    expect(bases.some((b) => !b.startsWith('code-'))).toBe(true);
    // Before the Code's day the act's law governs; a continuing act running past it falls under the Code.
    for (const d of assessed) {
      const p = JSON.parse(d.row.penalty!) as CasePenalty;
      const lastActDay = d.row.act_end_date ?? d.row.act_date;
      if (lastActDay >= '2026-08-15') expect(p.basis.id).toMatch(/^code-/);
    }
  });

  it.each(TODAYS)('keeps every clock in time except the ones left late on purpose (today %s)', (today) => {
    for (const { row, events, story, detail } of detailsOn(today)) {
      const why = `${row.id} ${story} on ${today}`;
      expect(
        events.every((e) => e.date <= today),
        why,
      ).toBe(true);
      const late = LATE[story];
      for (const c of detail.clocks) {
        if (c.code === 'HEARING_REQUEST') continue; // the party's right, lapsed when not used
        expect(c.overdue, `${why}: ${c.code} due ${c.dueDate}`).toBe(c.code === late);
      }
      if (late) expect(detail.clocks.some((c) => c.code === late && c.overdue)).toBe(true);
      const kinds = new Set(events.map((e) => e.kind));
      const clock = (code: string) => detail.clocks.find((c) => c.code === code);
      if (kinds.has('decided')) expect(clock('DECISION')?.satisfied, why).toBe(true);
      if (kinds.has('served')) expect(clock('SERVICE')?.satisfied, why).toBe(true);
      if (kinds.has('paid')) expect(clock('PAYMENT')?.satisfied, why).toBe(true);
      if (late === 'PAYMENT') {
        const fee = clock('PAYMENT')!.lateFeeYuan!;
        expect(fee).toBeGreaterThan(0);
        expect(fee).toBeLessThanOrEqual(row.fine_yuan!);
      }
      if (story.startsWith('daily_penalty')) {
        expect(detail.dailyPenalty?.cycles.length, why).toBe(story === 'daily_penalty_two_cycles' ? 2 : 1);
        expect(detail.dailyPenalty!.totalYuan).toBe(detail.dailyPenalty!.totalDays * row.fine_yuan!);
      }
    }
  });
});
