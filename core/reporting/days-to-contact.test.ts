import { describe, expect, test } from 'vitest';
import { daysToContact } from './days-to-contact.ts';
import { attempt, kase, NOVEMBER, records, signal } from './test-support/report-fixtures.ts';

describe('days from signal to first attempt and first talk (calendar days)', () => {
  test('a signal on Friday and a call on Monday is 3 days; the talk is the first reached attempt', () => {
    const data = records({
      signals: [signal({ signalDate: '2026-11-06', caseId: 'c1' })],
      cases: [kase('c1')],
      contactAttempts: [attempt('c1', '2026-11-09'), attempt('c1', '2026-11-14', { reached: true }), attempt('c1', '2026-11-20', { reached: true })],
    });
    const figure = daysToContact(data, NOVEMBER);
    expect(figure.cases).toBe(1);
    expect(figure.firstAttempt).toEqual({ count: 1, median: 3, p80: 3, targetDays: 14, withinTarget: 1, notYet: 0 });
    expect(figure.firstTalk).toEqual({ count: 1, median: 8, p80: 8, targetDays: 28, withinTarget: 1, notYet: 0 });
  });

  test('median and p80 over several cases; day 14 is within the target, day 15 is not; no attempt yet counts apart', () => {
    const data = records({
      signals: ['c1', 'c2', 'c3', 'c4', 'c5'].map((caseId) => signal({ signalDate: '2026-11-02', caseId })),
      cases: ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => kase(id)),
      contactAttempts: [attempt('c1', '2026-11-04'), attempt('c2', '2026-11-16'), attempt('c3', '2026-11-17'), attempt('c4', '2026-11-30', { reached: true })],
    });
    const figure = daysToContact(data, NOVEMBER);
    // Days 2, 14, 15, 28: median (14 + 15) / 2, p80 at rank 2.4 = 15 + 0.4 × 13.
    expect(figure.firstAttempt).toEqual({ count: 4, median: 14.5, p80: 20.2, targetDays: 14, withinTarget: 2, notYet: 1 });
    expect(figure.firstTalk).toEqual({ count: 1, median: 28, p80: 28, targetDays: 28, withinTarget: 1, notYet: 4 });
  });

  test('a case is measured from its first signal and only in the window where it began', () => {
    const data = records({
      signals: [signal({ signalDate: '2026-10-30', caseId: 'old' }), signal({ signalDate: '2026-11-30', caseId: 'old' }), signal({ signalDate: '2026-11-10', caseId: 'new' })],
      cases: [kase('old'), kase('new')],
      contactAttempts: [attempt('old', '2026-11-02'), attempt('new', '2026-11-11')],
    });
    expect(daysToContact(data, NOVEMBER).firstAttempt).toMatchObject({ count: 1, median: 1 });
    expect(daysToContact(data, { from: '2026-10-01', to: '2026-10-31' }).firstAttempt).toMatchObject({ count: 1, median: 3 });
  });

  test('an attempt dated before the signal (a typing error) is not a negative wait', () => {
    const data = records({ signals: [signal({ signalDate: '2026-11-10', caseId: 'c1' })], cases: [kase('c1')], contactAttempts: [attempt('c1', '2026-11-01'), attempt('c1', '2026-11-12')] });
    expect(daysToContact(data, NOVEMBER).firstAttempt.median).toBe(2);
  });

  test('empty window', () => {
    expect(daysToContact(records(), NOVEMBER)).toEqual({
      cases: 0,
      firstAttempt: { count: 0, median: null, p80: null, targetDays: 14, withinTarget: 0, notYet: 0 },
      firstTalk: { count: 0, median: null, p80: null, targetDays: 28, withinTarget: 0, notYet: 0 },
    });
  });
});
