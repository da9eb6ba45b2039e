import { describe, expect, test } from 'vitest';
import { minorChildrenReached } from './minor-children-reached.ts';
import { reach, reachPerKind } from './reach.ts';
import { attempt, kase, NOVEMBER, records, signal } from './test-support/report-fixtures.ts';

describe('reach: a household with at least one attempt with reached = true', () => {
  const data = records({
    signals: [
      signal({ householdKey: 'reached-by-phone', signalDate: '2026-11-30', caseId: 'c1', hasMinorChildren: true }),
      signal({ householdKey: 'letter-only', signalDate: '2026-11-30', caseId: 'c2', hasMinorChildren: true }),
      signal({ householdKey: 'never-tried', signalDate: '2026-11-30', caseId: 'c3', hasMinorChildren: null }),
      signal({ householdKey: 'no-case', signalDate: '2026-11-12', caseId: null }),
      signal({ householdKey: 'last-month', signalDate: '2026-10-30', caseId: 'c4' }),
    ],
    cases: [kase('c1'), kase('c2'), kase('c3'), kase('c4')],
    contactAttempts: [
      attempt('c1', '2026-12-01', { kind: 'Brief', reached: false }),
      // Reached after the window's end: still this window's household, reached.
      attempt('c1', '2026-12-08', { kind: 'Telefoon', reached: true }),
      attempt('c2', '2026-12-01', { kind: 'Brief', reached: false }),
      attempt('c2', '2026-12-03', { kind: 'Brief', reached: false }),
      attempt('c4', '2026-11-03', { kind: 'Huisbezoek', reached: true }),
    ],
  });

  test('overall: households of the window, those tried, those reached', () => {
    expect(reach(data, NOVEMBER)).toEqual({ households: 4, attempted: 2, reached: 1, share: 0.25, shareOfAttempted: 0.5 });
  });

  test('per kind: a household counts once per kind; reached by that kind only', () => {
    expect(reachPerKind(data, NOVEMBER).kinds).toEqual([
      { kind: 'Brief', attempted: 2, reached: 0, share: 0 },
      { kind: 'Telefoon', attempted: 1, reached: 1, share: 1 },
    ]);
  });

  test('families with minor children: only households known to have them', () => {
    expect(minorChildrenReached(data, NOVEMBER)).toEqual({ households: 2, reached: 1, share: 0.5 });
  });

  test('a repeat signal that joined an older case sees that case\'s attempts', () => {
    const joined = records({ signals: [signal({ householdKey: 'h', signalDate: '2026-11-30', caseId: 'old' })], cases: [kase('old', { opened: '2026-09-30' })], contactAttempts: [attempt('old', '2026-10-05', { reached: true })] });
    expect(reach(joined, NOVEMBER).reached).toBe(1);
  });

  test('empty window: no shares, not zero', () => {
    expect(reach(records(), NOVEMBER)).toEqual({ households: 0, attempted: 0, reached: 0, share: null, shareOfAttempted: null });
    expect(reachPerKind(records(), NOVEMBER)).toEqual({ kinds: [] });
    expect(minorChildrenReached(records(), NOVEMBER)).toEqual({ households: 0, reached: 0, share: null });
  });
});
