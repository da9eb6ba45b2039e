/**
 * One chart as an SVG string, for the dashboard's panel and the evaluation report alike:
 * bars or lines per series over the months, round ticks, dashed target lines with their
 * label, month labels, and a legend. Every text is escaped. Pure: figure-chart.ts decides
 * the geometry's inputs, this draws them.
 */
import { formatFigure, type FigureChart, type FigureUnit } from './figure-chart.ts';

export const CHART_COLOURS = ['#2f6f9f', '#e07b39', '#3b9c6e', '#8a5cb8', '#c9414b', '#7a7a7a', '#b89b2b', '#2aa1b3'];
export const colourOf = (index: number): string => CHART_COLOURS[index % CHART_COLOURS.length]!;

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
const round = (value: number) => Math.round(value * 10) / 10;

export interface ChartSvgOptions {
  kind: 'bar' | 'line';
  unit: FigureUnit;
  width?: number;
  height?: number;
  /** A legend under the chart (the report); the panel shows its own above the chart. */
  legend?: boolean;
  title?: string;
}

export function chartSvg(chart: FigureChart, options: ChartSvgOptions): string {
  const width = options.width ?? 480;
  const legendRows = options.legend ? Math.ceil(chart.series.length / 3) : 0;
  const height = (options.height ?? 220) + legendRows * 18;
  const left = 52;
  const right = 8;
  const top = 10;
  const bottom = 26 + legendRows * 18;
  const plotHeight = height - top - bottom;
  const slots = Math.max(1, chart.months.length);
  const slotWidth = (width - left - right) / slots;
  const centre = (month: number) => left + slotWidth * (month + 0.5);
  const y = (value: number) => top + plotHeight * (1 - value / (chart.max || 1));
  // Ticks as plain numbers (the unit is in the panel's title), with the decimals a small scale needs.
  const tickText = (tick: number) => `${tick.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}${options.unit === 'percent' ? '%' : ''}`;
  const parts: string[] = [];
  for (const tick of chart.ticks) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#e4e7eb" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${round(y(tick) + 4)}" font-size="13" fill="#6b7280" text-anchor="end">${escape(tickText(tick))}</text>`);
  }
  const count = Math.max(1, chart.series.length);
  const barWidth = (slotWidth * 0.8) / count;
  chart.series.forEach((series, s) => {
    const colour = colourOf(s);
    if (options.kind === 'bar') {
      series.values.forEach((value, m) => {
        if (value === null) return;
        const x = left + slotWidth * m + slotWidth * 0.1 + barWidth * s;
        parts.push(`<rect x="${round(x)}" y="${round(y(value))}" width="${round(barWidth)}" height="${round(Math.max(0, y(0) - y(value)))}" fill="${colour}"><title>${escape(`${series.name} ${chart.monthLabels[m]}: ${formatFigure(value, options.unit)}`)}</title></rect>`);
      });
    } else {
      const points = series.values.map((value, m) => (value === null ? null : `${round(centre(m))},${round(y(value))}`)).filter((point): point is string => point !== null);
      if (points.length > 1) parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      series.values.forEach((value, m) => {
        if (value !== null) parts.push(`<circle cx="${round(centre(m))}" cy="${round(y(value))}" r="3" fill="${colour}"><title>${escape(`${series.name} ${chart.monthLabels[m]}: ${formatFigure(value, options.unit)}`)}</title></circle>`);
      });
    }
  });
  for (const target of chart.targets) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${round(y(target.value))}" y2="${round(y(target.value))}" stroke="#c9414b" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${width - right - 4}" y="${round(y(target.value) - 4)}" font-size="13" fill="#c9414b" text-anchor="end">${escape(target.label)}</text>`);
  }
  // With many months every other label, from the last one back: they would overlap.
  chart.monthLabels.forEach((label, m) => {
    if (slots > 7 && m % 2 !== (slots - 1) % 2) return;
    parts.push(`<text x="${round(centre(m))}" y="${height - 6 - legendRows * 18}" font-size="13" fill="#6b7280" text-anchor="middle">${escape(label)}</text>`);
  });
  if (options.legend) {
    chart.series.forEach((series, s) => {
      const x = left + (s % 3) * ((width - left) / 3);
      const row = Math.floor(s / 3);
      const baseline = height - (legendRows - row) * 18 + 12;
      parts.push(`<rect x="${round(x)}" y="${baseline - 9}" width="10" height="10" fill="${colourOf(s)}"/><text x="${round(x + 14)}" y="${baseline}" font-size="13" fill="#172940">${escape(series.name)}</text>`);
    });
  }
  const label = options.title ? ` aria-label="${escape(options.title)}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img"${label}>${parts.join('')}</svg>`;
}
