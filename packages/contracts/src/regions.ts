/**
 * The code prefix a region and everything below it share (GB/T 2260): 450000 → 45, 450200 → 4502,
 * 450203 → 450203. Server and web scope regions by it.
 */
export function regionPrefix(code: string): string {
  if (code.length < 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
