const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Units inside a group of four digits, from the ones up. */
const PLACES = ['', '拾', '佰', '仟'] as const;
/** Units of the groups of four digits, from the ones up (up to 千万亿, beyond any fine). */
const GROUPS = ['', '万', '亿', '万亿'] as const;

/**
 * A whole amount of yuan in Chinese capital numerals (大写金额), as written on decisions and payment
 * forms: 200000 → 贰拾万元整, 1010 → 壹仟零壹拾元整. Zeros inside the number are read once as 零
 * (1001000 → 壹佰万零壹仟元整), trailing zeros not at all. An amount of 10–19 yuan begins with 拾 (拾元整),
 * as the department's worked values write it; a 拾 further down keeps its 壹 (壹拾万元整). Fines are
 * rounded to the yuan by the discretion rules, so fractions are refused rather than dropped.
 */
export function capitalYuan(yuan: number): string {
  if (!Number.isSafeInteger(yuan) || yuan < 0) throw new RangeError(`not a whole, non-negative yuan amount: ${yuan}`);
  if (yuan === 0) return '零元整';
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  if (groups.length > GROUPS.length) throw new RangeError(`amount too large: ${yuan}`);
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    for (let p = 3; p >= 0; p--) {
      const digit = Math.floor(group / 10 ** p) % 10;
      if (digit === 0) {
        // A zero is read only when a non-zero digit follows it, once for a run of zeros.
        if (out) zeroPending = true;
        continue;
      }
      if (zeroPending) out += '零';
      zeroPending = false;
      out += DIGITS[digit] + PLACES[p]!;
    }
    if (group !== 0) out += GROUPS[g]!;
  }
  if (yuan >= 10 && yuan < 20) out = out.slice(1);
  return `${out}元整`;
}
