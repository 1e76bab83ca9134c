import { describe, expect, it } from 'vitest';
import { dailyPenalty, DAILY_PENALTY_STARTS, type DailyPenaltyInput } from './daily-penalty';

// Original fine 200 000 yuan = 20 000 000 fen. Order made Mon 03-02, served Thu 03-05.
// Re-inspections: Fri 03-20 still discharging, Fri 04-10 still discharging, Thu 04-30 corrected.
const CHAIN: DailyPenaltyInput = {
  originalFineFen: 20_000_000,
  orderMadeOn: '2026-03-02',
  orderServedOn: '2026-03-05',
  reinspections: [
    { date: '2026-04-30', finding: 'corrected' },
    { date: '2026-03-20', finding: 'violation' },
    { date: '2026-04-10', finding: 'violation' },
  ],
};

describe('daily continuous penalty (Code art. 1060; 环境保护部令第28号 §17–20)', () => {
  it('counts from the day after the order was made (the Code), cycles accumulating without a gap', () => {
    // cycle 1: 03-03..03-20 = 18 days; cycle 2: 03-21..04-10 = 11 + 10 = 21 days; total 39
    // 39 × 20 000 000 fen = 780 000 000 fen (7.8 million yuan)
    const p = dailyPenalty(CHAIN, 'order_date');
    expect(p.cycles).toEqual([
      { from: '2026-03-03', to: '2026-03-20', days: 18, amountFen: 360_000_000 },
      { from: '2026-03-21', to: '2026-04-10', days: 21, amountFen: 420_000_000 },
    ]);
    expect(p).toMatchObject({ start: 'order_date', totalDays: 39, totalFen: 780_000_000, ended: 'corrected' });
  });

  it('counts from the day after it was served (部令第28号 §17): three days fewer in the first cycle', () => {
    // cycle 1: 03-06..03-20 = 15 days; cycle 2 unchanged: 21; total 36 → 720 000 000 fen
    const p = dailyPenalty(CHAIN, 'service_date');
    expect(p.cycles.map((c) => [c.from, c.to, c.days])).toEqual([
      ['2026-03-06', '2026-03-20', 15],
      ['2026-03-21', '2026-04-10', 21],
    ]);
    expect(p).toMatchObject({ totalDays: 36, totalFen: 720_000_000 });
    expect(DAILY_PENALTY_STARTS.service_date.citation).toContain('第十七条');
    expect(DAILY_PENALTY_STARTS.order_date.citation).toContain('第一千零六十条');
  });

  it('an obstructed re-inspection counts as refusal (§13(2)); the chain stays open until corrected', () => {
    const p = dailyPenalty(
      { ...CHAIN, reinspections: [{ date: '2026-03-20', finding: 'obstructed' }] },
      'service_date',
    );
    expect(p).toMatchObject({ totalDays: 15, ended: 'open' });
  });

  it('stops when production limits or a seizure stopped the discharge (§20)', () => {
    // stopped 04-01: the 04-10 visit finds no discharge of the chain; only cycle 1 counts
    const p = dailyPenalty(
      { ...CHAIN, reinspections: CHAIN.reinspections.slice(1), dischargeStoppedOn: '2026-04-01' },
      'order_date',
    );
    expect(p).toMatchObject({ totalDays: 18, totalFen: 360_000_000, ended: 'discharge_stopped' });
    const found = dailyPenalty(
      { ...CHAIN, reinspections: [{ date: '2026-03-20', finding: 'production_stopped' }] },
      'order_date',
    );
    expect(found).toMatchObject({ cycles: [], totalFen: 0, ended: 'discharge_stopped' });
  });

  it('a re-inspection after the correction is a new decision, not another cycle (§18)', () => {
    const after = {
      ...CHAIN,
      reinspections: [...CHAIN.reinspections, { date: '2026-05-20', finding: 'violation' as const }],
    };
    expect(() => dailyPenalty(after, 'order_date')).toThrow(/new decision/);
  });

  it('rejects a re-inspection before the count starts and an order served before it was made', () => {
    // served 03-05, service_date start: the count starts 03-06; a visit on 03-05 counts nothing
    const sameDay = { ...CHAIN, reinspections: [{ date: '2026-03-05', finding: 'violation' as const }] };
    expect(() => dailyPenalty(sameDay, 'service_date')).toThrow(/before the count starts/);
    expect(dailyPenalty(sameDay, 'order_date').totalDays).toBe(3); // 03-03..03-05
    expect(() => dailyPenalty({ ...CHAIN, orderServedOn: '2026-03-01' }, 'order_date')).toThrow(RangeError);
  });
});
