import { describe, expect, test } from 'vitest';
import { median, percentile } from './percentiles.ts';

describe('median and percentiles (PERCENTILE.INC, as Excel)', () => {
  test.each([
    ['empty: no figure', [], null, null],
    ['one value', [7], 7, 7],
    ['odd count: the middle value', [9, 1, 5], 5, 7.4],
    ['even count: the mean of the middle two', [1, 2, 3, 4], 2.5, 3.4],
    ['even count, unsorted', [10, 2, 8, 4], 6, 8.8],
    ['five values: p80 interpolates between the 4th and 5th', [1, 2, 3, 4, 10], 3, 5.2],
  ])('%s', (_name, values, expectedMedian, expectedP80) => {
    expect(median(values)).toBe(expectedMedian);
    expect(percentile(values, 0.8)).toBe(expectedP80);
  });

  test('a percentile outside 0..1 is a programming error', () => {
    expect(() => percentile([1], 80)).toThrow(RangeError);
  });
});
