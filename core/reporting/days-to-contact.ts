/**
 * Days from signal to the first contact attempt and to the first talk (the first attempt
 * that reached the household), in calendar days (calendar-days.ts: weekends count).
 *
 * Measured per vroegsignaalzaak that began in the window: its first signal (over all its
 * signals) was received in the window. A case that a later signal joined is measured once,
 * in the window where it began. Cases without an attempt (or without a talk) yet are counted
 * apart and left out of the median, which would otherwise depend on when one reports.
 */
import { calendarDaysBetween } from './calendar-days.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { median, percentile } from './percentiles.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { byDate, inWindow } from './report-selection.ts';

/** The covenant's terms, also the settings' defaults (overdue_contact_days, overdue_first_talk_days). */
export const TARGET_DAYS_FIRST_ATTEMPT = 14;
export const TARGET_DAYS_FIRST_TALK = 28;

export const DAYS_TO_CONTACT: IndicatorDefinition = {
  key: 'daysToContact',
  name: 'Dagen tot eerste contactpoging en eerste gesprek',
  definition: `Per vroegsignaalzaak die in de periode begon: het aantal kalenderdagen (weekenden tellen mee) van het eerste signaal tot de eerste contactpoging, en tot het eerste gesprek (de eerste poging met "bereikt = ja"). Getoond als mediaan en 80e percentiel, met de streefwaarden ${TARGET_DAYS_FIRST_ATTEMPT} en ${TARGET_DAYS_FIRST_TALK} dagen. Zaken zonder poging of gesprek tellen apart.`,
};

export interface DaysMeasure {
  /** Cases with a measured number of days. */
  count: number;
  median: number | null;
  p80: number | null;
  targetDays: number;
  withinTarget: number;
  /** Cases that began in the window without this moment yet. */
  notYet: number;
}

export interface DaysToContact {
  cases: number;
  firstAttempt: DaysMeasure;
  firstTalk: DaysMeasure;
}

function measure(days: number[], cases: number, targetDays: number): DaysMeasure {
  return { count: days.length, median: median(days), p80: percentile(days, 0.8), targetDays, withinTarget: days.filter((value) => value <= targetDays).length, notYet: cases - days.length };
}

export function daysToContact(records: ReportRecords, window: ReportWindow): DaysToContact {
  const firstSignal = new Map<string, string>();
  for (const signal of records.signals) {
    if (signal.caseId === null) continue;
    const known = firstSignal.get(signal.caseId);
    if (known === undefined || signal.signalDate < known) firstSignal.set(signal.caseId, signal.signalDate);
  }
  const toAttempt: number[] = [];
  const toTalk: number[] = [];
  let cases = 0;
  for (const item of records.cases) {
    const start = firstSignal.get(item.id);
    if (start === undefined || !inWindow(start, window)) continue;
    cases += 1;
    // An attempt dated before the signal is a typing error; it does not make the wait negative.
    const attempts = records.contactAttempts.filter((attempt) => attempt.caseId === item.id && attempt.date >= start).sort(byDate);
    const first = attempts[0];
    const talk = attempts.find((attempt) => attempt.reached);
    if (first) toAttempt.push(calendarDaysBetween(start, first.date));
    if (talk) toTalk.push(calendarDaysBetween(start, talk.date));
  }
  return { cases, firstAttempt: measure(toAttempt, cases, TARGET_DAYS_FIRST_ATTEMPT), firstTalk: measure(toTalk, cases, TARGET_DAYS_FIRST_TALK) };
}
