/**
 * Step `figures` (daily, before `retention`): computes the dashboard's figures per month
 * from the same functions as the DDAS delivery (core/reporting/compute-figures.ts) and
 * stores them in `report_figures`, in one transaction: a month's rows are replaced whole.
 * Months whose records retention may already be deleting keep their stored figures
 * (core/reporting/plan-figure-months.ts). The retention step runs this first as well, so
 * nothing is deleted before its month's figures are stored. A dry run computes, writes nothing.
 */
import type { Knex } from 'knex';
import { addMonths, firstDayOfPeriod, lastDayOfPeriod } from '../../core/cycle/calendar-date.ts';
import { retentionTerms } from '../../core/privacy/retention-terms.ts';
import { computeFigures } from '../../core/reporting/compute-figures.ts';
import { dashboardRows } from '../../core/reporting/dashboard-indicators.ts';
import { figureMonthsToCompute } from '../../core/reporting/plan-figure-months.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';
import { readReportRecords } from '../reporting/read-report-records.ts';

export async function runFiguresStep(knex: Knex, input: { today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const terms = retentionTerms((await knex('app_settings').first()) as Record<string, unknown> | undefined);
  // By period (text): SQLite holds signal dates both as text and as epoch ms, which do not compare.
  // A list may arrive in the month before the period it is for: one month earlier.
  const first = (await knex('signals').min('period as first').first()) as { first: string | null } | undefined;
  const storedMonths = ((await knex('report_figures').distinct('month')) as Array<{ month: string }>).map((row) => row.month);
  const months = figureMonthsToCompute({
    today: input.today,
    firstSignalDate: first?.first ? firstDayOfPeriod(addMonths(first.first, -1)) : null,
    storedMonths,
    shortestRetentionMonths: Math.min(terms.signals_without_case, terms.cases_without_help, terms.cases_with_help),
  });
  if (!months.length) return { message: 'Kengetallen: nog geen signalen, niets te berekenen.', counts: { months: 0, rows: 0 } };

  const records = await readReportRecords(knex, { from: firstDayOfPeriod(months[0]!), to: lastDayOfPeriod(months[months.length - 1]!) });
  const rows = months.flatMap((month) => dashboardRows(computeFigures(records, { from: firstDayOfPeriod(month), to: lastDayOfPeriod(month) }), month));
  const message = `Kengetallen ${input.dryRun ? 'berekend (proefdraai, niets opgeslagen)' : 'bijgewerkt'} voor ${months.length === 1 ? '1 maand' : `${months.length} maanden`} (${months[0]} t/m ${months[months.length - 1]}).`;
  if (input.dryRun) return { message, counts: { months: months.length, rows: rows.length } };

  const dates = dbDates(knex);
  const computedAt = dates.timestamp(input.now);
  await knex.transaction(async (trx) => {
    // A month that has not begun has no figures (a signal dated ahead is a typing error or a test's).
    await trx('report_figures').where('month', '>', months[months.length - 1]!).delete();
    await trx('report_figures').whereIn('month', months).delete();
    for (const batch of chunks(rows, 200)) {
      await trx('report_figures').insert(batch.map((row) => ({ ...row, month_start: dates.date(firstDayOfPeriod(row.month)), computed_at: computedAt })));
    }
  });
  return { message, counts: { months: months.length, rows: rows.length } };
}
