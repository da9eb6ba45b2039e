/**
 * The evaluation report of the covenant (art. 18) as print-ready HTML (the PDF printer
 * makes it a PDF): the window's key figures, then per dashboard figure its definition, the
 * window's values and a chart over the months. Aggregates only: no name, address or BSN
 * reaches this function. Plain template literals with every value escaped, as the inzage
 * report: one fixed layout, nothing a municipality edits.
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { chartSvg } from './chart-svg.ts';
import type { Figures } from './compute-figures.ts';
import { DASHBOARD_INDICATORS, definitionOf } from './dashboard-indicators.ts';
import { figureChart, formatFigure, type StoredFigure } from './figure-chart.ts';
import type { ReportWindow } from './records.ts';
import { windowSummary } from './window-summary.ts';

export interface EvaluationInput {
  municipalityName: string;
  window: ReportWindow;
  /** The day the report was made. */
  madeOn: string;
  figures: Figures;
  /** The dashboard's rows per month of the window (dashboardRows), for the charts. */
  monthly: ReadonlyArray<StoredFigure & { indicator: string }>;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function evaluationTitle(input: Pick<EvaluationInput, 'municipalityName' | 'window'>): string {
  return `Evaluatie vroegsignalering ${input.municipalityName}, ${dutchDate(input.window.from)} t/m ${dutchDate(input.window.to)}`;
}

export function renderEvaluationHtml(input: EvaluationInput): string {
  const { figures } = input;
  const summary = windowSummary(figures);
  const key: Array<[string, string]> = [
    ['Signalen', formatFigure(figures.counts.signals, 'count')],
    ['Huishoudens', formatFigure(figures.counts.households, 'count')],
    ['Vroegsignaalzaken', formatFigure(figures.counts.cases, 'count')],
    ['Contactpogingen', formatFigure(figures.counts.contactAttempts, 'count')],
    ['Huishoudens bereikt', figures.reach.share === null ? 'geen gegevens' : formatFigure(Math.round(figures.reach.share * 1000) / 10, 'percent')],
    ['Dagen tot eerste contactpoging (mediaan)', formatFigure(figures.daysToContact.firstAttempt.median, 'days')],
    ['Dagen tot eerste gesprek (mediaan)', formatFigure(figures.daysToContact.firstTalk.median, 'days')],
    ['Ontruimingen (waarvan gezinnen met kinderen)', `${formatFigure(figures.evictions.total, 'count')} (${formatFigure(figures.evictions.withMinorChildren, 'count')})`],
  ];
  const table = (lines: Array<[string, string]>) => `<table>${lines.map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`).join('')}</table>`;
  const sections = DASHBOARD_INDICATORS.map((indicator) => {
    const rows = input.monthly.filter((row) => row.indicator === indicator.key);
    const chart = figureChart(rows, { targets: indicator.targets ?? [], unit: indicator.unit });
    const drawing = chart.months.length > 1 ? `<div class="chart">${chartSvg(chart, { kind: indicator.chart, unit: indicator.unit, legend: true, width: 640, height: 200, title: indicator.title })}</div>` : '';
    const lines = summary[indicator.key] ?? [];
    return `<section><h2>${escape(indicator.title)}</h2><p class="definition">${escape(definitionOf(indicator))}</p>${lines.length ? table(lines) : ''}${drawing}</section>`;
  }).join('\n');
  const title = evaluationTitle(input);
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #172940; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 0 0 4pt; }
.meta { color: #56606f; margin: 0 0 12pt; }
section { break-inside: avoid; margin: 0 0 14pt; padding-top: 6pt; border-top: 1px solid #d3dae4; }
.definition { color: #3a4656; margin: 0 0 6pt; line-height: 1.35; }
table { border-collapse: collapse; margin: 0 0 6pt; }
th { text-align: left; font-weight: normal; padding: 1pt 14pt 1pt 0; color: #3a4656; }
td { text-align: right; padding: 1pt 0; font-weight: bold; }
.chart { width: 100%; }
.key td { font-size: 11pt; }
</style></head><body>
<h1>${escape(title)}</h1>
<p class="meta">Gemaakt op ${escape(dutchDate(input.madeOn))} voor de convenantpartners (convenant art. 18). Alleen aantallen: dit rapport bevat geen namen, adressen of BSN's. Dezelfde cijfers als het dashboard en de DDAS-levering over deze periode.</p>
<section class="key"><h2>Kerncijfers</h2>${table(key)}</section>
${sections}
</body></html>`;
}
