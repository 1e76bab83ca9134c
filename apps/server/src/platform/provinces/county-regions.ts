import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { Database } from '../../db/schema';
import { dictionaryEntries } from '../dictionaries/dictionary-reads';
import { provinceDivisions, type Division } from './divisions';
import { ensureRegionEntries } from './init-province';

type RegionEntry = { code: string; label: string; labelEn: string | null };

/** The county-level divisions (GB/T 2260) of the dictionary's provinces whose city the dictionary holds but which it lacks. */
function missingCounties(entries: readonly RegionEntry[]): Division[] {
  const known = new Set(entries.map((e) => e.code));
  const provinces = new Set(entries.map((e) => `${e.code.slice(0, 2)}0000`));
  return [...provinces].flatMap(
    (p) => provinceDivisions(p)?.counties.filter((c) => !known.has(c.code) && known.has(c.parent)) ?? [],
  );
}

/**
 * The region dictionary widened by the counties under its cities. A province set up without `--counties`
 * still has registers that name counties (an enterprise's credit code carries its county): those codes are
 * known regions, regulated by their city's organisation, and join the dictionary when a record uses them.
 */
export async function regionsWithCounties(db: Kysely<Database>): Promise<RegionEntry[]> {
  const entries = await dictionaryEntries(db, 'region');
  return [...entries, ...missingCounties(entries).map((c) => ({ code: c.code, label: c.name, labelEn: null }))];
}

/** Adds to the region dictionary the counties among `codes` that it lacks (in the caller's transaction). */
export async function addCountyEntries(trx: Kysely<Database>, clock: Clock, codes: Iterable<string>): Promise<void> {
  const wanted = new Set(codes);
  const counties = missingCounties(await dictionaryEntries(trx, 'region')).filter((c) => wanted.has(c.code));
  if (counties.length) await ensureRegionEntries(trx, clock, counties);
}
