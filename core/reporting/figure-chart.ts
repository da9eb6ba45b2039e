/**
 * What one dashboard panel draws from the stored monthly figures (`report_figures`): the
 * months in order, one series per breakdown (partner, route, kind of contact…), a y-axis
 * with round ticks that also fits the target lines, and the latest month as text. Pure, so
 * the panel (extensions/src/app/panels) only draws, and a table test fixes the geometry.
 */
export interface StoredFigure {
  month: string;
  dimension: string | null;
  value: number | string | null;
}

export interface FigureTarget {
  value: number;
  label: string;
}

export interface FigureSeries {
  name: string;
  values: Array<number | null>;
}

export interface FigureChart {
  months: string[];
  monthLabels: string[];
  series: FigureSeries[];
  max: number;
  ticks: number[];
  targets: FigureTarget[];
  latest: { label: string; values: Array<{ name: string; text: string }> } | null;
}

export type FigureUnit = 'count' | 'percent' | 'days' | 'months' | 'per_1000';

/** The name of the series without a breakdown. */
export const TOTAL_SERIES = 'Totaal';

/** The usual Dutch abbreviations ("mrt", not "maa"). */
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "2026-11" → "nov 2026". */
export function shortMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${SHORT_MONTHS[Number(number) - 1] ?? number} ${year}`;
}

/** A figure as Dutch text: "1.234", "12,5%", "14 dagen", "2,5 maanden", "3,1 per 1.000". */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null || Number.isNaN(value)) return 'geen gegevens';
  const number = (digits: number) => value.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: digits });
  switch (unit) {
    case 'percent':
      return `${number(1)}%`;
    case 'days':
      return `${number(1)} ${value === 1 ? 'dag' : 'dagen'}`;
    case 'months':
      return `${number(1)} ${value === 1 ? 'maand' : 'maanden'}`;
    case 'per_1000':
      return `${number(2)} per 1.000`;
    default:
      return number(0);
  }
}

/** A round step for about five ticks: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw);
  return step ?? 10 * power;
}

export function figureChart(rows: readonly StoredFigure[], options: { targets?: readonly FigureTarget[]; lastMonths?: number; unit?: FigureUnit } = {}): FigureChart {
  const unit = options.unit ?? 'count';
  const allMonths = [...new Set(rows.map((row) => row.month))].sort();
  const months = options.lastMonths ? allMonths.slice(-options.lastMonths) : allMonths;
  const names = [...new Set(rows.filter((row) => months.includes(row.month)).map((row) => row.dimension || TOTAL_SERIES))];
  // The total first, then the breakdowns alphabetically: the same order in every panel.
  names.sort((a, b) => (a === TOTAL_SERIES ? -1 : b === TOTAL_SERIES ? 1 : a.localeCompare(b, 'nl')));
  const valueOf = (month: string, name: string) => {
    const row = rows.find((candidate) => candidate.month === month && (candidate.dimension || TOTAL_SERIES) === name);
    return row && row.value !== null && row.value !== '' ? Number(row.value) : null;
  };
  const series = names.map((name) => ({ name, values: months.map((month) => valueOf(month, name)) }));
  const targets = [...(options.targets ?? [])];
  const highest = Math.max(0, ...series.flatMap((one) => one.values.filter((value): value is number => value !== null)), ...targets.map((target) => target.value));
  const step = highest > 0 ? niceStep(highest) : 1;
  const max = highest > 0 ? Math.ceil(highest / step) * step : 5;
  const ticks = Array.from({ length: Math.round(max / (highest > 0 ? step : 1)) + 1 }, (_, index) => Number((index * (highest > 0 ? step : 1)).toPrecision(12)));
  const lastMonth = months[months.length - 1];
  const latest = lastMonth ? { label: shortMonth(lastMonth), values: series.map((one) => ({ name: one.name, text: formatFigure(one.values[one.values.length - 1] ?? null, unit) })) } : null;
  return { months, monthLabels: months.map(shortMonth), series, max, ticks, targets, latest };
}
