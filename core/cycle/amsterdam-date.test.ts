import { describe, expect, test } from 'vitest';
import { amsterdamDate } from './amsterdam-date.ts';

describe('amsterdamDate', () => {
  test.each([
    // Winter time (UTC+1): the day starts at 23:00 UTC the evening before.
    ['2026-11-30T22:59:59Z', '2026-11-30'],
    ['2026-11-30T23:00:00Z', '2026-12-01'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
    // Summer time (UTC+2): the day starts at 22:00 UTC.
    ['2026-07-31T21:59:59Z', '2026-07-31'],
    ['2026-07-31T22:00:00Z', '2026-08-01'],
    // Summer time starts on 29 March 2026 at 02:00 local (01:00 UTC): a 23-hour day.
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // Summer time ends on 25 October 2026 at 03:00 local (01:00 UTC): a 25-hour day.
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // Leap day.
    ['2028-02-28T23:00:00Z', '2028-02-29'],
    ['2028-02-29T23:00:00Z', '2028-03-01'],
  ])('%s is %s in Amsterdam', (instant, date) => expect(amsterdamDate(new Date(instant))).toBe(date));
});
