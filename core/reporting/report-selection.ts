/**
 * Which records belong to a window. One place, so the dashboard's figures and the DDAS
 * delivery count exactly the same signals, cases and contact attempts.
 *
 * - A signal belongs to the window when the municipality received it in the window
 *   (signal date between `from` and `to`, both inclusive).
 * - A case belongs to the window when at least one of its signals does (a repeat signal
 *   that joined an older open case brings that case into the window).
 * - A contact attempt belongs to the window when its case does; attempts after `to` count
 *   too: the follow-up of the window's signals, as far as it is known when reporting.
 */
import type { ReportCase, ReportContactAttempt, ReportRecords, ReportSignal, ReportWindow } from './records.ts';

export const inWindow = (date: string, window: ReportWindow): boolean => date >= window.from && date <= window.to;

export function windowSignals(records: ReportRecords, window: ReportWindow): ReportSignal[] {
  return records.signals.filter((signal) => inWindow(signal.signalDate, window)).sort((a, b) => a.signalDate.localeCompare(b.signalDate) || a.id.localeCompare(b.id));
}

export function windowCases(records: ReportRecords, window: ReportWindow): ReportCase[] {
  const ids = new Set(windowSignals(records, window).map((signal) => signal.caseId).filter((id): id is string => id !== null));
  return records.cases.filter((item) => ids.has(item.id)).sort((a, b) => a.opened.localeCompare(b.opened) || a.id.localeCompare(b.id));
}

export function windowContactAttempts(records: ReportRecords, window: ReportWindow): ReportContactAttempt[] {
  const ids = new Set(windowCases(records, window).map((item) => item.id));
  return records.contactAttempts.filter((attempt) => ids.has(attempt.caseId)).sort(byDate);
}

export function byDate(a: ReportContactAttempt, b: ReportContactAttempt): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** The window's signals per household, in date order. */
export function windowHouseholds(records: ReportRecords, window: ReportWindow): Map<string, ReportSignal[]> {
  const households = new Map<string, ReportSignal[]>();
  for (const signal of windowSignals(records, window)) households.set(signal.householdKey, [...(households.get(signal.householdKey) ?? []), signal]);
  return households;
}

/** The month of a calendar date ("2026-11-30" → "2026-11"). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Every month the window touches, in order ("2026-11-15".."2027-01-10" → 2026-11, 2026-12, 2027-01). */
export function windowMonths(window: ReportWindow): string[] {
  const months: string[] = [];
  let [year, month] = monthOf(window.from).split('-').map(Number) as [number, number];
  const last = monthOf(window.to);
  for (let guard = 0; guard < 1200; guard++) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The shares in every figure: a fraction with one rule for an empty denominator (null, shown as "–"). */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
