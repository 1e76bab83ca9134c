import { DEFAULT_JURISDICTIONS } from '@ecocloud/standards';
import { describe, expect, it } from 'vitest';
import { inputsFromPenalty, inputsOf, isDecimalText, jurisdictionOf, penaltyInputs, tablesFor } from './penalty-form';
import { penaltyFixture } from './testing/fixtures';

const keys = (jurisdiction: string, table: string) => {
  const found = tablesFor(jurisdiction, violationOf(jurisdiction, table)).find((x) => x.id === table)!;
  return inputsOf(found, jurisdictionOf(jurisdiction)).map((i) => i.key);
};
const violationOf = (jurisdiction: string, table: string) =>
  DEFAULT_JURISDICTIONS.find((j) => j.code === jurisdiction)!.tables.find((x) => x.id === table)!.violations[0]!;

describe('tablesFor', () => {
  it("offers the jurisdiction's tables that fit the violation, one per number", () => {
    expect(tablesFor('450000', 'water_exceed_permit').map((x) => x.id)).toEqual(['2.7.2']);
    expect(tablesFor('440000', 'air_exceed_standard').map((x) => x.id)).toEqual(['3.4.1']);
    expect(tablesFor('440000', 'water_evasion').map((x) => x.id)).toEqual(['2.8.1']);
  });

  it('offers nothing for a violation without a table, or a jurisdiction without tables', () => {
    expect(tablesFor('450000', 'air_evasion')).toEqual([]);
    expect(tablesFor('530000', 'water_exceed_permit')).toEqual([]);
  });
});

describe('inputsOf', () => {
  it('asks a water exceedance table for its facts in the benchmark order, pH and the total share included', () => {
    expect(keys('440000', '2.7.2')).toEqual([
      'pollutant_count',
      'pollutant_class',
      'area',
      'daily_volume_t',
      'exceed_multiple',
      'ph',
      'over_load_pct',
      // Guangdong's no-penalty list reads the correction within the deadline.
      'correction',
      'repeats_2y',
    ]);
    // Guangxi has no no-penalty list (yet): no correction asked.
    expect(keys('450000', '2.7.2')).not.toContain('correction');
  });

  it('asks the air tables for the period and offers VOCs as a class', () => {
    const table = tablesFor('440000', 'air_exceed_permit')[0]!;
    const inputs = inputsOf(table, jurisdictionOf('440000'));
    expect(inputs.map((i) => i.key)).toContain('period');
    expect(inputs.map((i) => i.key)).not.toContain('daily_volume_t');
    expect(inputs.find((i) => i.key === 'pollutant_class')).toEqual({
      key: 'pollutant_class',
      kind: 'choice',
      options: ['voc', 'B', 'A', 'toxic'],
    });
  });

  it('asks the evasion table for the form, correction and duration, not the volume', () => {
    const k = keys('440000', '2.8.1');
    expect(k).toEqual(expect.arrayContaining(['form', 'correction', 'duration_days', 'repeats_2y']));
    expect(k).not.toContain('daily_volume_t');
  });

  it('takes counts as whole numbers and measures as decimals', () => {
    const inputs = inputsOf(tablesFor('440000', 'water_exceed_standard')[0]!);
    expect(inputs.find((i) => i.key === 'repeats_2y')).toEqual({ key: 'repeats_2y', kind: 'number', integer: true });
    expect(inputs.find((i) => i.key === 'exceed_multiple')).toEqual({
      key: 'exceed_multiple',
      kind: 'number',
      integer: false,
    });
  });
});

describe('the facts sent and read back', () => {
  const table = tablesFor('450000', 'water_exceed_permit')[0]!;
  const inputs = inputsOf(table);

  it('sends the filled facts trimmed, and leaves out empty ones and keys the table does not read', () => {
    expect(
      penaltyInputs({ pollutant_count: ' 2 ', area: '', ph: undefined, table: '2.7.2', foo: '1' }, inputs),
    ).toEqual({
      pollutant_count: '2',
    });
  });

  it('reads the facts of an assessment back from its factors, defaulted ones left empty', () => {
    expect(inputsFromPenalty(penaltyFixture(), table)).toEqual({
      pollutant_count: '2',
      pollutant_class: 'B',
      area: 'general',
      daily_volume_t: '120',
      exceed_multiple: '4',
    });
    expect(inputsFromPenalty(penaltyFixture(), undefined)).toEqual({});
  });

  it('accepts plain decimals only', () => {
    expect(isDecimalText('4', false)).toBe(true);
    expect(isDecimalText('0.35', false)).toBe(true);
    expect(isDecimalText('0.35', true)).toBe(false);
    expect(isDecimalText('-1', false)).toBe(false);
    expect(isDecimalText('1e3', false)).toBe(false);
  });
});
