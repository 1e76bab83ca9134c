/**
 * A second, independent IAQI implementation used only by tests. It deliberately shares no code with
 * iaqi.ts / exact.ts: concentrations are turned into integers of 1/10000 unit by string surgery,
 * the table is re-typed from the reference §1.1 as numbers, and the ceiling is an integer division.
 */
type Std = '2012' | '2026';

const STEPS = [0, 50, 100, 150, 200, 300, 400, 500];
const TABLE: Record<string, number[]> = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm10_2012: [0, 50, 150, 250, 350, 420, 500, 600],
  pm10_2026: [0, 50, 120, 250, 350, 420, 500, 600],
  pm2_5_2012: [0, 35, 75, 115, 150, 250, 350, 500],
  pm2_5_2026: [0, 35, 60, 115, 150, 250, 350, 500],
};

const SCALE = 10000n;

/** "12.34" → 123400n (units of 1/10000); at most 4 decimals. */
function toTenThousandths(text: string): bigint {
  const [int = '0', frac = ''] = text.split('.');
  if (frac.length > 4) throw new Error('reference supports 4 decimals');
  return BigInt(int || '0') * SCALE + BigInt(frac.padEnd(4, '0'));
}

function column(indicator: string, std: Std): number[] {
  const base = indicator.replace(/_(1h|24h)$/, '');
  if (base === 'pm10' || base === 'pm2_5') return TABLE[`${base}_${std}`] as number[];
  return TABLE[indicator] as number[];
}

/** Reference IAQI without the >800 and rounding rules; null above the top of the column. */
export function referenceIaqi(indicator: string, text: string, std: Std): number | null {
  const c = toTenThousandths(text);
  const bp = column(indicator, std).map((b) => BigInt(b) * SCALE);
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i] as bigint;
    const lo = bp[i - 1] as bigint;
    if (c > hi) continue;
    const span = BigInt((STEPS[i] as number) - (STEPS[i - 1] as number));
    const num = span * (c - lo);
    const den = hi - lo;
    return (STEPS[i - 1] as number) + Number((num + den - 1n) / den);
  }
  return null;
}

/** The naive double-precision formula public code uses (reference §1.5 pitfall 1). */
export function naiveFloatIaqi(indicator: string, c: number, std: Std): number | null {
  const bp = column(indicator, std);
  for (let i = 1; i < bp.length; i++) {
    if (c > (bp[i] as number)) continue;
    const lo = bp[i - 1] as number;
    const hi = bp[i] as number;
    return Math.ceil(
      (((STEPS[i] as number) - (STEPS[i - 1] as number)) / (hi - lo)) * (c - lo) + (STEPS[i - 1] as number),
    );
  }
  return null;
}
