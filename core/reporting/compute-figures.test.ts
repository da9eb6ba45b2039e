import { describe, expect, test } from 'vitest';
import { computeFigures } from './compute-figures.ts';
import { INDICATOR_DEFINITIONS } from './indicator-definitions.ts';
import { attempt, kase, NOVEMBER, records, signal } from './test-support/report-fixtures.ts';

describe('computeFigures', () => {
  test('an empty window gives zeros and empty figures, never an error', () => {
    const figures = computeFigures(records(), NOVEMBER);
    expect(figures.counts).toEqual({ signals: 0, households: 0, cases: 0, contactAttempts: 0 });
    expect(figures.signalsPerMonth).toEqual({ total: 0, months: [{ month: '2026-11', total: 0, perPartner: [], perPartnerType: [] }] });
    expect(figures.reach.share).toBeNull();
    expect(figures.daysToContact.firstAttempt.median).toBeNull();
    expect(figures.openCases.total).toBe(0);
  });

  test('serialisable: JSON round trip gives the same object', () => {
    const data = records({ signals: [signal({ signalDate: '2026-11-06', caseId: 'c1' })], cases: [kase('c1')], contactAttempts: [attempt('c1', '2026-11-09', { reached: true })], inhabitants: 49_000 });
    const figures = computeFigures(data, NOVEMBER);
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });

  test('every figure has a Dutch name and definition, and every definition a figure', () => {
    const figures = computeFigures(records(), NOVEMBER);
    const keys = Object.keys(figures).filter((key) => key !== 'window');
    expect(Object.keys(INDICATOR_DEFINITIONS).sort()).toEqual(keys.sort());
    for (const [key, definition] of Object.entries(INDICATOR_DEFINITIONS)) {
      expect(definition.key).toBe(key);
      expect(definition.name.length).toBeGreaterThan(3);
      expect(definition.definition.length).toBeGreaterThan(40);
    }
  });

  test('a window that ends before it starts is refused', () => {
    expect(() => computeFigures(records(), { from: '2026-11-30', to: '2026-11-01' })).toThrow(RangeError);
  });
});
