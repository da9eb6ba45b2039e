import { describe, expect, test } from 'vitest';
import { calendarDaysBetween } from './calendar-days.ts';

describe('calendar days: weekends and holidays count', () => {
  test.each([
    ['same day', '2026-11-06', '2026-11-06', 0],
    ['Friday to Monday is 3 days, not 1 working day', '2026-11-06', '2026-11-09', 3],
    ['two weeks over two weekends', '2026-11-02', '2026-11-16', 14],
    ['across Christmas and New Year', '2026-12-24', '2027-01-04', 11],
    ['across the switch to winter time', '2026-10-24', '2026-10-26', 2],
    ['leap day', '2028-02-28', '2028-03-01', 2],
  ])('%s', (_name, from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
  });
});
