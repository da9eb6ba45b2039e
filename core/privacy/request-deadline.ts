/**
 * The statutory deadline of a request of the tenant (art. 12.3 AVG): one month after receipt.
 * A month is a calendar month; when the next month is shorter the deadline is its last day
 * (31 January → 28 or 29 February), the way Dutch law counts a month (Algemene termijnenwet
 * applies no shift for weekends to this AVG term, so none is made).
 */
import { isCalendarDate } from '../cycle/calendar-date.ts';

export function requestDeadline(dateReceived: string): string | null {
  const date = dateReceived.slice(0, 10);
  if (!isCalendarDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const nextMonthIndex = month; // 0-based index of the next month
  const lastDay = new Date(Date.UTC(year, nextMonthIndex + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, nextMonthIndex, Math.min(day, lastDay)));
  return target.toISOString().slice(0, 10);
}
