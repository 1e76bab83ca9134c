import type { PermitLimit } from '../exceedance';
import { judgeExact, judgeFloat, limitNumbers, REL_MARGIN, type Judged } from './decide';
import { unscale } from './scaled';

/**
 * The stored path on hourly columns: valid hourly values already judged valid (NaN = invalid or
 * missing hour) → exceedance, multiple and emitted amounts by day, identical to `judgeHour` and
 * `hourlyAmountKg` + `sumAmounts` (fast.test.ts). Hour h of the column belongs to day ⌊h / 24⌋,
 * so the column starts at local midnight.
 */
export interface HourlyColumn {
  /** Value × 10^decimals, exact integers; NaN = no valid hour. */
  readonly values: Float64Array;
  readonly decimals: number;
}

export interface HourlyJudgement {
  /** 1 exceeded, 0 complied, 2 not judged (no valid value). */
  readonly exceeded: Uint8Array;
  /** Multiple × 10^M rounded half to even; NaN when none. */
  readonly multiple: Float64Array;
  exceedingHours: number;
  exactHours: number;
  /**
   * Emitted amount per day as an exact integer: kg × 10^(D + Dflow + 6) (C mg/m³ × Q m³/h / 10⁶),
   * over hours whose concentration and flow are both valid; empty without a flow column.
   */
  readonly dayAmount: bigint[];
  readonly amountDecimals: number;
}

const SAFE = 2 ** 53;

export function judgeHourlyColumn(
  c: HourlyColumn,
  limit: PermitLimit,
  multipleDecimals: number,
  flow: HourlyColumn | null = null,
): HourlyJudgement {
  const hours = c.values.length;
  if (flow && flow.values.length !== hours) throw new RangeError('flow and concentration need the same hours');
  const out: HourlyJudgement = {
    exceeded: new Uint8Array(hours),
    multiple: new Float64Array(hours),
    exceedingHours: 0,
    exactHours: 0,
    dayAmount: [],
    amountDecimals: c.decimals + (flow?.decimals ?? 0) + 6,
  };
  const lim = limitNumbers(limit);
  const scaleD = 10 ** c.decimals;
  const scaleM = 10 ** multipleDecimals;
  const judged: Judged = { rounded: 0, exceeded: false, multiple: Number.NaN };
  const compliant: Judged = { rounded: 0, exceeded: false, multiple: Number.NaN };
  const maxOnly = limit.kind === 'max';
  const values = c.values;
  const flowValues = flow?.values;
  // Per-day amount: a double while every partial sum is an integer below 2^53, else bigint.
  let acc = 0;
  let accBig = 0n;
  for (let h = 0; h < hours; h++) {
    const v = values[h] as number;
    if (v === v) {
      const x = v / scaleD;
      // The common case, clearly below a max limit (same margin as judgeFloat): compliant, no call.
      const fast =
        maxOnly && x - lim.max < -(Math.abs(x) + Math.abs(lim.max)) * REL_MARGIN
          ? compliant
          : judgeFloat(x, lim, 0, scaleM, judged);
      if (fast === undefined) {
        out.exactHours++;
        judgeExact(unscale(v, c.decimals), limit, null, multipleDecimals, judged);
      }
      const j = fast ?? judged;
      out.exceeded[h] = j.exceeded ? 1 : 0;
      out.multiple[h] = j.multiple;
      if (j.exceeded) out.exceedingHours++;
      if (flowValues) {
        const q = flowValues[h] as number;
        if (q === q) {
          const prod = v * q;
          if (Math.abs(prod) < SAFE && Math.abs(acc) + Math.abs(prod) < SAFE) acc += prod;
          else accBig += BigInt(v) * BigInt(q);
        }
      }
    } else {
      out.exceeded[h] = 2;
      out.multiple[h] = Number.NaN;
    }
    if (flowValues && (h % 24 === 23 || h === hours - 1)) {
      out.dayAmount.push(BigInt(acc) + accBig);
      acc = 0;
      accBig = 0n;
    }
  }
  return out;
}
