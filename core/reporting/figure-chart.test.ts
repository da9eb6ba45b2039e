import { describe, expect, test } from 'vitest';
import { figureChart, formatFigure, shortMonth } from './figure-chart.ts';

describe('a dashboard panel from the stored monthly figures', () => {
  const rows = [
    { month: '2026-10', dimension: 'Wonen Limburg', value: 120 },
    { month: '2026-11', dimension: 'Wonen Limburg', value: '130' },
    { month: '2026-11', dimension: 'Woonstichting St. Joseph', value: 40 },
    { month: '2026-09', dimension: '', value: 7 },
  ];

  test('months in order, the total first, a gap where a month has no figure', () => {
    const chart = figureChart(rows);
    expect(chart.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(chart.monthLabels).toEqual(['sep 2026', 'okt 2026', 'nov 2026']);
    expect(chart.series.map((series) => series.name)).toEqual(['Totaal', 'Wonen Limburg', 'Woonstichting St. Joseph']);
    expect(chart.series[1]!.values).toEqual([null, 120, 130]);
    expect(chart.series[2]!.values).toEqual([null, null, 40]);
  });

  test('only the last months asked for', () => {
    expect(figureChart(rows, { lastMonths: 2 }).months).toEqual(['2026-10', '2026-11']);
  });

  test.each([
    [[{ month: '2026-11', dimension: '', value: 130 }], [], 150, [0, 50, 100, 150]],
    [[{ month: '2026-11', dimension: '', value: 9 }], [{ value: 14, label: 'Doel: 14 dagen' }, { value: 28, label: 'Doel: 28 dagen' }], 30, [0, 10, 20, 30]],
    [[{ month: '2026-11', dimension: '', value: 0.42 }], [], 0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [[{ month: '2026-11', dimension: '', value: 0 }], [], 5, [0, 1, 2, 3, 4, 5]],
  ] as const)('the axis fits the values and the target lines: %o with %o → max %d', (data, targets, max, ticks) => {
    const chart = figureChart(data, { targets });
    expect(chart.max).toBe(max);
    expect(chart.ticks).toEqual(ticks);
  });

  test('the latest month as Dutch text', () => {
    const chart = figureChart([{ month: '2026-11', dimension: '', value: 37.5 }], { unit: 'percent' });
    expect(chart.latest).toEqual({ label: 'nov 2026', values: [{ name: 'Totaal', text: '37,5%' }] });
    expect(figureChart([]).latest).toBeNull();
  });

  test.each([
    [1234, 'count', '1.234'],
    [12.25, 'percent', '12,3%'],
    [1, 'days', '1 dag'],
    [14.5, 'days', '14,5 dagen'],
    [2.5, 'months', '2,5 maanden'],
    [3.125, 'per_1000', '3,13 per 1.000'],
    [null, 'count', 'geen gegevens'],
  ] as const)('%s as %s reads "%s"', (value, unit, text) => {
    expect(formatFigure(value, unit)).toBe(text);
  });

  test('short month names', () => {
    expect(shortMonth('2026-03')).toBe('mrt 2026');
    expect(shortMonth('2027-05')).toBe('mei 2027');
  });
});
