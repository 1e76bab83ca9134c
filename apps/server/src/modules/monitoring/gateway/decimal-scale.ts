/** A finite decimal as sent by a logger: optional sign, digits, optional fraction, optional exponent. */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

type Decimal = { sign: bigint; digits: bigint; exp: number };

function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  return { sign: m[1] === '-' ? -1n : 1n, digits: BigInt(int + frac || '0'), exp: Number(m[4] ?? 0) - frac.length };
}

function render(d: Decimal): string {
  const neg = d.sign * d.digits < 0n;
  let s = (d.digits < 0n ? -d.digits : d.digits).toString();
  if (d.exp >= 0) return `${neg ? '-' : ''}${s}${'0'.repeat(d.exp)}`;
  const places = -d.exp;
  if (s.length <= places) s = '0'.repeat(places - s.length + 1) + s;
  return `${neg ? '-' : ''}${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
}

/**
 * value × scale for a device's unit conversion (e.g. ng/m³ → µg/m³ is 0.001), multiplied exactly in
 * decimal and converted to the nearest double once, so `0.1 × 3` stores 0.3 and not 0.30000000000000004.
 * Returns null for text that is not a finite decimal number (kept as value_text only).
 */
export function scaleDecimal(text: string, scale: number): number | null {
  const value = parseDecimal(text);
  if (!value) return null;
  if (scale === 1) return Number(render(value));
  if (!Number.isFinite(scale)) return null;
  // The scale is configuration written in decimal; its shortest round-trip text is that decimal.
  const factor = parseDecimal(String(scale));
  if (!factor) return null;
  const n = Number(
    render({ sign: value.sign * factor.sign, digits: value.digits * factor.digits, exp: value.exp + factor.exp }),
  );
  return Number.isFinite(n) ? n : null;
}
