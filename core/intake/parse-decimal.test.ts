import { describe, expect, test } from 'vitest';
import { parseDecimal } from './parse-decimal.ts';

describe('parseDecimal', () => {
  test.each<[string, number | null]>([
    ['2', 2],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1 234,56', 1234.56],
    ['-12,50', -12.5],
    ['', null],
    ['abc', null],
    ['1,2,3,4', null],
    ['12,', null],
    ['1.2.3,4.5', null],
  ])('%j → %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });
});
