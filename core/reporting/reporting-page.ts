/**
 * What the reporting page of the app shows and sends: the default window (the last whole
 * month), the Dutch lines for a delivery's outcome, and the list of earlier deliveries.
 * Pure, so the page only fetches and draws.
 */
import { addMonths, firstDayOfPeriod, lastDayOfPeriod, periodOfDate } from '../cycle/calendar-date.ts';

export interface ReportWindowDefault {
  from: string;
  to: string;
}

/** The last whole month before today: what a monthly check or a first delivery asks for. */
export function defaultReportWindow(today: string): ReportWindowDefault {
  const previous = addMonths(periodOfDate(today), -1);
  return { from: firstDayOfPeriod(previous), to: lastDayOfPeriod(previous) };
}

/** The calendar year before today's, for the evaluation (art. 18: a year after the start). */
export function defaultEvaluationYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

export interface DeliveryErrorLine {
  path: string;
  message: string;
}

/** A refusal from the API as lines to show: the message, then each failing field with its path. */
export function refusalLines(body: unknown): string[] {
  const answer = (body ?? {}) as { message?: unknown; errors?: unknown };
  const lines = [typeof answer.message === 'string' && answer.message ? answer.message : 'Er ging iets mis; probeer het later opnieuw.'];
  if (Array.isArray(answer.errors)) {
    for (const error of answer.errors as DeliveryErrorLine[]) if (error && typeof error.path === 'string') lines.push(`${error.path}: ${String(error.message ?? '')}`);
  }
  return lines;
}

/** "<root>assets/<id>?download": how the app downloads a stored file with the user's session (root: core/screens/start-tiles.ts directusRootPath). */
export function downloadHref(root: string, file: string | null | undefined): string | null {
  return file ? `${root}assets/${encodeURIComponent(file)}?download` : null;
}
