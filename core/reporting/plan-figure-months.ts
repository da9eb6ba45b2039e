/**
 * Which months the reporting step computes again. Every month from the first signal up to
 * today's month, except months whose figures are frozen: already stored and so old that
 * retention may have started deleting their records (the shortest term minus one month of
 * margin). Counting such a month again would lower its figures; its stored figures stay, so
 * the dashboard and the evaluation keep the counts national reporting needs after deletion.
 */
import { addMonths, periodOfDate } from '../cycle/calendar-date.ts';

export interface FigureMonthsInput {
  today: string;
  /** The date of the earliest signal still held; null when there is none. */
  firstSignalDate: string | null;
  /** Months that already have figures in `report_figures`. */
  storedMonths: readonly string[];
  /** The shortest retention term (months) of the records the figures count. */
  shortestRetentionMonths: number;
}

export function figureMonthsToCompute(input: FigureMonthsInput): string[] {
  if (!input.firstSignalDate) return [];
  const current = periodOfDate(input.today);
  const first = periodOfDate(input.firstSignalDate);
  if (first > current) return [];
  const frozenUpTo = addMonths(current, -Math.max(1, input.shortestRetentionMonths - 1));
  const stored = new Set(input.storedMonths);
  const months: string[] = [];
  for (let month = first; month <= current; month = addMonths(month, 1)) {
    if (month <= frozenUpTo && stored.has(month)) continue;
    months.push(month);
  }
  return months;
}
