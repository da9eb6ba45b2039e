/**
 * A window typed by a person (the DDAS action and the evaluation report in the app): two
 * calendar dates, the end not before the start. Returns the Dutch reason to refuse, or null.
 */
import { isCalendarDate } from '../cycle/calendar-date.ts';

/** A window longer than this is a typing error, not a delivery (DDAS is delivered per half year). */
const MAX_DAYS = 2 * 366;

export function reportWindowProblem(from: unknown, to: unknown): string | null {
  if (typeof from !== 'string' || !isCalendarDate(from)) return 'Vul een geldige begindatum in (JJJJ-MM-DD).';
  if (typeof to !== 'string' || !isCalendarDate(to)) return 'Vul een geldige einddatum in (JJJJ-MM-DD).';
  if (from > to) return `De periode eindigt (${to}) vóór ze begint (${from}).`;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_DAYS) return 'Kies een periode van hoogstens twee jaar.';
  return null;
}
