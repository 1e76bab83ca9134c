/**
 * The prefix shared by a region and everything below it (GB/T 2260): a province XX0000 → "XX",
 * a city XXXX00 → "XXXX", a county → its full code. Shorter inputs are taken as prefixes already.
 */
export function regionPrefix(code: string): string {
  if (code.length < 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The city (prefecture) code of any region code at or below a city. */
export const cityCodeOf = (code: string): string => `${code.slice(0, 4)}00`;
