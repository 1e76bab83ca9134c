import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween } from '../../../platform/deadlines';
import { heldLessThan, lateness, reportsDue, type ReportingPermit } from './execution-reports';
import { addMonths, periodContaining, periodsOverlapping, type ReportFrequency } from './report-periods';

const permit = (p: Partial<ReportingPermit> = {}): ReportingPermit => ({
  validFrom: '2025-01-01',
  validTo: '2029-12-31',
  frequencies: ['annual'],
  ...p,
});
const keysAndDue = (list: ReturnType<typeof reportsDue>) => list.map((r) => [r.periodKey, r.dueDate]);

describe('report periods', () => {
  it('finds the calendar period containing a day, across month ends and leap years', () => {
    expect(periodContaining('quarterly', '2028-02-29')).toEqual({
      frequency: 'quarterly',
      key: '2028-Q1',
      start: '2028-01-01',
      end: '2028-03-31',
    });
    expect(periodContaining('semiannual', '2026-07-01')).toMatchObject({
      key: '2026-H2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodContaining('monthly', '2028-02-10')).toMatchObject({ key: '2028-02', end: '2028-02-29' });
    expect(periodContaining('monthly', '2026-02-10')).toMatchObject({ end: '2026-02-28' });
    expect(periodsOverlapping('quarterly', '2026-02-15', '2026-10-01').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('periods of every frequency tile the days without gap or overlap (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays('2024-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom<ReportFrequency>('annual', 'semiannual', 'quarterly', 'monthly'),
        (from, len, f) => {
          const ps = periodsOverlapping(f, from, addCalendarDays(from, len));
          const [first] = ps;
          expect(first !== undefined && first.start <= from && from <= first.end).toBe(true);
          expect(daysBetween(addCalendarDays(from, len), ps.at(-1)?.end ?? '')).toBeGreaterThanOrEqual(0);
          for (let i = 1; i < ps.length; i++) expect(ps[i]?.start).toBe(addCalendarDays(ps[i - 1]?.end ?? '', 1));
        },
      ),
    );
  });
});

describe('execution reports due (reference §1.4)', () => {
  it('annual: by 15 January of the next year; 2023 and 2024 moved by the Ministry', () => {
    const list = reportsDue(permit({ validFrom: '2022-03-01', validTo: '2027-02-28' }), '2023-01-01', '2026-12-31');
    expect(keysAndDue(list)).toEqual([
      ['2022', '2023-01-15'],
      ['2023', '2024-02-29'],
      ['2024', '2025-02-28'],
      ['2025', '2026-01-15'],
    ]);
    expect(list[1]?.dueSource).toBe('national_override');
    expect(list[1]?.rule.citation).toContain('第二十二条');
  });

  it('a permit override wins over the national one and the default', () => {
    const p = permit({
      validFrom: '2022-01-01',
      overrides: [
        { frequency: 'annual', periodKey: '2023', dueDate: '2024-01-31', source: '火电 unified report' },
        { frequency: 'annual', periodKey: '2026', dueDate: '2027-03-31', source: 'local notice' },
      ],
    });
    const list = reportsDue(p, '2024-01-01', '2027-12-31');
    expect(keysAndDue(list)).toContainEqual(['2023', '2024-01-31']);
    expect(keysAndDue(list)).toContainEqual(['2026', '2027-03-31']);
    expect(list.find((r) => r.periodKey === '2026')?.dueSource).toBe('permit_override');
    expect(reportsDue(p, '2024-01-01', '2024-12-31', []).map((r) => r.dueDate)).toEqual(['2024-01-31']);
  });

  it('semi-annual 15 Jul / 15 Jan; quarterly the 15th of the next quarter’s first month; monthly the 15th of the next month', () => {
    const p = permit({ frequencies: ['semiannual', 'quarterly', 'monthly'] });
    const list = reportsDue(p, '2026-01-01', '2026-07-31');
    const of = (f: ReportFrequency) => list.filter((r) => r.frequency === f).map((r) => [r.periodKey, r.dueDate]);
    expect(of('semiannual')).toEqual([
      ['2025-H2', '2026-01-15'],
      ['2026-H1', '2026-07-15'],
    ]);
    expect(of('quarterly')).toEqual([
      ['2025-Q4', '2026-01-15'],
      ['2026-Q1', '2026-04-15'],
      ['2026-Q2', '2026-07-15'],
    ]);
    expect(of('monthly').map(([k]) => k)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(list.find((r) => r.periodKey === '2026-02')?.dueDate).toBe('2026-03-15');
  });

  it('a first year held under 3 months folds into next year’s annual report, which then covers both', () => {
    const list = reportsDue(permit({ validFrom: '2026-10-15', validTo: '2031-10-14' }), '2026-01-01', '2028-12-31');
    expect(list[0]).toMatchObject({
      periodKey: '2026',
      periodStart: '2026-10-15',
      foldedInto: { frequency: 'annual', periodKey: '2027', reason: 'short_period' },
      dueDate: '2028-01-15',
    });
    expect(list[1]).toMatchObject({ periodKey: '2027', periodStart: '2026-10-15', periodEnd: '2027-12-31' });
    // held exactly 3 months (from 1 Oct) → reported on its own
    const exact = reportsDue(permit({ validFrom: '2026-10-01', validTo: '2031-09-30' }), '2027-01-01', '2027-01-31');
    expect(exact[0]).toMatchObject({ periodKey: '2026', periodStart: '2026-10-01', dueDate: '2027-01-15' });
    expect(exact[0]?.foldedInto).toBeUndefined();
  });

  it('short first quarter (< 1 month) and month (< 10 days) fold into the next one', () => {
    const q = reportsDue(
      permit({ validFrom: '2026-03-05', validTo: '2031-03-04', frequencies: ['quarterly'] }),
      '2026-01-01',
      '2026-12-31',
    );
    expect(q[0]).toMatchObject({ periodKey: '2026-Q1', foldedInto: { periodKey: '2026-Q2' }, dueDate: '2026-07-15' });
    const m = reportsDue(
      permit({ validFrom: '2028-02-21', validTo: '2033-02-20', frequencies: ['monthly'] }),
      '2028-01-01',
      '2028-05-31',
    );
    expect(m[0]).toMatchObject({
      periodKey: '2028-02',
      periodStart: '2028-02-21',
      foldedInto: { periodKey: '2028-03' },
    }); // 9 days in a leap February
    const m10 = reportsDue(
      permit({ validFrom: '2028-02-20', validTo: '2033-02-19', frequencies: ['monthly'] }),
      '2028-01-01',
      '2028-03-31',
    );
    expect(m10[0]).toMatchObject({ periodKey: '2028-02', dueDate: '2028-03-15' });
    expect(m10[0]?.foldedInto).toBeUndefined();
  });

  it('with the permit setting, Q4 folds into the annual report and quarter-end months into the quarterly one', () => {
    const p = permit({
      frequencies: ['annual', 'quarterly', 'monthly'],
      foldAtCoarserEnd: { quarterly: true, monthly: true },
    });
    const list = reportsDue(p, '2026-01-01', '2026-12-31');
    const find = (k: string) => list.find((r) => r.periodKey === k);
    expect(find('2025-Q4')).toMatchObject({
      foldedInto: { frequency: 'annual', periodKey: '2025', reason: 'coarser_report' },
    });
    expect(find('2025-12')).toMatchObject({ foldedInto: { frequency: 'annual', periodKey: '2025' } });
    expect(find('2026-03')).toMatchObject({
      foldedInto: { frequency: 'quarterly', periodKey: '2026-Q1' },
      dueDate: '2026-04-15',
    });
    expect(find('2026-04')?.foldedInto).toBeUndefined();
    expect(find('2026-Q1')?.foldedInto).toBeUndefined();
    // without the setting nothing folds
    expect(
      reportsDue(permit({ frequencies: ['annual', 'quarterly'] }), '2026-01-01', '2026-12-31').every(
        (r) => !r.foldedInto,
      ),
    ).toBe(true);
  });

  it('a fold chain ends at the report that is submitted (short August → September → Q3)', () => {
    const p = permit({
      validFrom: '2026-08-23',
      validTo: '2031-08-22',
      frequencies: ['quarterly', 'monthly'],
      foldAtCoarserEnd: { monthly: true },
    });
    const list = reportsDue(p, '2026-01-01', '2026-12-31');
    expect(list.find((r) => r.periodKey === '2026-08')).toMatchObject({
      foldedInto: { frequency: 'quarterly', periodKey: '2026-Q3', reason: 'short_period' },
      dueDate: '2026-10-15',
    });
    expect(list.find((r) => r.periodKey === '2026-09')).toMatchObject({
      periodStart: '2026-08-23',
      foldedInto: { periodKey: '2026-Q3' },
    });
  });

  it('rejects a validity that ends before it starts', () => {
    expect(() =>
      reportsDue(permit({ validFrom: '2026-01-02', validTo: '2026-01-01' }), '2026-01-01', '2026-12-31'),
    ).toThrow(RangeError);
  });

  it('every due date is after its period and within the permit (property)', () => {
    const day = fc.integer({ min: 0, max: 2500 }).map((n) => addCalendarDays('2024-01-01', n));
    const freqs = fc.subarray<ReportFrequency>(['annual', 'semiannual', 'quarterly', 'monthly'], { minLength: 1 });
    fc.assert(
      fc.property(day, freqs, fc.boolean(), (validFrom, frequencies, fold) => {
        const validTo = addCalendarDays(addMonths(validFrom, 60), -1);
        const list = reportsDue(
          { validFrom, validTo, frequencies, foldAtCoarserEnd: { quarterly: fold, monthly: fold } },
          '2000-01-01',
          '2099-12-31',
          [],
        );
        for (const r of list) {
          expect(daysBetween(r.periodEnd, r.dueDate)).toBeGreaterThan(0);
          expect(r.periodStart >= validFrom && r.periodEnd <= validTo && r.periodStart <= r.periodEnd).toBe(true);
          if (r.foldedInto)
            expect(list.some((t) => t.periodKey === r.foldedInto?.periodKey && !t.foldedInto)).toBe(true);
        }
        // every day of validity is covered by exactly one report per frequency
        for (const f of frequencies) {
          const own = list
            .filter((r) => r.frequency === f && r.foldedInto?.reason !== 'short_period')
            .sort((x, y) => x.periodKey.localeCompare(y.periodKey));
          for (let i = 1; i < own.length; i++)
            expect(own[i]?.periodStart).toBe(addCalendarDays(own[i - 1]?.periodEnd ?? '', 1));
          expect(own[0]?.periodStart).toBe(validFrom);
          expect(own.at(-1)?.periodEnd).toBe(validTo);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('lateness on a fake today', () => {
  const report = { dueDate: '2027-01-15' };
  it('on time, late, missing, not due, folded', () => {
    expect(lateness(report, '2027-01-15', '2027-03-01')).toBe('on_time');
    expect(lateness(report, '2027-01-16', '2027-03-01')).toBe('late');
    expect(lateness(report, null, '2027-01-15')).toBe('not_due');
    expect(lateness(report, null, '2027-01-16')).toBe('missing');
    expect(
      lateness(
        { ...report, foldedInto: { frequency: 'annual', periodKey: '2027', reason: 'short_period' } },
        null,
        '2030-01-01',
      ),
    ).toBe('folded');
  });
  it('heldLessThan counts months by the calendar and days inclusively', () => {
    expect(heldLessThan('2026-10-02', '2026-12-31', { months: 3 })).toBe(true);
    expect(heldLessThan('2026-10-01', '2026-12-31', { months: 3 })).toBe(false);
    expect(heldLessThan('2026-02-19', '2026-02-28', { days: 10 })).toBe(false);
    expect(heldLessThan('2026-02-20', '2026-02-28', { days: 10 })).toBe(true);
  });
});
