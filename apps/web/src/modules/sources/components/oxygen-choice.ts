import {
  OXYGEN_STANDARDS,
  oxygenSourceTypesOf,
  referenceOxygen,
  type OxygenReference,
  type OxygenSourceType,
  type OxygenStandard,
} from '@ecocloud/standards';

/**
 * The standard an outlet names, as written (`GB 13271-2014`) or as its id (`GB13271-2014`), among those
 * that set a reference O₂; the server matches it the same way (outlets/outlet-view.ts).
 */
function oxygenStandardOf(standard: string | undefined): OxygenStandard | undefined {
  const compact = (standard ?? '').replace(/\s+/g, '').toUpperCase();
  if (!compact) return undefined;
  return OXYGEN_STANDARDS.find((s) => s.id === compact || s.code.replace(/\s+/g, '') === compact);
}

/** The source types the outlet's standard sets a reference O₂ for; none for water or other standards. */
export function sourceTypesFor(kind: string | undefined, standard: string | undefined): OxygenSourceType[] {
  const std = kind === 'gas' ? oxygenStandardOf(standard) : undefined;
  return std ? oxygenSourceTypesOf(std.id) : [];
}

/** The reference O₂ the choice implies, as the server will compute it; undefined when none applies. */
export function impliedOxygen(
  kind: string | undefined,
  standard: string | undefined,
  sourceType: string | null | undefined,
): OxygenReference | undefined {
  const std = oxygenStandardOf(standard);
  if (!std || !sourceType || !sourceTypesFor(kind, standard).includes(sourceType as OxygenSourceType)) return undefined;
  return referenceOxygen(std.id, sourceType as OxygenSourceType);
}
