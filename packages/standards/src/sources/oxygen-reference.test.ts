import { describe, expect, it } from 'vitest';
import {
  OXYGEN_REFERENCE_TABLE,
  OXYGEN_SOURCE_TYPE_LABELS,
  OXYGEN_STANDARDS,
  oxygenSourceTypesOf,
  referenceOxygen,
  type OxygenReferenceRow,
} from './oxygen-reference';

describe('reference oxygen content (基准氧含量)', () => {
  it('gives the verified values of GB 13271-2014 and GB 4915-2013 (regulation reference §2.2 ✅)', () => {
    expect(referenceOxygen('GB13271-2014', 'coal_fired_boiler')).toMatchObject({ percent: 9, verified: true });
    expect(referenceOxygen('GB13271-2014', 'oil_gas_boiler')).toMatchObject({ percent: 3.5, verified: true });
    expect(referenceOxygen('GB4915-2013', 'cement_kiln')).toMatchObject({ percent: 10, verified: true });
    expect(referenceOxygen('GB4915-2013', 'independent_heat_dryer')).toMatchObject({ percent: 8, verified: true });
  });

  it('marks the background-knowledge values unverified (⚠) and says so in the source', () => {
    const unverified: [Parameters<typeof referenceOxygen>[0], Parameters<typeof referenceOxygen>[1], number][] = [
      ['GB13223-2011', 'thermal_power_coal', 6],
      ['GB13223-2011', 'thermal_power_oil_gas_boiler', 3],
      ['GB13223-2011', 'thermal_power_gas_turbine', 15],
      ['GB18485-2014', 'waste_incinerator', 11],
    ];
    for (const [standard, type, percent] of unverified) {
      const r = referenceOxygen(standard, type);
      expect(r).toMatchObject({ percent, verified: false });
      expect(r?.source).toContain('⚠');
    }
  });

  it('is undefined where the standard sets no reference O2 for that source type', () => {
    expect(referenceOxygen('GB13271-2014', 'cement_kiln')).toBeUndefined();
    expect(referenceOxygen('GB4915-2013', 'coal_fired_boiler')).toBeUndefined();
  });

  it('lets an administrator override a row (the ⚠ values are configurable)', () => {
    const override: OxygenReferenceRow = {
      standard: 'GB18485-2014',
      sourceType: 'waste_incinerator',
      percent: 11.5,
      verified: true,
      source: 'checked against the official text by admin',
    };
    expect(referenceOxygen('GB18485-2014', 'waste_incinerator', [override])).toEqual({
      percent: 11.5,
      verified: true,
      source: override.source,
    });
    expect(referenceOxygen('GB13271-2014', 'coal_fired_boiler', [override])?.percent).toBe(9);
  });

  it('has one row per (standard, source type), every O2 in (0, 21), and every row pickable', () => {
    const keys = OXYGEN_REFERENCE_TABLE.map((r) => `${r.standard}/${r.sourceType}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of OXYGEN_REFERENCE_TABLE) {
      expect(r.percent).toBeGreaterThan(0);
      expect(r.percent).toBeLessThan(21);
      expect(OXYGEN_STANDARDS.map((s) => s.id)).toContain(r.standard);
      expect(OXYGEN_SOURCE_TYPE_LABELS[r.sourceType]).toBeTruthy();
      expect(r.verified).toBe(!r.source.includes('⚠'));
    }
    expect(oxygenSourceTypesOf('GB4915-2013')).toEqual(['cement_kiln', 'independent_heat_dryer']);
    for (const s of OXYGEN_STANDARDS) expect(oxygenSourceTypesOf(s.id).length).toBeGreaterThan(0);
  });
});
