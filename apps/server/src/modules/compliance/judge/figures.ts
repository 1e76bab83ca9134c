import { roundHalfEven, toNumber, type Rational } from '@ecocloud/standards';

/** Emitted amounts are stored in kg to 6 places (a milligram): a heavy metal's hour weighs grams or less. */
export const AMOUNT_PLACES = 6;

/** Printed figures as GB/T 8170 wants them (half to even); the judgement itself stays exact. */
export const at = (r: Rational | null, places: number): number | null =>
  r === null ? null : toNumber(roundHalfEven(r, places));
