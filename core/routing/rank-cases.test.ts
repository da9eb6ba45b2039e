import { describe, expect, it } from 'vitest';
import { rankCases, type RankableCase } from './rank-cases.ts';

const item = (id: string, o: Partial<RankableCase> = {}): RankableCase => ({ id, route: 'amw', has_minor_children: false, months_in_arrears: 2, arrears_amount: 1000, tie_break: id, ...o });

describe('rankCases (art. 4.1, 12.2)', () => {
  it.each([
    ['minor children first, even with fewer months', [item('a', { months_in_arrears: 5 }), item('b', { has_minor_children: true, months_in_arrears: 1 })], ['b', 'a']],
    ['then more months first', [item('a', { months_in_arrears: 1 }), item('b', { months_in_arrears: 3 })], ['b', 'a']],
    ['then a higher amount first', [item('a', { arrears_amount: 500 }), item('b', { arrears_amount: 900 })], ['b', 'a']],
    ['an unknown amount after a known one', [item('a', { arrears_amount: null }), item('b', { arrears_amount: 1 })], ['b', 'a']],
    ['unknown children count as none', [item('a', { has_minor_children: null, months_in_arrears: 3 }), item('b', { has_minor_children: true })], ['b', 'a']],
    ['then the tie-break, whatever the input order', [item('z', { tie_break: '6001BB' }), item('y', { tie_break: '6001AA' })], ['y', 'z']],
    ['municipality and AMW share one order', [item('a', { route: 'municipality', months_in_arrears: 1 }), item('b', { route: 'amw', months_in_arrears: 2 })], ['b', 'a']],
  ])('%s', (_name, cases, order) => {
    const ranks = rankCases(cases);
    expect([...ranks.entries()].filter(([, rank]) => rank !== null).sort((a, b) => a[1]! - b[1]!).map(([id]) => id)).toEqual(order);
  });

  it('gives no rank to cases that invite nobody and starts at 1', () => {
    const ranks = rankCases([item('a', { route: 'none' }), item('b'), item('c', { months_in_arrears: 9 })]);
    expect(Object.fromEntries(ranks)).toEqual({ a: null, b: 2, c: 1 });
  });

  it('is the same for any input order', () => {
    const cases = Array.from({ length: 40 }, (_, i) => item(`c${i}`, { has_minor_children: i % 3 === 0, months_in_arrears: i % 4, arrears_amount: i % 2 ? null : i * 10, tie_break: `k${i % 5}` }));
    expect(Object.fromEntries(rankCases([...cases].reverse()))).toEqual(Object.fromEntries(rankCases(cases)));
  });
});
