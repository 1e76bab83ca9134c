import { shanghaiDate } from '../../../platform/time-zone';
import { instantOf } from '../../../platform/import-export/import-runner';

/**
 * The register's import columns (one row per permit × outlet × pollutant, as the national permit
 * platform exports it) and the Chinese headers accepted for each.
 */
const IMPORT_COLUMNS = {
  uscc: ['统一社会信用代码'],
  name: ['单位名称'],
  industry_code: ['行业代码', '行业类别'],
  region_code: ['行政区划代码'],
  address: ['地址', '生产经营场所地址'],
  lon: ['经度'],
  lat: ['纬度'],
  category: ['管理类别'],
  permit_no: ['许可证编号'],
  valid_from: ['有效期起', '有效期自'],
  valid_to: ['有效期止', '有效期至'],
  outlet_code: ['排放口编号'],
  outlet_name: ['排放口名称'],
  outlet_kind: ['排放口类型'],
  pollutant: ['污染物', '污染物种类'],
  conc_limit: ['许可排放浓度'],
  conc_unit: ['浓度单位'],
  amount_limit_t_a: ['许可排放量(t/a)', '年许可排放量'],
  standard: ['执行标准'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** Columns every file must have (the outlet and limit columns may be absent for a register without them). */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'uscc',
  'name',
  'industry_code',
  'region_code',
  'category',
  'permit_no',
  'valid_from',
  'valid_to',
];

/** Full-width brackets as Chinese spreadsheets write them: 许可排放量（t/a） is 许可排放量(t/a). */
const normalHeader = (h: string) => h.trim().replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

const COLUMN_OF = new Map<string, ImportColumn>(
  (Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]).flatMap(([column, aliases]) =>
    [column, ...aliases].map((a) => [normalHeader(a), column] as [string, ImportColumn]),
  ),
);

/** The canonical column of a header cell (its name or a Chinese alias), or undefined for an unknown one. */
export const columnOf = (header: string): ImportColumn | undefined => COLUMN_OF.get(normalHeader(header));

/** A row re-keyed by canonical column; cells trimmed. */
export function canonicalRow(record: Record<string, string>): Partial<Record<ImportColumn, string>> {
  const out: Partial<Record<ImportColumn, string>> = {};
  for (const [header, value] of Object.entries(record)) {
    const column = columnOf(header);
    if (column) out[column] = (value ?? '').trim();
  }
  return out;
}

const CATEGORY_WORDS: Record<string, 'key' | 'simplified' | 'registration'> = {
  key: 'key',
  simplified: 'simplified',
  registration: 'registration',
  重点管理: 'key',
  简化管理: 'simplified',
  登记管理: 'registration',
  重点: 'key',
  简化: 'simplified',
  登记: 'registration',
};
export const categoryOf = (text: string) => CATEGORY_WORDS[text.trim().toLowerCase()];

const KIND_WORDS: Record<string, 'gas' | 'water'> = {
  gas: 'gas',
  water: 'water',
  废气: 'gas',
  废水: 'water',
  废气排放口: 'gas',
  废水排放口: 'water',
};
/** The outlet kind from its column, else from the code as permits write it (DA… air, DW… water). */
export function outletKindOf(text: string, code: string): 'gas' | 'water' | undefined {
  if (text) return KIND_WORDS[text.trim().toLowerCase()];
  if (/^DA/i.test(code)) return 'gas';
  if (/^DW/i.test(code)) return 'water';
  return undefined;
}

/**
 * A date cell as YYYY-MM-DD: 2025-01-01, 2025/1/1, 2025年1月1日 or an XLSX date (read as Beijing time);
 * null when it is not a date that exists.
 */
export function dateOf(text: string): string | null {
  const t = text.trim().replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, '$1-$2-$3');
  const instant = instantOf(t);
  return instant ? shanghaiDate(instant) : null;
}

/** A number cell: undefined when empty, NaN when not a number. */
export function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : Number.NaN;
}
