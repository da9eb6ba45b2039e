import { describe, expect, test } from 'vitest';
import { chartSvg } from './chart-svg.ts';
import { figureChart } from './figure-chart.ts';

describe('a chart as SVG', () => {
  const chart = figureChart(
    [
      { month: '2026-10', dimension: 'Mediaan', value: 10 },
      { month: '2026-11', dimension: 'Mediaan', value: 16 },
      { month: '2026-11', dimension: '<script>', value: 20 },
    ],
    { targets: [{ value: 14, label: 'Streefwaarde: 14 dagen' }], unit: 'days' },
  );

  test('bars: one per series and month with a value, a dashed target line with its label, escaped names', () => {
    const svg = chartSvg(chart, { kind: 'bar', unit: 'days', legend: true, title: 'Dagen & meer' });
    expect(svg.match(/<rect x=/g)?.length).toBe(3 + 2);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('Streefwaarde: 14 dagen');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('aria-label="Dagen &amp; meer"');
    expect(svg).toContain('>okt 2026<');
  });

  test('lines: a polyline for a series with two points, a dot per value', () => {
    const svg = chartSvg(chart, { kind: 'line', unit: 'days' });
    expect(svg.match(/<polyline/g)?.length).toBe(1);
    expect(svg.match(/<circle/g)?.length).toBe(3);
    expect(svg).toContain('Mediaan nov 2026: 16 dagen');
  });

  test('ticks of a small scale keep their decimals (signals per 1,000 inhabitants)', () => {
    const svg = chartSvg(figureChart([{ month: '2026-12', dimension: '', value: 0.06 }], { unit: 'per_1000' }), { kind: 'line', unit: 'per_1000' });
    for (const tick of ['0', '0,02', '0,04', '0,06']) expect(svg).toContain(`>${tick}</text>`);
  });
});
