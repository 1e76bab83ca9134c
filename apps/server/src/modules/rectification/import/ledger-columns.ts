/**
 * The columns of a ledger spreadsheet: the field name or its usual Chinese header (the departments'
 * ledgers are written in Chinese). Required: item_no, problem, region, lead_unit, acceptance_unit,
 * target, measures, deadline, horizon.
 */
const LEDGER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  item_no: ['序号', '编号', '问题编号'],
  problem: ['问题', '问题描述', '反馈问题'],
  category: ['类别', '问题类别'],
  region: ['地区', '所在地', '行政区'],
  lead_unit: ['整改实施主体', '责任单位', '牵头单位'],
  co_units: ['配合单位'],
  acceptance_unit: ['验收单位'],
  target: ['整改目标'],
  measures: ['整改措施', '重点措施'],
  deadline: ['整改时限', '完成时限'],
  horizon: ['整改类型', '时限类型'],
  station_code: ['监测断面', '断面编码'],
  required_class: ['目标水质类别', '目标类别'],
  complaint_batch_ref: ['信访件批次'],
};

export const REQUIRED_LEDGER_COLUMNS = [
  'item_no',
  'problem',
  'region',
  'lead_unit',
  'acceptance_unit',
  'target',
  'measures',
  'deadline',
  'horizon',
] as const;

const ALIAS = new Map<string, string>(
  Object.entries(LEDGER_COLUMNS).flatMap(([field, names]) => [
    [field, field],
    ...names.map((n) => [n, field] as [string, string]),
  ]),
);

/** The field a header names, or undefined for an unknown column. */
export const fieldOfHeader = (header: string): string | undefined => ALIAS.get(header.trim());

const HORIZON_WORDS: Record<string, 'short' | 'medium' | 'long'> = {
  short: 'short',
  medium: 'medium',
  long: 'long',
  短期: 'short',
  中期: 'medium',
  长期: 'long',
  立行立改: 'short',
  持续推进: 'long',
};
export const horizonOf = (text: string) => HORIZON_WORDS[text.trim().toLowerCase()] ?? HORIZON_WORDS[text.trim()];

const CLASS_WORDS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5 };
/** A water class as written: 3, III, Ⅲ, Ⅲ类. */
export function classOf(text: string): number | undefined {
  const t = text.trim().replace(/类$/, '');
  if (/^[1-5]$/.test(t)) return Number(t);
  return CLASS_WORDS[t.toUpperCase()] ?? CLASS_WORDS[t];
}

/**
 * A deadline as the ledgers write it: 2025-12-31, 2025/12/31, 2025年12月31日, 2025年12月底 (the month's
 * last day), 2025年底 / 2025年年底 (31 December). Undefined when unreadable.
 */
export function deadlineOf(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})年(\d{1,2})月底前?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), lastDay(Number(m[1]), Number(m[2])));
  m = /^(\d{4})年(年)?底前?$/.exec(t);
  if (m) return `${m[1]}-12-31`;
  return undefined;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function valid(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Measures in one cell: split on newlines and Chinese or Latin semicolons, numbering kept as written. */
export const measuresOf = (text: string): string[] =>
  text
    .split(/[\n；;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
