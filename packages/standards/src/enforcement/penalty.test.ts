import { describe, expect, it } from 'vitest';
import { GUANGDONG_2022 } from './discretion/guangdong-2022';
import type { Jurisdiction } from './discretion/types';
import { DEFAULT_LEGAL_BASES, type LegalBasis } from './legal-bases';
import { assessPenalty, type PenaltyAssessment, type PenaltyCase } from './penalty';

const base: PenaltyCase = {
  jurisdiction: '440000',
  table: '2.7.1',
  violation: 'water_exceed_standard',
  actDate: '2026-05-10',
  decisionDate: '2026-06-20',
  inputs: {
    pollutant_count: '2',
    pollutant_class: 'B',
    area: 'general',
    daily_volume_t: '120',
    exceed_multiple: '4',
    repeats_2y: '1',
  },
};
const ok = (c: PenaltyCase, data?: Parameters<typeof assessPenalty>[1]): PenaltyAssessment => {
  const r = assessPenalty(c, data);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
};
const weights = (r: PenaltyAssessment) => Object.fromEntries(r.factors.map((f) => [f.key, f.weightPercent]));

describe('Guangdong Table A (2.7.1), the reference worked example', () => {
  it('2 pollutants, B class, general area, 120 t/d, 4×, first time → 20 % → 200,000 yuan under 水法 §83(2)', () => {
    const r = ok(base);
    // 7 start + 2 + 0 + 0 + 3 + 8 + 0 = 20 %
    expect(weights(r)).toEqual({
      start: 7,
      pollutant_count: 2,
      pollutant_class: 0,
      area: 0,
      daily_volume: 3,
      degree: 8,
      repeats: 0,
    });
    expect(r.sumPercent).toBe(20);
    expect(r.fineYuan).toBe(200_000);
    expect(r.basis.citation).toBe('《中华人民共和国水污染防治法》第八十三条第（二）项');
    expect(r.statutoryRange).toEqual({ minYuan: 100_000, maxYuan: 1_000_000 });
    expect(r.clamped).toBeNull();
  });

  it('the minimum sum (7 % → 70,000) clamps to the statutory floor of 100,000', () => {
    const r = ok({
      ...base,
      inputs: { ...base.inputs, pollutant_count: '1', daily_volume_t: '10', exceed_multiple: '0.5' },
    });
    // 7 + 0 + 0 + 0 + 0 + 5 (below 3×) + 0 = 12 % → 120,000: not the minimum yet; pH-only grade gives 0.
    expect(r.sumPercent).toBe(12);
    const min = ok({
      ...base,
      inputs: {
        pollutant_count: '1',
        pollutant_class: 'B',
        area: 'general',
        daily_volume_t: '10',
        ph: '4',
        repeats_2y: '1',
      },
    });
    expect(min.sumPercent).toBe(7);
    expect(min.clamped).toBe('min');
    expect(min.fineYuan).toBe(100_000);
  });

  it('reads 以上 as inclusive and 以下 as exclusive: exactly 3× and exactly 200 t take the higher band', () => {
    const r = ok({ ...base, inputs: { ...base.inputs, exceed_multiple: '3', daily_volume_t: '200' } });
    expect(weights(r).degree).toBe(8);
    expect(weights(r).daily_volume).toBe(10);
    const under = ok({ ...base, inputs: { ...base.inputs, exceed_multiple: '2.999', daily_volume_t: '199.9' } });
    expect(weights(under).degree).toBe(5);
    expect(weights(under).daily_volume).toBe(3);
  });

  it('a factor not found takes the lowest grade and says so', () => {
    const r = ok({ ...base, inputs: { ...base.inputs, area: '', daily_volume_t: 'lots' } });
    const area = r.factors.find((f) => f.key === 'area')!;
    expect(area).toMatchObject({ weightPercent: 0, defaulted: true });
    expect(r.factors.find((f) => f.key === 'daily_volume')).toMatchObject({ weightPercent: 0, defaulted: true });
  });

  it('the heaviest case is capped at the statutory maximum', () => {
    const r = ok({
      ...base,
      inputs: {
        pollutant_count: '5',
        pollutant_class: 'toxic',
        area: 'dw1',
        daily_volume_t: '5000',
        exceed_multiple: '30',
        repeats_2y: '4',
      },
    });
    // 7 + 8 + 22 + 15 + 10 + 23 + 15 = 100 %
    expect(r.sumPercent).toBe(100);
    expect(r.fineYuan).toBe(1_000_000);
  });
});

describe('other Guangdong tables', () => {
  it('Table B (2.7.2) raises a sum below 20 % to 20 % under 条例 §34(1) (20–100 万)', () => {
    const r = ok({
      ...base,
      table: '2.7.2',
      violation: 'water_exceed_permit',
      inputs: { ...base.inputs, pollutant_count: '1', exceed_multiple: '1' },
    });
    // 7 + 0 + 0 + 0 + 3 + 5 + 0 = 15 % → floor 20 %
    expect(r.sumPercent).toBe(15);
    expect(r.appliedPercent).toBe(20);
    expect(r.fineYuan).toBe(200_000);
    expect(r.basis.id).toBe('permit-reg-34-1');
  });

  it('Table C (3.4.1) air during a heavy-pollution warning, A class, twice in two years', () => {
    const r = ok({
      ...base,
      table: '3.4.1',
      violation: 'air_exceed_standard',
      inputs: {
        pollutant_count: '1',
        pollutant_class: 'A',
        area: 'restricted',
        period: 'heavy_pollution_warning',
        exceed_multiple: '0.4',
        repeats_2y: '2',
      },
    });
    // 10 + 0 + 25 + 3 + 10 + 2 + 4 = 54 %
    expect(r.sumPercent).toBe(54);
    expect(r.fineYuan).toBe(540_000);
    expect(r.basis.citation).toContain('大气污染防治法');
  });

  it('Table D (2.8.1) tampering with data, toxic, 6 days, overdue correction, third time', () => {
    const r = ok({
      ...base,
      table: '2.8.1',
      violation: 'water_evasion',
      inputs: {
        form: 'tampering',
        pollutant_class: 'toxic',
        area: 'eco_sensitive',
        correction: 'overdue',
        duration_days: '6',
        repeats_2y: '3',
      },
    });
    // 10 + 20 + 19 + 8 + 5 + 8 + 7 = 77 %
    expect(r.sumPercent).toBe(77);
    expect(r.fineYuan).toBe(770_000);
  });

  it('a table for another violation is refused with a code', () => {
    const r = assessPenalty({ ...base, violation: 'air_exceed_standard' });
    expect(r).toMatchObject({ ok: false, code: 'TABLE_NOT_FOR_VIOLATION' });
    expect(assessPenalty({ ...base, table: '9.9.9' })).toMatchObject({ ok: false, code: 'UNKNOWN_TABLE' });
    expect(assessPenalty({ ...base, jurisdiction: '110000' })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_JURISDICTION',
    });
  });

  it('the no-penalty list: first time, one B pollutant under 0.1×, corrected in time → 0 yuan, with the entry', () => {
    const inputs = { ...base.inputs, pollutant_count: '1', exceed_multiple: '0.05', correction: 'within_deadline' };
    const r = ok({ ...base, inputs });
    expect(r.fineYuan).toBe(0);
    expect(r.noPenalty?.id).toBe('E-water-exceed-minor');
    // Negative controls: a second offence, or 0.1× exactly, is fined.
    expect(ok({ ...base, inputs: { ...inputs, repeats_2y: '2' } }).fineYuan).toBeGreaterThan(0);
    expect(ok({ ...base, inputs: { ...inputs, exceed_multiple: '0.1' } }).noPenalty).toBeNull();
  });
});

describe('the law in force on the day of the act (2026-08-15)', () => {
  it('an act before and a decision after: the old article (same fine, not lighter)', () => {
    const r = ok({ ...base, actDate: '2026-08-01', decisionDate: '2026-09-30' });
    expect(r.basis.id).toBe('water-law-83-2');
    expect(r.basisReason).toBe('act_date_law');
    expect(r.basisExplanation).toContain('第一千零五十七条');
  });

  it('an act after the Code took effect: Code art. 1107', () => {
    const r = ok({ ...base, actDate: '2026-08-15', decisionDate: '2026-09-30' });
    expect(r.basis.citation).toBe('《中华人民共和国生态环境法典》第一千一百零七条');
    expect(r.fineYuan).toBe(200_000);
  });

  it('a continuing act that runs past 2026-08-15 is judged under the Code', () => {
    const r = ok({ ...base, actDate: '2026-07-01', actEndDate: '2026-08-20', decisionDate: '2026-10-09' });
    expect(r.basis.id).toBe('code-1107');
    expect(r.basisExplanation).toContain('行为终了之日');
    const ended = ok({ ...base, actDate: '2026-07-01', actEndDate: '2026-08-14', decisionDate: '2026-10-09' });
    expect(ended.basis.id).toBe('water-law-83-2');
  });

  it('permit exceedance: 条例 §34(1) (20 万 floor) before, Code art. 1103 (10 万 floor) after; the lighter new law wins', () => {
    // Table A weights scaled by each basis: a 7 % sum is 70,000, clamped to 200,000 under the regulation
    // and to 100,000 under the Code: the Code is lighter, so an act of July decided in September gets 1103.
    const bases: LegalBasis[] = DEFAULT_LEGAL_BASES.map((b) => b);
    const jurisdictions: Jurisdiction[] = [
      {
        ...GUANGDONG_2022,
        tables: GUANGDONG_2022.tables.map((t) => (t.id === '2.7.2' ? { ...t, floorPercent: null } : t)),
      },
    ];
    const c: PenaltyCase = {
      ...base,
      table: '2.7.2',
      violation: 'water_exceed_permit',
      actDate: '2026-07-01',
      decisionDate: '2026-09-15',
      inputs: {
        pollutant_count: '1',
        pollutant_class: 'B',
        area: 'general',
        daily_volume_t: '10',
        ph: '4',
        repeats_2y: '1',
      },
    };
    const r = ok(c, { bases, jurisdictions });
    expect(r.basis.id).toBe('code-1103');
    expect(r.basisReason).toBe('lighter_new_law');
    expect(r.fineYuan).toBe(100_000);
    // The same facts decided before the Code: the regulation and its floor.
    const before = ok({ ...c, decisionDate: '2026-08-10' }, { bases, jurisdictions });
    expect(before.basis.id).toBe('permit-reg-34-1');
    expect(before.fineYuan).toBe(200_000);
  });

  it('one act breaking several norms takes the higher fine (art. 1055)', () => {
    const r = ok({
      ...base,
      actDate: '2026-05-01',
      alsoViolates: ['permit-reg-34-1'],
      inputs: { ...base.inputs, pollutant_count: '1', exceed_multiple: '1', daily_volume_t: '10' },
    });
    // 7 + 0 + 0 + 0 + 0 + 5 + 0 = 12 %: 120,000 under 水法 §83(2), 200,000 (floor) under 条例 §34(1).
    expect(r.basis.id).toBe('permit-reg-34-1');
    expect(r.fineYuan).toBe(200_000);
    expect(r.basisExplanation).toContain('第一千零五十五条');
  });

  it('an act no basis governed on its day is refused; one the decision-day law no longer punishes is not punished', () => {
    expect(assessPenalty({ ...base, actDate: '2017-06-01' })).toMatchObject({
      ok: false,
      code: 'NO_BASIS_AT_ACT_DATE',
    });
    const repealed = DEFAULT_LEGAL_BASES.filter((b) => b.id !== 'code-1107');
    expect(assessPenalty({ ...base, decisionDate: '2026-09-01' }, { bases: repealed })).toMatchObject({
      ok: false,
      code: 'NOT_ILLEGAL_AT_DECISION',
    });
  });
});

describe('Guangxi 2023 (structure only)', () => {
  it('computes with placeholder weights and warns that they are unverified', () => {
    const r = ok({ ...base, jurisdiction: '450000' });
    expect(r.fineYuan).toBe(200_000);
    expect(r.warnings).toContain('裁量系数未经官方文本核实');
  });
});
