/** A GB 3838-2002 class: 1-5 = I-V, 6 = worse than V (劣V). */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6;
export type WaterBody = 'river' | 'lake';

/** GB 3838-2002 表1 basic items, snake_case as in the `ecocloud calc water-class` columns. */
export type WaterItem =
  | 'water_temperature'
  | 'ph'
  | 'do'
  | 'codmn'
  | 'cod'
  | 'bod5'
  | 'nh3_n'
  | 'tp'
  | 'tn'
  | 'cu'
  | 'zn'
  | 'fluoride'
  | 'se'
  | 'as'
  | 'hg'
  | 'cd'
  | 'cr6'
  | 'pb'
  | 'cyanide'
  | 'volatile_phenol'
  | 'petroleum'
  | 'las'
  | 'sulfide'
  | 'fecal_coliform';

export interface WaterItemInfo {
  item: WaterItem;
  nameZh: string;
  /** mg/L unless stated; pH dimensionless; fecal coliform 个/L. */
  unit: string;
  hj212: string;
}

/** Upper limits (lower limits for DO) for classes I-V as decimal strings, reference §4.1 (☑). */
export const GB3838_LIMITS: Record<Exclude<WaterItem, 'water_temperature' | 'ph' | 'tp'>, readonly string[]> = {
  do: ['7.5', '6', '5', '3', '2'],
  codmn: ['2', '4', '6', '10', '15'],
  cod: ['15', '15', '20', '30', '40'],
  bod5: ['3', '3', '4', '6', '10'],
  nh3_n: ['0.15', '0.5', '1.0', '1.5', '2.0'],
  tn: ['0.2', '0.5', '1.0', '1.5', '2.0'],
  cu: ['0.01', '1.0', '1.0', '1.0', '1.0'],
  zn: ['0.05', '1.0', '1.0', '2.0', '2.0'],
  fluoride: ['1.0', '1.0', '1.0', '1.5', '1.5'],
  se: ['0.01', '0.01', '0.01', '0.02', '0.02'],
  as: ['0.05', '0.05', '0.05', '0.1', '0.1'],
  hg: ['0.00005', '0.00005', '0.0001', '0.001', '0.001'],
  cd: ['0.001', '0.005', '0.005', '0.005', '0.01'],
  cr6: ['0.01', '0.05', '0.05', '0.05', '0.1'],
  pb: ['0.01', '0.01', '0.05', '0.05', '0.1'],
  cyanide: ['0.005', '0.05', '0.2', '0.2', '0.2'],
  volatile_phenol: ['0.002', '0.002', '0.005', '0.01', '0.1'],
  petroleum: ['0.05', '0.05', '0.05', '0.5', '1.0'],
  las: ['0.2', '0.2', '0.2', '0.3', '0.3'],
  sulfide: ['0.05', '0.1', '0.2', '0.5', '1.0'],
  fecal_coliform: ['200', '2000', '10000', '20000', '40000'],
};

/** Total phosphorus (as P): rivers, and lakes/reservoirs (湖、库). */
export const TP_LIMITS: Record<WaterBody, readonly string[]> = {
  river: ['0.02', '0.1', '0.2', '0.3', '0.4'],
  lake: ['0.01', '0.025', '0.05', '0.1', '0.2'],
};

/** pH 6-9 for every class (dimensionless); outside → worse than V. */
export const PH_RANGE = ['6', '9'] as const;

export const WATER_ITEMS: readonly WaterItemInfo[] = [
  { item: 'water_temperature', nameZh: '水温', unit: '°C', hj212: 'w01010' },
  { item: 'ph', nameZh: 'pH值', unit: '-', hj212: 'w01001' },
  { item: 'do', nameZh: '溶解氧', unit: 'mg/L', hj212: 'w01009' },
  { item: 'codmn', nameZh: '高锰酸盐指数', unit: 'mg/L', hj212: 'w01019' },
  { item: 'cod', nameZh: '化学需氧量', unit: 'mg/L', hj212: 'w01018' },
  { item: 'bod5', nameZh: '五日生化需氧量', unit: 'mg/L', hj212: 'w01017' },
  { item: 'nh3_n', nameZh: '氨氮', unit: 'mg/L', hj212: 'w21003' },
  { item: 'tp', nameZh: '总磷', unit: 'mg/L', hj212: 'w21011' },
  { item: 'tn', nameZh: '总氮', unit: 'mg/L', hj212: 'w21001' },
  { item: 'cu', nameZh: '铜', unit: 'mg/L', hj212: 'w20122' },
  { item: 'zn', nameZh: '锌', unit: 'mg/L', hj212: 'w20123' },
  { item: 'fluoride', nameZh: '氟化物', unit: 'mg/L', hj212: 'w21017' },
  { item: 'se', nameZh: '硒', unit: 'mg/L', hj212: 'w20128' },
  { item: 'as', nameZh: '砷', unit: 'mg/L', hj212: 'w20119' },
  { item: 'hg', nameZh: '汞', unit: 'mg/L', hj212: 'w20111' },
  { item: 'cd', nameZh: '镉', unit: 'mg/L', hj212: 'w20115' },
  { item: 'cr6', nameZh: '铬(六价)', unit: 'mg/L', hj212: 'w20117' },
  { item: 'pb', nameZh: '铅', unit: 'mg/L', hj212: 'w20120' },
  { item: 'cyanide', nameZh: '氰化物', unit: 'mg/L', hj212: 'w21016' },
  { item: 'volatile_phenol', nameZh: '挥发酚', unit: 'mg/L', hj212: 'w23002' },
  { item: 'petroleum', nameZh: '石油类', unit: 'mg/L', hj212: 'w22001' },
  { item: 'las', nameZh: '阴离子表面活性剂', unit: 'mg/L', hj212: 'w19002' },
  { item: 'sulfide', nameZh: '硫化物', unit: 'mg/L', hj212: 'w21019' },
  { item: 'fecal_coliform', nameZh: '粪大肠菌群', unit: '个/L', hj212: 'w02003' },
];

/**
 * Items a section class is judged on (地表水环境质量评价办法(试行) 2011, ⚠ item list): 表1 without
 * water temperature, TN and fecal coliform — 21 items.
 */
export const EVALUATED_ITEMS: readonly WaterItem[] = WATER_ITEMS.map((i) => i.item).filter(
  (i) => i !== 'water_temperature' && i !== 'tn' && i !== 'fecal_coliform',
);
