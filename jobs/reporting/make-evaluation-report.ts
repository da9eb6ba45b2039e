/**
 * The evaluation report of a window (covenant art. 18) as a PDF: what `npm run report`
 * writes and what the reporting page of the app stores. The figures come from the same
 * records and functions as the dashboard and the DDAS delivery; the report holds
 * aggregates only.
 */
import type { Knex } from 'knex';
import { DEFAULT_CHROMIUM_PATH, PdfPrinter } from '../../adapters/pdf/pdf-printer.ts';
import { firstDayOfPeriod, lastDayOfPeriod } from '../../core/cycle/calendar-date.ts';
import { computeFigures, type Figures } from '../../core/reporting/compute-figures.ts';
import { dashboardRows } from '../../core/reporting/dashboard-indicators.ts';
import type { ReportWindow } from '../../core/reporting/records.ts';
import { evaluationTitle, renderEvaluationHtml } from '../../core/reporting/render-evaluation-html.ts';
import { windowMonths } from '../../core/reporting/report-selection.ts';
import { readDeliverySettings } from './read-delivery-settings.ts';
import { readReportRecords } from './read-report-records.ts';

export interface EvaluationReport {
  pdf: Buffer;
  title: string;
  figures: Figures;
}

export async function makeEvaluationReport(knex: Knex, window: ReportWindow, options: { madeOn: string; chromiumPath?: string }): Promise<EvaluationReport> {
  const { municipalityName } = await readDeliverySettings(knex);
  const records = await readReportRecords(knex, window);
  const figures = computeFigures(records, window);
  // Each month of the window, clipped to it: a window that starts mid-month counts only its own days.
  const monthly = windowMonths(window).flatMap((month) => {
    const from = firstDayOfPeriod(month) < window.from ? window.from : firstDayOfPeriod(month);
    const to = lastDayOfPeriod(month) > window.to ? window.to : lastDayOfPeriod(month);
    return dashboardRows(computeFigures(records, { from, to }), month);
  });
  const html = renderEvaluationHtml({ municipalityName, window, madeOn: options.madeOn, figures, monthly });
  const printer = await PdfPrinter.launch({ executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH, timeoutMs: 60_000 });
  try {
    return { pdf: await printer.print(html), title: evaluationTitle({ municipalityName, window }), figures };
  } finally {
    await printer.close();
  }
}

/** The file name of a report: the window, never a name. */
export const evaluationFileName = (window: ReportWindow) => `evaluatie-vroegsignalering-${window.from}-${window.to}.pdf`;
