/**
 * Who must be rated (环发〔2013〕150号, ☑ regulation.md §4.1), as far as EcoCloud's record tells: key monitored
 * units (the register's key category or key list), and units with a fine of at least 5 万 or a withdrawn licence
 * in the rated year. The other grounds (heavy-pollution and over-capacity industries, toxic substances, a 较大+
 * emergency) are added by hand.
 */
export const RATING_FINE_TRIGGER_YUAN = 50_000;

export const RATING_REASONS = ['key_unit', 'fine', 'permit_revoked', 'manual'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export type RatingScopeFacts = {
  category: string;
  keyListYear: number | null | undefined;
  /** Largest single fine decided in the rated year (元). */
  maxFineYuan: number;
  permitRevoked: boolean;
};

/** The grounds on which the unit must be rated for the year (empty: it need not be). */
export function ratingReasons(f: RatingScopeFacts): RatingReason[] {
  const reasons: RatingReason[] = [];
  if (f.category === 'key' || f.keyListYear != null) reasons.push('key_unit');
  if (f.maxFineYuan >= RATING_FINE_TRIGGER_YUAN) reasons.push('fine');
  if (f.permitRevoked) reasons.push('permit_revoked');
  return reasons;
}
