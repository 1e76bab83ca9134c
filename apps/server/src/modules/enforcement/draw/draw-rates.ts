/**
 * What a draw plan draws, as data (regulation reference §8). Rates differ by province and level, so
 * a plan carries its own; the preset below is an example a jurisdiction starts from and edits.
 */

/** The object library (一单两库): key units (重点排污单位), special objects (特殊监管对象), general units. */
export type ObjectLibrary = 'key' | 'special' | 'general';

/** How a positive-list (正面清单) unit is checked instead of a visit (环办执法〔2021〕10号, ☑). */
export type NonSiteCheck = 'online_data' | 'video' | 'power_use';

export type DrawRate = {
  library: ObjectLibrary;
  /** Share of the library's units to draw in the period, a decimal percent ('25', '2.5'); rounded up. */
  percent: string;
  /** At least this many units (e.g. a fixed count), never more than the library holds. */
  minimum?: number;
};

/** Checks that replace the visit for positive-list units (online monitoring, video, power use). */
export const DEFAULT_NON_SITE_CHECKS: readonly NonSiteCheck[] = ['online_data', 'video', 'power_use'];

/**
 * A county-level quarterly plan. Key units ≥ 25 % a quarter is ☑ (Guangdong; Chizhou; Fuzhou;
 * Yicheng 2024). Special 15 % a quarter (Chizhou) and general 2 % a quarter (Yicheng) are ⚠ single
 * sources: Fuzhou covers special objects fully every quarter, Guangdong sets general units by staff
 * ratio (county 1 inspector : 10 units a year).
 */
export const COUNTY_QUARTER_RATES: readonly (DrawRate & { mark: '☑' | '⚠' })[] = [
  { library: 'key', percent: '25', mark: '☑' },
  { library: 'special', percent: '15', mark: '⚠' },
  { library: 'general', percent: '2', mark: '⚠' },
];

/** Inspectors sent to each drawn unit (two officers: common practice and 行政处罚法 §42 for a visit; ⚠). */
export const DEFAULT_INSPECTORS_PER_OBJECT = 2;
