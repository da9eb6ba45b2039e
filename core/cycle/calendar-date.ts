/**
 * Calendar dates ("2026-11-30") and periods ("2026-11") as plain strings. Arithmetic runs on
 * UTC midnights, so a date is a day in the calendar, never an instant: daylight saving time
 * cannot shift it. Turning an instant into the Dutch calendar date is `amsterdamDate`.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

function toUtc(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return format(value);
}

export function periodOfDate(date: string): string {
  toUtc(date);
  return date.slice(0, 7);
}

export function addMonths(period: string, months: number): string {
  if (!isPeriod(period)) throw new RangeError(`not a period: ${period}`);
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDayOfPeriod(period: string): string {
  if (!isPeriod(period)) throw new RangeError(`not a period: ${period}`);
  return `${period}-01`;
}

export function lastDayOfPeriod(period: string): string {
  return addDays(firstDayOfPeriod(addMonths(period, 1)), -1);
}

/** Day `day` of the period; a day beyond the month's end is its last day (the 31st of February is the 28th or 29th). */
export function dayOfPeriod(period: string, day: number): string {
  const last = lastDayOfPeriod(period);
  const clamped = Math.min(Math.max(1, Math.trunc(day)), Number(last.slice(8)));
  return `${period}-${String(clamped).padStart(2, '0')}`;
}
