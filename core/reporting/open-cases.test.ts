import { describe, expect, test } from 'vitest';
import { isOpenOn, openCases } from './open-cases.ts';
import type { ReportCase } from './records.ts';
import { kase, NOVEMBER, records } from './test-support/report-fixtures.ts';

describe('cases still open at the window\'s end (30 November)', () => {
  test.each<[string, Partial<ReportCase>, boolean]>([
    ['opened in the window, not closed', { opened: '2026-11-05' }, true],
    ['opened long before, still open', { opened: '2026-06-05', status: 'in_contact' }, true],
    ['closed on the last day: closed', { opened: '2026-11-05', closed: '2026-11-30', status: 'closed' }, false],
    ['closed the day after the window: still open at its end', { opened: '2026-11-05', closed: '2026-12-01', status: 'closed' }, true],
    ['opened the day after the window: not yet there', { opened: '2026-12-01' }, false],
    ['opened on the last day', { opened: '2026-11-30' }, true],
    ['closed without a date: closed', { opened: '2026-11-05', status: 'closed', closed: null }, false],
    ['closed before the window', { opened: '2026-09-05', closed: '2026-10-15', status: 'closed' }, false],
  ])('%s → %s', (_name, over, open) => {
    expect(isOpenOn(kase('c', over), NOVEMBER.to)).toBe(open);
  });

  test('counted per route, undecided apart', () => {
    const data = records({ cases: [kase('a', { route: 'amw' }), kase('b', { route: 'amw' }), kase('c', { route: 'municipality' }), kase('d', { route: null }), kase('e', { status: 'closed', closed: '2026-11-20' })] });
    expect(openCases(data, NOVEMBER)).toEqual({ total: 4, perRoute: [{ route: 'amw', count: 2 }, { route: 'municipality', count: 1 }, { route: 'undecided', count: 1 }] });
  });
});
