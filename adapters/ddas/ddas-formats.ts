/**
 * The string formats the DDAS v1.2 schema uses (date, date-time, email, time), as small
 * functions for ajv.addFormat. `ajv-formats` is not one of the project's dependencies (it is
 * only in node_modules because another package pulls it in, so it may go away with any
 * update), and adding one was ruled out; these four formats are a few lines each.
 */
import { isCalendarDate } from '../../core/cycle/calendar-date.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/i;

/** RFC 3339 full-date: "2026-11-30", a real day (no 31 November). */
export const isDate = (value: string): boolean => isCalendarDate(value);

/** RFC 3339 full-time, the offset optional as JSON Schema's "time" allows in practice. */
export const isTime = (value: string): boolean => TIME.test(value);

/** RFC 3339 date-time: a date, "T", a time and an offset (Z or ±hh:mm) that is required. */
export function isDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[tT ](.+)$/.exec(value);
  if (!match) return false;
  const [, date, time] = match as unknown as [string, string, string];
  return isDate(date) && TIME.test(time) && /(z|[+-]\d{2}:\d{2})$/i.test(time);
}

/** An address with one @, no spaces and a dot in the domain: what a contact address must look like. */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
