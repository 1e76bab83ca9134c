import { cmp, div, parseDecimal, sub, tryParseDecimal, type DecimalInput, type Rational } from '../exact';
import {
  EVALUATED_ITEMS,
  GB3838_LIMITS,
  PH_RANGE,
  TP_LIMITS,
  type WaterBody,
  type WaterClass,
  type WaterItem,
} from './gb3838-tables';

const LABELS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'] as const;
const LATIN = ['I', 'II', 'III', 'IV', 'V'] as const;

/** Class label with Roman numerals as published: Ⅰ … Ⅴ, 劣Ⅴ. */
export const waterClassLabel = (c: WaterClass): string => LABELS[c - 1] as string;

/** Parse "Ⅲ", "III", "3", "Ⅲ类", "劣Ⅴ", "劣V" (sources mix Latin and Roman numerals); null if unknown. */
export function parseWaterClass(text: string): WaterClass | null {
  const t = text.trim().replace(/类$/, '').toUpperCase();
  if (/^劣(Ⅴ|V|5)$/.test(t)) return 6;
  const roman = LABELS.indexOf(t as (typeof LABELS)[number]);
  if (roman >= 0 && roman < 5) return (roman + 1) as WaterClass;
  const latin = LATIN.indexOf(t as (typeof LATIN)[number]);
  if (latin >= 0) return (latin + 1) as WaterClass;
  return /^[1-6]$/.test(t) ? (Number(t) as WaterClass) : null;
}

/** Status words of a class (⚠ background): I-II 优, III 良好, IV 轻度污染, V 中度污染, 劣V 重度污染. */
export function waterStatus(c: WaterClass): { zh: string; en: string } {
  if (c <= 2) return { zh: '优', en: 'Excellent' };
  return [
    { zh: '良好', en: 'Good' },
    { zh: '轻度污染', en: 'Lightly polluted' },
    { zh: '中度污染', en: 'Moderately polluted' },
    { zh: '重度污染', en: 'Heavily polluted' },
  ][c - 3] as { zh: string; en: string };
}

/** The class-`c` limit of an item (upper bound; lower bound for DO) as a decimal string; undefined for pH/water temperature. */
export function waterLimit(item: WaterItem, c: 1 | 2 | 3 | 4 | 5, waterBody: WaterBody = 'river'): string | undefined {
  if (item === 'tp') return TP_LIMITS[waterBody][c - 1];
  if (item === 'ph' || item === 'water_temperature') return undefined;
  return GB3838_LIMITS[item][c - 1];
}

/**
 * Class of one item value (GB 3838-2002 表1): the best class whose limit the value meets
 * (≤ for pollutants, ≥ for DO; pH within 6-9 is class I, outside is 劣V). Null for water temperature
 * (judged on man-made change, not on a value) and for unparseable values. mg/L (fecal coliform 个/L).
 */
export function classifyItem(item: WaterItem, value: DecimalInput, waterBody: WaterBody = 'river'): WaterClass | null {
  const v = tryParseDecimal(value);
  if (v === null || item === 'water_temperature') return null;
  if (item === 'ph') {
    return cmp(v, parseDecimal(PH_RANGE[0])) >= 0 && cmp(v, parseDecimal(PH_RANGE[1])) <= 0 ? 1 : 6;
  }
  for (let c = 1; c <= 5; c++) {
    const limit = parseDecimal(waterLimit(item, c as 1, waterBody) as string);
    const meets = item === 'do' ? cmp(v, limit) >= 0 : cmp(v, limit) <= 0;
    if (meets) return c as WaterClass;
  }
  return 6;
}

/**
 * Exceedance multiple (超标倍数) against the limit of `target`: (value − limit) / limit; null when the
 * value meets it, and for pH and DO, where the ratio has no meaning (platform choice: reported without).
 */
export function exceedanceMultiple(
  item: WaterItem,
  value: DecimalInput,
  target: 1 | 2 | 3 | 4 | 5,
  waterBody: WaterBody = 'river',
): Rational | null {
  if (item === 'ph' || item === 'do') return null;
  const limitText = waterLimit(item, target, waterBody);
  if (limitText === undefined) return null;
  const limit = parseDecimal(limitText);
  const v = parseDecimal(value);
  return cmp(v, limit) > 0 ? div(sub(v, limit), limit) : null;
}

export interface SectionClassOptions {
  waterBody?: WaterBody;
  /** Items judged; default EVALUATED_ITEMS (21). Add 'tn' for a lake's separate TN evaluation. */
  items?: readonly WaterItem[];
}

export interface SectionClass {
  /** Worst class over the evaluated items present; null when none is present. */
  waterClass: WaterClass | null;
  itemClasses: Partial<Record<WaterItem, WaterClass>>;
  /** Items that set the class (worst), in item order. */
  worstItems: WaterItem[];
}

/** Section (sample) class by the single-factor method: the worst item class (评价办法 2011). */
export function classifySection(
  sample: Partial<Record<WaterItem, DecimalInput | null>>,
  opts: SectionClassOptions = {},
): SectionClass {
  const itemClasses: Partial<Record<WaterItem, WaterClass>> = {};
  for (const item of opts.items ?? EVALUATED_ITEMS) {
    const raw = sample[item];
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const c = classifyItem(item, raw, opts.waterBody);
    if (c !== null) itemClasses[item] = c;
  }
  const classes = Object.values(itemClasses);
  if (classes.length === 0) return { waterClass: null, itemClasses, worstItems: [] };
  const worst = Math.max(...classes) as WaterClass;
  const worstItems = (Object.keys(itemClasses) as WaterItem[]).filter((i) => itemClasses[i] === worst);
  return { waterClass: worst, itemClasses, worstItems };
}

/** µg/L → mg/L exactly (HJ 212 sends several metals in µg/L; GB 3838 is in mg/L). */
export const ugPerLToMgPerL = (v: DecimalInput): Rational => div(parseDecimal(v), parseDecimal('1000'));
/** mg/L → µg/L exactly. */
export const mgPerLToUgPerL = (v: DecimalInput): Rational => div(parseDecimal(v), parseDecimal('0.001'));
