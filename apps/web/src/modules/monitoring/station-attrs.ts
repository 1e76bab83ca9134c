import type { StationKind } from './types';

/** Attributes the station form offers; each kind shows only those that mean something for it. */
export type AttrField =
  | 'intervalSeconds'
  | 'isEvaluation'
  | 'nationalCode'
  | 'targetClass'
  | 'isNationallyAssessed'
  | 'waterBody'
  | 'river'
  | 'basin'
  | 'noiseZone'
  | 'backgroundMin'
  | 'backgroundMax';

const AIR: AttrField[] = ['intervalSeconds', 'isEvaluation', 'nationalCode'];
const WATER: AttrField[] = ['intervalSeconds', 'targetClass', 'isNationallyAssessed', 'waterBody', 'river', 'basin'];

export const ATTR_FIELDS_BY_KIND: Record<StationKind, readonly AttrField[]> = {
  air_national: AIR,
  air_provincial: AIR,
  air_micro: ['intervalSeconds'],
  water_river: WATER,
  water_lake: WATER,
  drinking_source: ['intervalSeconds', 'targetClass', 'waterBody', 'river', 'basin'],
  // GB 3097 has four sea-water classes; the same attribute carries them.
  sea: ['intervalSeconds', 'targetClass', 'isNationallyAssessed'],
  noise: ['intervalSeconds', 'noiseZone'],
  radiation: ['intervalSeconds', 'backgroundMin', 'backgroundMax'],
  source_outlet: ['intervalSeconds'],
};

const ALL_FIELDS = new Set<string>(Object.values(ATTR_FIELDS_BY_KIND).flat());

/** The highest target class per kind: GB 3838 classes I–V plus 6 for "worse than V"; GB 3097 I–IV. */
export function maxTargetClass(kind: StationKind): number {
  return kind === 'sea' ? 4 : 6;
}

/**
 * The attrs to save: the form's values for the fields of `kind` (empty ones dropped), fields of
 * other kinds removed (a river's target class means nothing once the point is re-typed as noise),
 * and keys the form does not know (imported extras) kept as they were.
 */
export function mergeAttrs(
  kind: StationKind,
  original: Record<string, unknown>,
  form: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(original)) {
    if (!ALL_FIELDS.has(key)) out[key] = value;
  }
  for (const field of ATTR_FIELDS_BY_KIND[kind]) {
    const value = form[field];
    if (value !== undefined && value !== null && value !== '') out[field] = value;
  }
  return out;
}
