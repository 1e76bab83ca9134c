import { describe, expect, it } from 'vitest';
import { isAcceptablePassword } from './password-rule';

describe('isAcceptablePassword', () => {
  it.each([
    ['abcdefghi1', true],
    ['Guangxi2024!', true],
    ['abcdefgh1', false], // 9 characters
    ['abcdefghijk', false], // no digit
    ['1234567890', false], // no letter
  ])('%s -> %s', (password, expected) => {
    expect(isAcceptablePassword(password)).toBe(expected);
  });
});
