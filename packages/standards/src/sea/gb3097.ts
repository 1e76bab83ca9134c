import { cmp, parseDecimal, tryParseDecimal, type DecimalInput } from '../exact';

/** GB 3097-1997 class: 1-4 = 第一类…第四类, 5 = worse than class IV (劣四类). */
export type SeaClass = 1 | 2 | 3 | 4 | 5;
export type SeaItem = 'ph' | 'do' | 'cod' | 'bod5' | 'din' | 'phosphate' | 'petroleum';

// Reference §5.1, mg/L. DO/COD/DIN/PO4/oil ☑; pH ranges and BOD5 classes I/III/IV ⚠ background.
const UPPER: Record<Exclude<SeaItem, 'ph' | 'do'>, readonly string[]> = {
  cod: ['2', '3', '4', '5'],
  bod5: ['1', '3', '4', '5'],
  din: ['0.20', '0.30', '0.40', '0.50'],
  phosphate: ['0.015', '0.030', '0.030', '0.045'],
  petroleum: ['0.05', '0.05', '0.30', '0.50'],
};
/** DO must be strictly greater than these ("溶解氧 >"). */
const DO_ABOVE = ['6', '5', '4', '3'] as const;
const PH: readonly (readonly [string, string])[] = [
  ['7.8', '8.5'],
  ['7.8', '8.5'],
  ['6.8', '8.8'],
  ['6.8', '8.8'],
];

export const SEA_CLASS_LABELS = ['第一类', '第二类', '第三类', '第四类', '劣四类'] as const;

/**
 * Sea-water class of one item (GB 3097-1997 表1): the best class whose limit the value meets.
 * The pH clause "and within ±0.2/±0.5 of the area's normal range" needs site data and is not applied.
 * @param value mg/L (pH dimensionless, inorganic nitrogen as N, active phosphate as P)
 */
export function classifySeaItem(item: SeaItem, value: DecimalInput): SeaClass | null {
  const v = tryParseDecimal(value);
  if (v === null) return null;
  for (let i = 0; i < 4; i++) {
    let meets: boolean;
    if (item === 'ph') {
      const [lo, hi] = PH[i] as readonly [string, string];
      meets = cmp(v, parseDecimal(lo)) >= 0 && cmp(v, parseDecimal(hi)) <= 0;
    } else if (item === 'do') {
      meets = cmp(v, parseDecimal(DO_ABOVE[i] as string)) > 0;
    } else {
      meets = cmp(v, parseDecimal(UPPER[item][i] as string)) <= 0;
    }
    if (meets) return (i + 1) as SeaClass;
  }
  return 5;
}

/** Overall class of a sea-water sample: the worst item class (single factor); null with no item. */
export function classifySeaSample(sample: Partial<Record<SeaItem, DecimalInput | null>>): {
  seaClass: SeaClass | null;
  items: Partial<Record<SeaItem, SeaClass>>;
} {
  const items: Partial<Record<SeaItem, SeaClass>> = {};
  for (const [item, raw] of Object.entries(sample) as [SeaItem, DecimalInput | null][]) {
    if (raw === null || raw === '') continue;
    const c = classifySeaItem(item, raw);
    if (c !== null) items[item] = c;
  }
  const classes = Object.values(items);
  return { seaClass: classes.length ? (Math.max(...classes) as SeaClass) : null, items };
}
