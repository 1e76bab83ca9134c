import { cmp, parseDecimal, tryParseDecimal, type Rational } from '../../exact';
import type { Bound, BoundaryWords, Grade } from './types';

/** The comparison a bound stands for under the jurisdiction's reading of 以上 / 以下. */
function holds(value: Rational, b: Bound, words: BoundaryWords): boolean {
  const c = cmp(value, parseDecimal(b.at));
  switch (b.word) {
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case '以上':
      return words.above === 'inclusive' ? c >= 0 : c > 0;
    case '以下':
      return words.below === 'inclusive' ? c <= 0 : c < 0;
  }
}

/** True when the grade matches the inputs (an absent or unreadable input never matches). */
export function gradeMatches(
  grade: Grade,
  factorInput: string,
  inputs: Readonly<Record<string, string | undefined>>,
  words: BoundaryWords,
): boolean {
  const raw = inputs[grade.input ?? factorInput]?.trim();
  if (raw === undefined || raw === '') return false;
  if (grade.oneOf) return grade.oneOf.includes(raw);
  const value = tryParseDecimal(raw);
  if (!value || !grade.bounds) return false;
  return grade.bounds.every((b) => holds(value, b, words));
}
