/**
 * The compliance demo's HJ 212 loggers: the outlets of the demo register whose `device_mns` name them
 * (sources/demo/demo-enterprises.ts), each with the profile its minutes follow. S1 and W1 are the
 * monitoring demo's loggers (it registers them); the compliance demo registers the others.
 */

/** normal: noisy, below the limits; exceeding: SO2 above its limit a few afternoon hours a day;
 * flatline: NOx frozen at one value every night while the flow moves; maintenance: the analyser marks
 * M (维护) for hours every night while flow and O2 show the plant running. */
type DemoProfileKind = 'normal' | 'exceeding' | 'flatline' | 'maintenance';

/** How the load moves over the Shanghai day. */
export type DemoDuty = 'power' | 'kiln' | 'plant' | 'sewage';

export type DemoLogger = {
  mn: string;
  /** Code of the logger's station (S1 and W1: the monitoring demo's stations). */
  stationCode: string;
  kind: 'gas' | 'water';
  profile: DemoProfileKind;
  duty: DemoDuty;
  /** Flow at full load, m³/h (standard-state dry flue gas, or wastewater). */
  fullFlow: number;
  /** Flue-gas O2 (%) at full load; it rises as the load falls (more excess air). Gas only. */
  o2?: number;
};

/** One HJ 212 factor a demo logger sends: its code, the stored parameter, the gateway's scale
 * (HJ 212 unit → stored unit, as in the device's factor map) and the decimals of the stored value. */
export type DemoFactor = { code: string; parameter: string; scale: number; decimals: number };

/** Flue gas: mg/m³, O2 in %, flow sent in m³/s (HJ 212 a00000) and stored in m³/h. */
const GAS_FACTORS: readonly DemoFactor[] = [
  { code: 'a21026', parameter: 'so2', scale: 1, decimals: 2 },
  { code: 'a21002', parameter: 'nox', scale: 1, decimals: 1 },
  { code: 'a34013', parameter: 'dust', scale: 1, decimals: 2 },
  { code: 'a19001', parameter: 'o2', scale: 1, decimals: 2 },
  { code: 'a00000', parameter: 'flow', scale: 3600, decimals: 0 },
];

/** Wastewater: mg/L, pH, flow sent in L/s (HJ 212 w00000) and stored in m³/h. TN and TP only where limited. */
const WATER_FACTORS: readonly DemoFactor[] = [
  { code: 'w01018', parameter: 'cod', scale: 1, decimals: 1 },
  { code: 'w21003', parameter: 'nh3_n', scale: 1, decimals: 3 },
  { code: 'w21001', parameter: 'tn', scale: 1, decimals: 2 },
  { code: 'w21011', parameter: 'tp', scale: 1, decimals: 3 },
  { code: 'w01001', parameter: 'ph', scale: 1, decimals: 2 },
  { code: 'w00000', parameter: 'flow', scale: 3.6, decimals: 1 },
];

export const factorsOf = (kind: DemoLogger['kind']): readonly DemoFactor[] =>
  kind === 'gas' ? GAS_FACTORS : WATER_FACTORS;

/** The device's factor map (HJ 212 code → parameter and scale) for a logger of this kind. */
export const factorMapOf = (kind: DemoLogger['kind']): Record<string, { parameter: string; scale: number }> =>
  Object.fromEntries(factorsOf(kind).map((f) => [f.code, { parameter: f.parameter, scale: f.scale }]));

const mn = (tail: string) => `GXDEMO0000000000000000${tail}`;

export const DEMO_LOGGERS: readonly DemoLogger[] = [
  // 南宁示范热电 1#机组烟囱: the enterprise user's own stack exceeds, so Nanning's officer has a lead to
  // triage and the enterprise user a question to answer.
  {
    mn: mn('S1'),
    stationCode: 'GX-S-0001',
    kind: 'gas',
    profile: 'exceeding',
    duty: 'power',
    fullFlow: 1_200_000,
    o2: 7.2,
  },
  {
    mn: mn('S2'),
    stationCode: 'GX-S-0003',
    kind: 'gas',
    profile: 'normal',
    duty: 'power',
    fullFlow: 2_100_000,
    o2: 7,
  },
  {
    mn: mn('S3'),
    stationCode: 'GX-S-0004',
    kind: 'gas',
    profile: 'flatline',
    duty: 'power',
    fullFlow: 2_300_000,
    o2: 7.4,
  },
  {
    mn: mn('S4'),
    stationCode: 'GX-S-0005',
    kind: 'gas',
    profile: 'normal',
    duty: 'power',
    fullFlow: 1_600_000,
    o2: 7.6,
  },
  {
    mn: mn('S5'),
    stationCode: 'GX-S-0006',
    kind: 'gas',
    profile: 'maintenance',
    duty: 'kiln',
    fullFlow: 520_000,
    o2: 11.6,
  },
  { mn: mn('S6'), stationCode: 'GX-S-0007', kind: 'gas', profile: 'normal', duty: 'kiln', fullFlow: 460_000, o2: 11.2 },
  { mn: mn('S7'), stationCode: 'GX-S-0008', kind: 'gas', profile: 'normal', duty: 'kiln', fullFlow: 330_000, o2: 11.8 },
  { mn: mn('W1'), stationCode: 'GX-S-0002', kind: 'water', profile: 'normal', duty: 'plant', fullFlow: 420 },
  { mn: mn('W2'), stationCode: 'GX-S-0009', kind: 'water', profile: 'normal', duty: 'sewage', fullFlow: 9_000 },
];
