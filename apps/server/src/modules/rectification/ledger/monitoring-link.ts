import type { Kysely } from 'kysely';
import type { ProblemDetail } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { regionPrefix } from '../../../platform/regions';
import { sectionClasses } from '../../assessment';

type Link = { stationCode: string; requiredClass: number };

/**
 * The live reading of a problem's monitoring link: the class its water section reached in the latest
 * month with data (assessment's evaluation, GB 3838-2002) against the class the target requires.
 */
export async function monitoringReading(
  db: Kysely<Database>,
  regionCode: string,
  stored: string | null,
): Promise<ProblemDetail['monitoring']> {
  if (!stored) return null;
  const link = JSON.parse(stored) as Link;
  const { month, sections } = await sectionClasses(db, undefined, regionPrefix(regionCode).slice(0, 4));
  const section = sections.find((s) => s.code === link.stationCode);
  const waterClass = section?.waterClass ?? null;
  return {
    stationCode: link.stationCode,
    stationName: section?.name ?? null,
    requiredClass: link.requiredClass,
    month: section ? month : null,
    waterClass,
    meetsTarget: waterClass === null ? null : waterClass <= link.requiredClass,
  };
}
