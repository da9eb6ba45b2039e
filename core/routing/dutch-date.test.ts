import { describe, expect, test } from 'vitest';
import { dutchDate, dutchPeriod, months } from './dutch-date.ts';

describe('Dutch dates, periods and months', () => {
  test.each([
    ['2026-11-01', '1 november 2026'],
    ['2026-01-31T10:00:00Z', '31 januari 2026'],
    ['gisteren', 'gisteren'],
  ])('dutchDate(%s) = %s', (input, expected) => expect(dutchDate(input)).toBe(expected));

  test.each([
    ['2026-11', 'november 2026'],
    ['2027-01', 'januari 2027'],
    ['2026-13', '2026-13'],
    ['', ''],
  ])('dutchPeriod(%s) = %s', (input, expected) => expect(dutchPeriod(input)).toBe(expected));

  test.each([
    [1, '1 maand'],
    [2.5, '2,5 maanden'],
    [3, '3 maanden'],
  ])('months(%s) = %s', (input, expected) => expect(months(input)).toBe(expected));
});
