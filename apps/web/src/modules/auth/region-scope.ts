import type { Me } from '@ecocloud/contracts';

/** The code prefix a region and everything below it share: 450000 → 45, 450200 → 4502 (as the server's regionPrefix). */
export function regionPrefix(code: string): string {
  if (code.length < 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * Mirrors the server's region scope of the assessment figures: scope 'all' sees every region,
 * anyone else their own organisation's region and below. The web uses it to ask only for what
 * the server will answer (a 柳州 officer's dashboard never asks for 崇左); the server still enforces it.
 */
export function canSeeRegion(me: Pick<Me, 'scope' | 'regionCode'> | null | undefined, regionCode: string): boolean {
  if (!me) return false;
  return me.scope === 'all' || regionCode.startsWith(regionPrefix(me.regionCode));
}

/**
 * The city a page opens on: the user's own city when it is one of the choices, else the first
 * choice in scope (ranked order), else nothing.
 */
export function defaultCity(me: Pick<Me, 'scope' | 'regionCode'> | null | undefined, choices: readonly string[]): string | undefined {
  if (!me) return undefined;
  const own = `${me.regionCode.slice(0, 4)}00`;
  if (choices.includes(own)) return own;
  return choices.find((code) => canSeeRegion(me, code));
}
