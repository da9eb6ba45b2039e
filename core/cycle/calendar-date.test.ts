import { describe, expect, test } from 'vitest';
import { addDays, addMonths, dayOfPeriod, isCalendarDate, isPeriod, lastDayOfPeriod, periodOfDate } from './calendar-date.ts';

describe('calendar dates and periods', () => {
  test.each([
    ['2026-11-30', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['30-11-2026', false],
  ])('isCalendarDate(%s) = %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));

  test.each([
    ['2026-11', true],
    ['2026-00', false],
    ['2026-13', false],
    ['2026-1', false],
  ])('isPeriod(%s) = %s', (value, expected) => expect(isPeriod(value)).toBe(expected));

  test.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2100-02', '2100-02-28'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
    // The months in which summer time starts and ends have their normal length.
    ['2026-03', '2026-03-31'],
    ['2026-10', '2026-10-31'],
  ])('the last day of %s is %s', (period, last) => expect(lastDayOfPeriod(period)).toBe(last));

  test.each([
    ['2026-12', 1, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-11', -13, '2025-10'],
    ['2026-11', 0, '2026-11'],
  ])('addMonths(%s, %i) = %s', (period, months, expected) => expect(addMonths(period, months)).toBe(expected));

  test.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  test.each([
    ['2026-02', 31, '2026-02-28'],
    ['2028-02', 30, '2028-02-29'],
    ['2026-11', 10, '2026-11-10'],
  ])('dayOfPeriod(%s, %i) = %s', (period, day, expected) => expect(dayOfPeriod(period, day)).toBe(expected));

  test('periodOfDate', () => {
    expect(periodOfDate('2027-01-01')).toBe('2027-01');
    expect(() => periodOfDate('2027-02-30')).toThrow(RangeError);
  });
});
