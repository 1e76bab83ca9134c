/**
 * Reference oxygen content (基准氧含量) for converting a measured stack concentration to the
 * concentration the limit is written for: C_ref = C_meas × (21 − O2_ref) / (21 − O2_meas).
 * The value depends on the discharge standard AND the source type, so it is data keyed on both and
 * never a literal 9 % in code (regulation reference §2.2, "Keep O2_ref per (standard, source type)").
 *
 * `verified` follows the reference's marks: ✅ rows (read in the standard's own text) are verified;
 * ⚠ rows (background knowledge) are not, and an administrator may override them (the server keeps
 * the override; this table is the default it starts from).
 */

export type OxygenStandardId = 'GB13271-2014' | 'GB4915-2013' | 'GB13223-2011' | 'GB18485-2014';

export type OxygenSourceType =
  | 'coal_fired_boiler'
  | 'oil_gas_boiler'
  | 'cement_kiln'
  | 'independent_heat_dryer'
  | 'thermal_power_coal'
  | 'thermal_power_oil_gas_boiler'
  | 'thermal_power_gas_turbine'
  | 'waste_incinerator';

export type OxygenReferenceRow = {
  standard: OxygenStandardId;
  sourceType: OxygenSourceType;
  /** O2_ref in percent by volume, dry flue gas. */
  percent: number;
  /** True only when read in the standard's text (reference mark ✅). */
  verified: boolean;
  /** Where the value comes from, as the reference cites it. */
  source: string;
};

export type OxygenStandard = { id: OxygenStandardId; code: string; title: string };

/** The standards with a reference oxygen content, for a picker. */
export const OXYGEN_STANDARDS: readonly OxygenStandard[] = [
  { id: 'GB13271-2014', code: 'GB 13271-2014', title: '锅炉大气污染物排放标准' },
  { id: 'GB4915-2013', code: 'GB 4915-2013', title: '水泥工业大气污染物排放标准' },
  { id: 'GB13223-2011', code: 'GB 13223-2011', title: '火电厂大气污染物排放标准' },
  { id: 'GB18485-2014', code: 'GB 18485-2014', title: '生活垃圾焚烧污染控制标准' },
];

/** Source-type labels, for a picker. */
export const OXYGEN_SOURCE_TYPE_LABELS: Readonly<Record<OxygenSourceType, string>> = {
  coal_fired_boiler: '燃煤锅炉',
  oil_gas_boiler: '燃油、燃气锅炉',
  cement_kiln: '水泥窑及窑尾余热利用系统',
  independent_heat_dryer: '采用独立热源的烘干设备',
  thermal_power_coal: '燃煤锅炉(火电)',
  thermal_power_oil_gas_boiler: '燃油、燃气锅炉(火电)',
  thermal_power_gas_turbine: '燃气轮机组',
  waste_incinerator: '生活垃圾焚烧炉',
};

const REF = 'regulation reference §2.2';

/** Version of this table; bump it when a value changes so stored conversions can name theirs. */
export const OXYGEN_REFERENCE_VERSION = '2026-12-05';

export const OXYGEN_REFERENCE_TABLE: readonly OxygenReferenceRow[] = [
  {
    standard: 'GB13271-2014',
    sourceType: 'coal_fired_boiler',
    percent: 9,
    verified: true,
    source: `GB 13271-2014 §5.2 (表6); ${REF} ✅`,
  },
  {
    standard: 'GB13271-2014',
    sourceType: 'oil_gas_boiler',
    percent: 3.5,
    verified: true,
    source: `GB 13271-2014 §5.2 (表6); ${REF} ✅`,
  },
  {
    standard: 'GB4915-2013',
    sourceType: 'cement_kiln',
    percent: 10,
    verified: true,
    source: `GB 4915-2013 §4.1 formula (1); ${REF} ✅`,
  },
  {
    standard: 'GB4915-2013',
    sourceType: 'independent_heat_dryer',
    percent: 8,
    verified: true,
    source: `GB 4915-2013 §4.1 formula (1); ${REF} ✅`,
  },
  {
    standard: 'GB13223-2011',
    sourceType: 'thermal_power_coal',
    percent: 6,
    verified: false,
    source: `GB 13223-2011 (text not read); ${REF} ⚠ background — configurable`,
  },
  {
    standard: 'GB13223-2011',
    sourceType: 'thermal_power_oil_gas_boiler',
    percent: 3,
    verified: false,
    source: `GB 13223-2011 (text not read); ${REF} ⚠ background — configurable`,
  },
  {
    standard: 'GB13223-2011',
    sourceType: 'thermal_power_gas_turbine',
    percent: 15,
    verified: false,
    source: `GB 13223-2011 (text not read); ${REF} ⚠ background — configurable`,
  },
  {
    standard: 'GB18485-2014',
    sourceType: 'waste_incinerator',
    percent: 11,
    verified: false,
    source: `GB 18485-2014 (text not read); ${REF} ⚠ background — configurable`,
  },
];

export type OxygenReference = Pick<OxygenReferenceRow, 'percent' | 'verified' | 'source'>;

/**
 * The reference O2 for a standard and source type, or undefined when the standard does not set
 * one for it (e.g. other cement sources: GB 4915 judges them on the measured concentration).
 * `overrides` (an administrator's values, typically for the ⚠ rows) win over the table.
 */
export function referenceOxygen(
  standard: OxygenStandardId,
  sourceType: OxygenSourceType,
  overrides: readonly OxygenReferenceRow[] = [],
): OxygenReference | undefined {
  const match = (r: OxygenReferenceRow) => r.standard === standard && r.sourceType === sourceType;
  const row = overrides.find(match) ?? OXYGEN_REFERENCE_TABLE.find(match);
  return row ? { percent: row.percent, verified: row.verified, source: row.source } : undefined;
}

/** The source types a standard sets a reference O2 for (the second picker after the standard). */
export const oxygenSourceTypesOf = (standard: OxygenStandardId): OxygenSourceType[] =>
  OXYGEN_REFERENCE_TABLE.filter((r) => r.standard === standard).map((r) => r.sourceType);
