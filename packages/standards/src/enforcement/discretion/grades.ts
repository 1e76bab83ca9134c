import type { Bound, Grade } from './types';

/** Grade builders, so a table reads like the benchmark it copies. */
export const is = (label: string, weight: number, ...values: string[]): Grade => ({ label, weight, oneOf: values });
export const within = (label: string, weight: number, bounds: Bound[], input?: string): Grade =>
  input === undefined ? { label, weight, bounds } : { label, weight, bounds, input };
/** "N以下" */
export const below = (n: number): Bound => ({ at: n, word: '以下' });
/** "N以上" */
export const above = (n: number): Bound => ({ at: n, word: '以上' });
/** Exactly n (a count). */
export const exactly = (n: number): Bound[] => [
  { at: n, word: 'ge' },
  { at: n, word: 'le' },
];
