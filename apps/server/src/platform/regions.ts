import { provinceOfName } from './provinces/divisions';

// One rule for server and web: the prefix shared by a region and everything below it.
export { regionPrefix } from '@ecocloud/contracts';

/** The city (prefecture) code of any region code at or below a city. */
export const cityCodeOf = (code: string): string => `${code.slice(0, 4)}00`;

type RegionEntry = { code: string; label: string; labelEn: string | null };

/**
 * A region column of an import: a 6-digit code as given, else a name of the region dictionary
 * (Chinese, or English case-insensitively). A name that two regions share is refused, not guessed.
 */
export function resolveRegion(
  entries: readonly RegionEntry[],
  value: string,
): { code: string } | { error: 'UNKNOWN_REGION' | 'AMBIGUOUS_REGION'; message: string } {
  const v = value.trim();
  if (/^\d{6}$/.test(v)) return { code: v };
  let hits = entries.filter((e) => e.label === v);
  if (hits.length === 0)
    hits = entries.filter((e) => e.labelEn !== null && e.labelEn.toLowerCase() === v.toLowerCase());
  if (hits.length === 1) return { code: hits[0]!.code };
  if (hits.length > 1)
    return {
      error: 'AMBIGUOUS_REGION',
      message: `region name "${v}" matches ${hits.map((h) => h.code).join(', ')}: use the code`,
    };
  if (!v) return { error: 'UNKNOWN_REGION', message: 'region_code is required' };
  const province = provinceOfName(v);
  const hint = province
    ? `${v} is in ${province.name}, which is not set up: run \`ecocloud init --province ${province.code}${province.isCounty ? ' --counties' : ''}\``
    : 'ecocloud init --province … fills the dictionary';
  return {
    error: 'UNKNOWN_REGION',
    message: `unknown region "${v}": not a 6-digit code nor a name in the region dictionary (${hint})`,
  };
}
