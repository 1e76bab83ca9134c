import type { ProfileKey } from './demo-profiles';

/**
 * The demo register: about sixty fictitious enterprises across Guangxi's cities and industries. Names
 * are made of a place, an invented word and the industry's suffix (see demo-names.ts); none is meant
 * to be a real company. The two 示范 units are the ones the monitoring demo has HJ 212 loggers for;
 * the outlets with the other `GXDEMO…` MNs get theirs from the compliance demo (compliance/demo/), which
 * feeds them with its profiles (one exceeding, one flat-lining, one marking maintenance while operating).
 */

/** What happens to an enterprise's permit in the demo, relative to the demo's today. */
export type Scenario = {
  /** The permit expires this many days after today (negative: expired that long ago, not renewed). */
  expiresIn?: number;
  /** The unit filed its renewal application (a `renewal_filed` event). */
  renewalFiled?: boolean;
  /** The permit expired about 100 days ago and was renewed for five years before that. */
  renewed?: boolean;
  /** Revoked about eight months ago. */
  revoked?: boolean;
  /** A change (变更) recorded, with its note. */
  changed?: string;
  /** The latest report of this frequency that fell due was submitted late. */
  late?: 'annual' | 'quarterly' | 'monthly';
  /** The latest report of this frequency that fell due was never submitted. */
  missing?: 'annual' | 'quarterly';
};

export type EnterpriseSpec = {
  profile: ProfileKey;
  industry: string;
  region: string;
  category: 'key' | 'simplified' | 'registration';
  /** Scales the annual amounts of the main outlets. */
  size: number;
  /** A fixed name (the units other demo data refers to); generated otherwise. */
  name?: string;
  /** HJ 212 MNs per outlet code: the monitoring demo's loggers. */
  mns?: Record<string, string>;
  /** The enterprise whose own organisation (kind `enterprise`) the demo's enterprise user belongs to. */
  ownOrg?: boolean;
  /** Reports monthly as well (a large wastewater plant). */
  monthly?: boolean;
  scenario?: Scenario;
};

const e = (
  profile: ProfileKey,
  industry: string,
  region: string,
  category: EnterpriseSpec['category'],
  size: number,
  more: Partial<EnterpriseSpec> = {},
): EnterpriseSpec => ({ profile, industry, region, category, size, ...more });

export const DEMO_ENTERPRISES: EnterpriseSpec[] = [
  // The unit the demo's enterprise user belongs to, with the stack the monitoring demo's logger S1 reports for.
  e('power', '4412', '450103', 'key', 0.6, {
    name: '南宁示范热电有限公司',
    ownOrg: true,
    mns: { DA001: 'GXDEMO0000000000000000S1' },
    scenario: { expiresIn: 70 },
  }),
  e('steel', '3120', '450200', 'key', 1, {
    name: '柳州示范钢铁有限公司',
    mns: { DW001: 'GXDEMO0000000000000000W1' },
  }),
  // thermal power
  e('power', '4411', '450700', 'key', 1.6, { scenario: { renewed: true }, mns: { DA001: 'GXDEMO0000000000000000S2' } }),
  e('power', '4411', '450600', 'key', 1.8, { mns: { DA001: 'GXDEMO0000000000000000S3' } }),
  e('power', '4411', '450800', 'key', 1.2, { mns: { DA001: 'GXDEMO0000000000000000S4' } }),
  e('power', '4411', '450521', 'key', 1.0, { scenario: { changed: '法定代表人变更' } }),
  // cement
  e('cement', '3011', '450800', 'key', 1.5, {
    scenario: { expiresIn: 41, renewalFiled: true },
    mns: { DA001: 'GXDEMO0000000000000000S5' },
  }),
  e('cement', '3011', '450800', 'key', 1.1),
  e('cement', '3011', '450200', 'key', 1.3, {
    scenario: { changed: '法定代表人变更' },
    mns: { DA001: 'GXDEMO0000000000000000S6' },
  }),
  e('cement', '3011', '450323', 'key', 0.9),
  // Wuzhou, not Guilin: the compliance tests build their own loggers in Guilin and count the city's outlets.
  e('cement', '3011', '450400', 'key', 0.8, { mns: { DA001: 'GXDEMO0000000000000000S7' } }),
  e('cement', '3011', '451000', 'key', 1.0, { scenario: { late: 'quarterly' } }),
  e('cement', '3011', '451200', 'key', 0.7),
  e('cement', '3011', '451400', 'key', 0.9),
  // pulp and paper
  e('pulp', '2211', '450700', 'key', 1.4),
  e('pulp', '2211', '450500', 'key', 1.2),
  e('pulp', '2211', '451100', 'key', 0.6),
  e('paper', '2221', '450400', 'key', 1.0, { scenario: { expiresIn: 86 } }),
  e('paper', '2221', '450900', 'key', 0.8, { scenario: { late: 'annual' } }),
  e('paper', '2221', '450102', 'simplified', 0.4),
  // cane sugar
  e('sugar', '1340', '451400', 'key', 1.5, { scenario: { expiresIn: 18 } }),
  e('sugar', '1340', '451400', 'key', 1.3),
  e('sugar', '1340', '451400', 'key', 1.1),
  e('sugar', '1340', '451300', 'key', 1.2, { scenario: { changed: '新增排放口' } }),
  e('sugar', '1340', '451300', 'key', 0.9),
  e('sugar', '1340', '450100', 'key', 1.0, { scenario: { late: 'annual' } }),
  e('sugar', '1340', '451000', 'key', 0.8),
  e('sugar', '1340', '450200', 'key', 1.0),
  e('sugar', '1340', '450600', 'simplified', 0.5),
  e('sugar', '1340', '450800', 'simplified', 0.5),
  // non-ferrous smelting
  e('leadZinc', '3212', '451200', 'key', 1.2),
  e('leadZinc', '3212', '451200', 'key', 0.9, { scenario: { expiresIn: -35 } }),
  e('leadZinc', '3212', '451300', 'key', 1.0),
  e('aluminium', '3216', '451000', 'key', 1.5, { scenario: { changed: '单位名称变更' } }),
  e('aluminium', '3216', '451000', 'key', 1.1),
  e('copper', '3211', '450600', 'key', 1.4),
  e('copper', '3211', '450400', 'key', 0.7),
  // municipal wastewater
  e('wwtp', '4620', '450100', 'key', 1.6, {
    scenario: { changed: '提标改造，新增深度处理单元' },
    mns: { DW001: 'GXDEMO0000000000000000W2' },
  }),
  e('wwtp', '4620', '450200', 'key', 1.2, { scenario: { expiresIn: 57 } }),
  e('wwtp', '4620', '450300', 'key', 1.0),
  e('wwtp', '4620', '450900', 'key', 0.8, { monthly: true, scenario: { late: 'monthly' } }),
  e('wwtp', '4620', '450500', 'simplified', 0.3),
  e('wwtp', '4620', '451100', 'simplified', 0.3),
  e('wwtp', '4620', '450321', 'simplified', 0.2),
  e('wwtp', '4620', '451300', 'simplified', 0.3),
  e('wwtp', '4620', '451400', 'simplified', 0.2),
  // chemicals
  e('chemical', '2614', '450700', 'key', 1.3),
  e('chemical', '2614', '450700', 'key', 1.0, { scenario: { missing: 'quarterly' } }),
  e('chemical', '2619', '450200', 'key', 0.9),
  e('chemical', '2619', '451200', 'simplified', 0.4, { scenario: { revoked: true } }),
  e('fertiliser', '2621', '450200', 'key', 1.1),
  e('fertiliser', '2621', '450500', 'simplified', 0.5),
  // others
  e('incineration', '4417', '450100', 'key', 1.0),
  e('incineration', '4417', '450300', 'key', 0.8, { scenario: { missing: 'annual' } }),
  e('plating', '3360', '450900', 'key', 0.5),
  e('plating', '3360', '451100', 'simplified', 0.3),
  e('dyeing', '1713', '450900', 'simplified', 0.4, { scenario: { missing: 'annual' } }),
  e('pigFarm', '0313', '450800', 'registration', 0.3),
  e('pigFarm', '0313', '450900', 'registration', 0.3),
  e('pigFarm', '0313', '451200', 'registration', 0.2),
  e('lime', '3012', '451100', 'registration', 0.2),
];

/** City centres (WGS-84) and short names the demo places enterprises around; counties use their own. */
export const DEMO_PLACES: Record<string, { short: string; lon: number; lat: number }> = {
  '450100': { short: '南宁', lon: 108.37, lat: 22.82 },
  '450102': { short: '兴宁', lon: 108.37, lat: 22.87 },
  '450103': { short: '青秀', lon: 108.49, lat: 22.79 },
  '450200': { short: '柳州', lon: 109.42, lat: 24.33 },
  '450300': { short: '桂林', lon: 110.29, lat: 25.27 },
  '450321': { short: '阳朔', lon: 110.49, lat: 24.78 },
  '450323': { short: '灵川', lon: 110.33, lat: 25.41 },
  '450400': { short: '梧州', lon: 111.28, lat: 23.48 },
  '450500': { short: '北海', lon: 109.12, lat: 21.48 },
  '450521': { short: '合浦', lon: 109.2, lat: 21.66 },
  '450600': { short: '防城港', lon: 108.35, lat: 21.69 },
  '450700': { short: '钦州', lon: 108.65, lat: 21.98 },
  '450800': { short: '贵港', lon: 109.6, lat: 23.11 },
  '450900': { short: '玉林', lon: 110.18, lat: 22.65 },
  '451000': { short: '百色', lon: 106.62, lat: 23.9 },
  '451100': { short: '贺州', lon: 111.57, lat: 24.4 },
  '451200': { short: '河池', lon: 108.09, lat: 24.69 },
  '451300': { short: '来宾', lon: 109.22, lat: 23.75 },
  '451400': { short: '崇左', lon: 107.36, lat: 22.38 },
};
