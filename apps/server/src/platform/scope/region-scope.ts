import { AppError } from '@ecocloud/contracts';
import type { Actor } from '../../http/actor';
import { regionPrefix } from '../regions';

/**
 * The platform's data scope for records keyed by region code instead of an owning organisation
 * (figures aggregated over stations, such as assessment's evaluations, targets and bulletins):
 * the same actor scope as `scopePredicate` in data-scope.ts, read through the actor's region. A
 * caller with scope 'all' sees every region; others see their own organisation's region and below
 * (a city officer: its city and counties). Province-wide rankings are public anyway and are not filtered.
 */
export function canSeeRegion(actor: Actor, regionCode: string): boolean {
  return actor.scope === 'all' || regionCode.startsWith(regionPrefix(actor.regionCode));
}

/** Reads outside the scope look like absent records (404), as elsewhere in the API. */
export function assertRegionInScope(actor: Actor, regionCode: string): void {
  if (!canSeeRegion(actor, regionCode))
    throw new AppError('REGION_NOT_FOUND', `region ${regionCode} not found in your scope`);
}

/** The region prefix a list is limited to: none for 'all', else the actor's region. */
export const scopePrefixOf = (actor: Actor): string | undefined =>
  actor.scope === 'all' ? undefined : regionPrefix(actor.regionCode);
