import { regionPrefix, type Me } from '@ecocloud/contracts';

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
export function defaultCity(
  me: Pick<Me, 'scope' | 'regionCode'> | null | undefined,
  choices: readonly string[],
): string | undefined {
  if (!me) return undefined;
  const own = `${me.regionCode.slice(0, 4)}00`;
  if (choices.includes(own)) return own;
  return choices.find((code) => canSeeRegion(me, code));
}
