/**
 * The contact attempts that belong to each household of the window: those of the cases its
 * window signals belong to. Reach, reach per kind and reach of families with minor children
 * all read them from here, so they cannot disagree.
 */
import type { ReportContactAttempt, ReportRecords, ReportWindow } from './records.ts';
import { windowContactAttempts, windowHouseholds } from './report-selection.ts';

export function householdAttempts(records: ReportRecords, window: ReportWindow): Map<string, ReportContactAttempt[]> {
  const attempts = windowContactAttempts(records, window);
  const result = new Map<string, ReportContactAttempt[]>();
  for (const [key, signals] of windowHouseholds(records, window)) {
    const cases = new Set(signals.map((signal) => signal.caseId).filter((id): id is string => id !== null));
    result.set(key, attempts.filter((attempt) => cases.has(attempt.caseId)));
  }
  return result;
}
