/**
 * Days between two calendar dates, counted in calendar days: weekends and holidays count,
 * as in the covenant's terms (first contact within 14 days, a first talk within 28) and
 * Divosa's indicator. A signal received on Friday and phoned on Monday is 3 days.
 */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: string): number {
  const value = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(value)) throw new RangeError(`not a calendar date: ${date}`);
  return value;
}
