/**
 * The daily `retention` step (art. 12.5): what has outlived its term on `today`. Per category,
 * counted from the latest date the planner knows of the item (never too early):
 * - a signal that led to no case: its period's last day, signal date or date stored;
 * - a closed case: its closing date (or its last activity) — with follow-up help the longer
 *   term; it goes with everything hanging off it (core/privacy/erasure-set.ts);
 * - an upload's error report (may quote cell values): cleared, the upload's counts stay;
 * - source lists with their error report (may quote rows), from their reference date; the
 *   facts they left at a signal follow the signal;
 * - documents that belong to no case (exports, letter batches, reports): the date made;
 *   letters follow their case; deletion reports hold no personal data and stay;
 * - access log entries: older than the cut-off date.
 * An open case never expires (nor a closed case whose referral AMW still works on), and
 * neither do its signals, facts, letters or household.
 */
import { isCalendarDate, isPeriod, lastDayOfPeriod } from '../cycle/calendar-date.ts';
import { erasureSet, mergeErasureSets, type ErasureSet } from './erasure-set.ts';
import { liveCaseIds, type GraphCase, type PrivacyGraph } from './privacy-graph.ts';
import type { RetentionCategory, RetentionTerms } from './retention-terms.ts';

/** End results (DDAS) that mean the household got follow-up help or advice. */
export const HELP_RESULTS: readonly string[] = [
  '(Budget)advies en/of quick fix',
  'Vervolghulp en/of verwijzing',
  'Vervolghulp en/of verwijzing financieel',
  'Vervolghulp en/of verwijzing niet financieel',
  'Verwijzing zonder tussenkomst inwoner',
];

/** Document kinds without personal data: never deleted by retention. */
const KEPT_DOCUMENT_KINDS = ['deletion_report'];

export interface RetentionPlan {
  /** Everything to erase (rows, and the files of documents and source lists). */
  erase: ErasureSet;
  /** Uploads whose error report is cleared. */
  clearErrorReports: string[];
  /** Access log entries with a timestamp before this date (start of day) are deleted. */
  accessLogBefore: string;
  /** The items each category starts from (cases, signals, facts, ...), for the report. */
  counts: Record<RetentionCategory, number>;
}

/** The date `months` after `date`; the 31st of a shorter month becomes its last day. */
export function addMonthsToDate(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const period = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  const last = lastDayOfPeriod(period);
  return `${period}-${String(Math.min(day, Number(last.slice(8)))).padStart(2, '0')}`;
}

/** The latest of the known dates; null when none is known. */
export function latestDate(...dates: Array<string | null | undefined>): string | null {
  const known = dates.filter((date): date is string => typeof date === 'string' && isCalendarDate(date));
  return known.length ? known.reduce((a, b) => (a > b ? a : b)) : null;
}

/** Kept up to and including the day before the term ends: expired from reference + term. */
function expired(reference: string | null, months: number, today: string): boolean {
  return reference !== null && addMonthsToDate(reference, months) <= today;
}

export function planRetention(input: { today: string; terms: RetentionTerms; graph: PrivacyGraph }): RetentionPlan {
  const { today, terms, graph } = input;
  const live = liveCaseIds(graph);

  // Signals without a case.
  const signalsWithoutCase = graph.signals
    .filter((signal) => !signal.case && expired(latestDate(signal.signal_date, signal.period && isPeriod(signal.period) ? lastDayOfPeriod(signal.period) : null, signal.created), terms.signals_without_case, today))
    .map((signal) => signal.id);

  // Closed cases: the latest date of anything in them, and whether help was given.
  const latestOf = new Map<string, string | null>();
  const bump = (caseId: string | null, date: string | null) => {
    if (!caseId) return;
    latestOf.set(caseId, latestDate(latestOf.get(caseId), date));
  };
  for (const signal of graph.signals) bump(signal.case, latestDate(signal.signal_date, signal.created));
  for (const referral of graph.referrals) bump(referral.case, latestDate(referral.date_outcome, referral.created));
  const referralCase = new Map(graph.referrals.map((row) => [row.id, row.case]));
  for (const attempt of graph.contactAttempts) bump(attempt.case ?? (attempt.referral ? (referralCase.get(attempt.referral) ?? null) : null), attempt.date);
  const helped = new Set<string>();
  for (const row of graph.cases) if (row.result && HELP_RESULTS.includes(row.result)) helped.add(row.id);
  for (const referral of graph.referrals) if (referral.case && referral.outcome && HELP_RESULTS.includes(referral.outcome)) helped.add(referral.case);
  const caseReference = (row: GraphCase) => latestDate(row.date_closed, row.date_closed ? null : row.updated, row.created, latestOf.get(row.id));
  const closed = graph.cases.filter((row) => !live.has(row.id));
  const casesWithHelp = closed.filter((row) => helped.has(row.id) && expired(caseReference(row), terms.cases_with_help, today)).map((row) => row.id);
  const casesWithoutHelp = closed.filter((row) => !helped.has(row.id) && expired(caseReference(row), terms.cases_without_help, today)).map((row) => row.id);

  // Source lists with their error reports (facts at a signal follow the signal).
  const sourceLists = graph.sourceLists.filter((list) => expired(latestDate(list.reference_date, list.created), terms.source_facts, today)).map((list) => list.id);

  // Documents that belong to no case; error reports by their own term.
  const documents = graph.documents
    .filter((document) => !document.case && !KEPT_DOCUMENT_KINDS.includes(document.kind))
    .filter((document) => expired(document.created, document.kind === 'error_report' ? terms.error_reports : terms.documents, today))
    .map((document) => document.id);

  const documentIds = new Set(documents);
  const errorReportDocuments = graph.documents.filter((row) => row.kind === 'error_report' && documentIds.has(row.id)).length;
  const clearErrorReports = graph.uploads.filter((upload) => upload.has_error_report && expired(upload.created, terms.error_reports, today)).map((upload) => upload.id);

  // Households nothing points at any more (left over from earlier deletions or moves).
  const pointedAt = new Set([...graph.cases, ...graph.signals].map((row) => row.household).filter((id): id is string => !!id));
  const orphanHouseholds = graph.households.filter((row) => !pointedAt.has(row.id) && expired(row.created, terms.signals_without_case, today)).map((row) => row.id);

  const erase = mergeErasureSets([
    erasureSet(graph, { cases: [...casesWithHelp, ...casesWithoutHelp], signals: signalsWithoutCase, households: orphanHouseholds }),
    erasureSet(graph, { documents, sourceLists }),
  ]);
  return {
    erase,
    clearErrorReports,
    accessLogBefore: addMonthsToDate(today, -terms.access_log),
    counts: {
      signals_without_case: signalsWithoutCase.length,
      cases_without_help: casesWithoutHelp.length,
      cases_with_help: casesWithHelp.length,
      error_reports: clearErrorReports.length + errorReportDocuments,
      source_facts: sourceLists.length,
      documents: documents.length - errorReportDocuments,
      access_log: 0,
    },
  };
}
