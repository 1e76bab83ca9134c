import { randomInt } from 'node:crypto';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_PATTERN } from '@ecocloud/contracts';

/**
 * A tracking code: 12 characters drawn uniformly by the CSPRNG from an alphabet without look-alikes
 * (31^12 ≈ 2^59). Not derived from the id, the day or a counter, so one code says nothing about another
 * and guessing one is hopeless at the public route's rate limit.
 */
export function newTrackingCode(draw: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += TRACKING_CODE_ALPHABET[draw(TRACKING_CODE_ALPHABET.length)];
  return code;
}

/** A code as typed by a person (spaces, dashes, lower case), or null when it cannot be one. */
export function normaliseTrackingCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return TRACKING_CODE_PATTERN.test(code) ? code : null;
}
