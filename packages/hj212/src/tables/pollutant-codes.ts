/**
 * Pollutant (factor) codes, HJ 212-2017 附录B (from HJ 524-2009 air / HJ 525-2009 water).
 * Units are the defaults the table prints; `null` where the table gives none. Stations may
 * send other units (ambient PM in µg/m³ rather than the printed ng/m³): units belong to
 * per-device configuration, these are only defaults.
 */
export interface PollutantCode {
  code: string;
  zh: string;
  en: string;
  /** the HJ/T 212-2005 code (原编码), when the table gives one */
  legacyCode: string | null;
  /** default concentration unit */
  unit: string | null;
  /** default unit of the emission amount (`-Cou`) */
  amountUnit: string | null;
  /** data type, e.g. N5.2 */
  type: string | null;
  /** false for codes used in practice but absent from HJ 212-2017 表B.2 (O3 a05024) */
  inStandard: boolean;
}

type Row = [
  code: string,
  zh: string,
  en: string,
  legacy: string | null,
  unit: string | null,
  amount: string | null,
  type: string | null,
];

const ROWS: Row[] = [
  ['a21026', '二氧化硫', 'SO2', '02', 'mg/m³', 'kg', 'N5.2'],
  ['a21004', '二氧化氮', 'NO2', null, 'mg/m³', 'kg', 'N4.1'],
  ['a21003', '一氧化氮', 'NO', null, 'mg/m³', 'kg', 'N4.1'],
  ['a21002', '氮氧化物', 'NOx', '03', 'mg/m³', 'kg', 'N5.1'],
  ['a21005', '一氧化碳', 'CO', '04', 'mg/m³', 'kg', 'N3.3'],
  ['a34002', '可吸入颗粒物', 'PM10', null, 'ng/m³', 'g', 'N3.3'],
  ['a34004', '细颗粒物', 'PM2.5', null, 'ng/m³', 'g', 'N3.3'],
  ['a34001', '总悬浮颗粒物', 'TSP', null, 'ng/m³', 'g', 'N4.3'],
  ['a34013', '烟尘', 'smoke and dust', '01', 'mg/m³', 'kg', 'N4'],
  ['a00000', '废气', 'flue-gas flow', 'B02', 'm³/s', 'm³', 'N6.1'],
  ['a19001', '氧气含量', 'O2 content', 'S01', '%', null, 'N3.1'],
  ['a01011', '烟气流速', 'flue-gas velocity', 'S02', 'm/s', null, null],
  ['a01012', '烟气温度', 'flue-gas temperature', 'S03', '°C', null, null],
  ['a01013', '烟气压力', 'flue-gas pressure', 'S08', 'kPa', null, null],
  ['a01014', '烟气湿度', 'flue-gas humidity', 'S05', '%', null, null],
  ['a01001', '温度', 'ambient temperature', null, null, null, null],
  ['a01002', '湿度', 'ambient humidity', null, null, null, null],
  ['a01006', '气压', 'ambient pressure', null, 'kPa', null, null],
  ['a01007', '风速', 'wind speed', null, null, null, null],
  ['a01008', '风向', 'wind direction', null, null, null, null],
  ['a24088', '非甲烷总烃', 'non-methane hydrocarbons', null, 'mg/m³', 'kg', 'N7.3'],
  ['w00000', '污水', 'wastewater flow', 'B01', 'L/s', 'm³', 'N5.2'],
  ['w01001', 'pH值', 'pH', '001', null, null, 'N2.2'],
  ['w01018', '化学需氧量', 'COD', '011', 'mg/L', 'kg', 'N5.1'],
  ['w01019', '高锰酸盐指数', 'CODMn', null, 'mg/L', 'kg', 'N3.1'],
  ['w01017', '五日生化需氧量', 'BOD5', '010', 'mg/L', 'kg', 'N5.1'],
  ['w21003', '氨氮', 'NH3-N', '060', 'mg/L', 'kg', 'N4.2'],
  ['w21011', '总磷', 'total phosphorus', '101', 'mg/L', 'kg', 'N3.2'],
  ['w21001', '总氮', 'total nitrogen', '065', 'mg/L', 'kg', 'N4.2'],
  ['w01009', '溶解氧', 'dissolved oxygen', null, null, null, null],
  ['w01010', '水温', 'water temperature', null, null, null, null],
  ['w01012', '悬浮物', 'suspended solids', null, null, null, null],
  ['w01014', '电导率', 'conductivity', null, 'µS/cm', null, null],
  ['w22001', '石油类', 'petroleum', '080', 'mg/L', 'kg', null],
  ['w23002', '挥发酚', 'volatile phenol', '110', 'mg/L', 'kg', null],
  ['w21016', '氰化物', 'cyanide', '070', 'mg/L', 'kg', null],
  ['w21019', '硫化物', 'sulfide', '071', 'mg/L', 'kg', null],
  ['w21017', '氟化物', 'fluoride', '072', 'mg/L', 'kg', null],
];

/** Noise items, HJ 212-2017 表B.3: dB, N3.1. */
const NOISE_CODES = ['LA', 'L5', 'L10', 'L50', 'L90', 'L95', 'Leq', 'Ldn', 'Ld', 'Ln', 'LMx', 'LMn'];

export const POLLUTANT_CODES: readonly PollutantCode[] = [
  ...ROWS.map(([code, zh, en, legacyCode, unit, amountUnit, type]) => ({
    code,
    zh,
    en,
    legacyCode,
    unit,
    amountUnit,
    type,
    inStandard: true,
  })),
  // O3 comes from HJ 524-2009 and is used by real loggers, but HJ 212-2017 表B.2 does not list it.
  {
    code: 'a05024',
    zh: '臭氧',
    en: 'O3',
    legacyCode: null,
    unit: null,
    amountUnit: null,
    type: null,
    inStandard: false,
  },
  ...NOISE_CODES.map((code) => ({
    code,
    zh: `噪声 ${code}`,
    en: `noise ${code}`,
    legacyCode: null,
    unit: 'dB',
    amountUnit: null,
    type: 'N3.1',
    inStandard: true,
  })),
];

/**
 * HJ/T 212-2005 factor codes (原编码 column of 附录B) → HJ 212-2017 codes. The short codes
 * (`011`, `B01`, `02` …) never collide with 6-character 2017 codes, so mapping is safe.
 */
export const FACTOR_CODES_2005_TO_2017: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(ROWS.filter((r) => r[3] !== null).map((r) => [r[3] as string, r[0]])),
);
