import {
  add,
  div,
  fromInt,
  parseDecimal,
  roundHalfEven,
  sub,
  toFixedExact,
  tryParseDecimal,
  type DecimalInput,
  type Rational,
} from '../exact';
import { EVALUATED_ITEMS, type WaterBody, type WaterItem } from './gb3838-tables';
import { waterLimit } from './gb3838';

const SEVEN = fromInt(7);

/**
 * CWQI of one item (城市地表水环境质量排名技术规定(试行) 2017, ⚠ formulas from one author's code):
 * general items C/C_s with C_s the GB 3838 class-III limit (TP on the lake limit for lake points);
 * DO: C_s/C with C_s = 5; pH ≤ 7: (7 − pH)/(7 − 6), pH > 7: (pH − 7)/(9 − 7).
 * @returns null for items outside the 21 CWQI items or unparseable values
 */
export function cwqiItem(item: WaterItem, value: DecimalInput, waterBody: WaterBody = 'river'): Rational | null {
  const v = tryParseDecimal(value);
  if (v === null || !EVALUATED_ITEMS.includes(item)) return null;
  if (item === 'ph') return v.n <= 7n * v.d ? sub(SEVEN, v) : div(sub(v, SEVEN), fromInt(2));
  const cs = parseDecimal(waterLimit(item, 3, waterBody) as string);
  if (item === 'do') return v.n === 0n ? null : div(cs, v);
  return div(v, cs);
}

export interface CwqiResult {
  /** Σ CWQI(i), exact. */
  value: Rational;
  /** Rounded half to even to 2 decimals. */
  rounded: string;
  items: Partial<Record<WaterItem, Rational>>;
}

/**
 * River or lake CWQI: Σ CWQI(i) over the 21 items present, from the period-mean concentration of each
 * item over the city's sections. Items absent from the sample are left out of the sum.
 */
export function cwqi(
  sample: Partial<Record<WaterItem, DecimalInput | null>>,
  waterBody: WaterBody = 'river',
): CwqiResult {
  let value = fromInt(0);
  const items: Partial<Record<WaterItem, Rational>> = {};
  for (const item of EVALUATED_ITEMS) {
    const raw = sample[item];
    if (raw === null || raw === undefined || raw === '') continue;
    const part = cwqiItem(item, raw, waterBody);
    if (part === null) continue;
    items[item] = part;
    value = add(value, part);
  }
  return { value, rounded: toFixedExact(roundHalfEven(value, 2), 2), items };
}
