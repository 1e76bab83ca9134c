import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executionReports, expectedPeriods, reportState, type ReportingPermitRow } from './expected-reports';
import { toContractKey, toRulesKey } from './period-keys';

const permit = (over: Partial<ReportingPermitRow> = {}): ReportingPermitRow => ({
  permitId: 'p1',
  permitNo: 'PN-1',
  enterpriseId: 'e1',
  enterpriseName: '示范纸业',
  validFrom: '2025-11-15',
  validTo: '2030-11-14',
  frequencies: ['annual', 'quarterly'],
  trackedFrom: '2025-11-15',
  ...over,
});

describe('expected execution reports', () => {
  it('writes period keys as the contracts do (2026Q1, 2026H2, 2026-03, 2026)', () => {
    const keys = expectedPeriods(permit({ frequencies: ['annual', 'semiannual', 'quarterly', 'monthly'] }), []).map(
      (r) => r.periodKey,
    );
    expect(keys).toContain('2026Q1');
    expect(keys).toContain('2026H2');
    expect(keys).toContain('2026-03');
    expect(keys).toContain('2026');
    expect(keys.every((k) => /^\d{4}(H[12]|Q[1-4]|-\d{2})?$/.test(k))).toBe(true);
  });

  it('period keys round-trip between the rules and the contracts (property)', () => {
    const key = fc.oneof(
      fc.integer({ min: 2000, max: 2100 }).map(String),
      fc
        .tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'))
        .map(([y, p]) => `${y}${p}`),
      fc
        .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(fc.property(key, (k) => toContractKey(toRulesKey(k)) === k));
  });

  it('folds a first year held under 3 months into the next (2025 → 2026), and a first quarter under 1 month', () => {
    const reports = expectedPeriods(permit(), []);
    const y2025 = reports.find((r) => r.frequency === 'annual' && r.periodKey === '2025')!;
    expect(y2025.foldedInto).toMatchObject({ periodKey: '2026', reason: 'short_period' });
    expect(reports.find((r) => r.periodKey === '2026' && r.frequency === 'annual')).toMatchObject({
      periodStart: '2025-11-15',
      dueDate: '2027-01-15',
    });
    // Q4 2025 from 15 Nov is 1.5 months: reported on its own
    expect(reports.find((r) => r.periodKey === '2025Q4')!.foldedInto).toBeUndefined();
    const late = expectedPeriods(permit({ validFrom: '2025-12-10' }), []);
    expect(late.find((r) => r.periodKey === '2025Q4')!.foldedInto).toMatchObject({ periodKey: '2026Q1' });
  });

  it("takes a deadline override from the table (the Ministry's 2023 annual report → 2024-02-29)", () => {
    const p = permit({ validFrom: '2022-01-01', validTo: '2026-12-31', frequencies: ['annual'] });
    const plain = expectedPeriods(p, []).find((r) => r.periodKey === '2023')!;
    expect(plain.dueDate).toBe('2024-01-15');
    const moved = expectedPeriods(p, [{ frequency: 'annual', periodKey: '2023', dueDate: '2024-02-29', note: 'MEE' }]);
    expect(moved.find((r) => r.periodKey === '2023')!.dueDate).toBe('2024-02-29');
    expect(moved.find((r) => r.periodKey === '2022')!.dueDate).toBe('2023-01-15');
  });

  it('states: not_due while the period runs, pending until the due date, then missing; on_time / late; folded', () => {
    const r = { dueDate: '2026-01-15', periodEnd: '2025-12-31' };
    expect(reportState(r, null, '2025-12-31')).toBe('not_due');
    expect(reportState(r, null, '2026-01-01')).toBe('pending');
    expect(reportState(r, null, '2026-01-15')).toBe('pending');
    expect(reportState(r, null, '2026-01-16')).toBe('missing');
    expect(reportState(r, '2026-01-15', '2026-03-01')).toBe('on_time');
    expect(reportState(r, '2026-01-16', '2026-03-01')).toBe('late');
    expect(
      reportState(
        { ...r, foldedInto: { frequency: 'annual', periodKey: '2026', reason: 'short_period' } },
        null,
        '2027-01-01',
      ),
    ).toBe('folded');
  });

  it('joins the submissions of the permit by frequency and period', () => {
    const items = executionReports(
      [permit()],
      [],
      [
        {
          id: 's1',
          permitId: 'p1',
          frequency: 'quarterly',
          periodKey: '2026Q1',
          summary: 'ok',
          submittedOn: '2026-04-20',
        },
      ],
      '2026-05-01',
    );
    expect(items.find((r) => r.periodKey === '2026Q1')).toMatchObject({ id: 's1', state: 'late', summary: 'ok' });
    expect(items.find((r) => r.periodKey === '2025Q4')).toMatchObject({ id: null, state: 'missing' });
    expect(items.find((r) => r.periodKey === '2026Q2')).toMatchObject({ state: 'not_due' });
  });

  it('lists a report that fell due before the permit entered EcoCloud only when a submission is recorded', () => {
    const imported = permit({
      validFrom: '2022-03-01',
      validTo: '2027-02-28',
      trackedFrom: '2026-12-05',
      frequencies: ['annual'],
    });
    const listed = executionReports([imported], [], [], '2026-12-05').map((r) => r.periodKey);
    // 2022–2025 annual reports fell due before the import: the national platform's history, not "missing".
    expect(listed).toEqual(['2026', '2027']);
    const paper = {
      id: 's1',
      permitId: 'p1',
      frequency: 'annual',
      periodKey: '2024',
      summary: '',
      submittedOn: '2025-01-10',
    };
    expect(executionReports([imported], [], [paper], '2026-12-05').map((r) => [r.periodKey, r.state])).toEqual([
      ['2024', 'on_time'],
      ['2026', 'not_due'],
      ['2027', 'not_due'],
    ]);
  });
});
