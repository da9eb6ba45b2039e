import { describe, expect, test } from 'vitest';
import { figureMonthsToCompute } from './plan-figure-months.ts';

describe('which months the reporting step computes again', () => {
  test.each([
    ['no signals: nothing', { today: '2026-12-07', firstSignalDate: null, storedMonths: [], shortestRetentionMonths: 6 }, []],
    ['a new installation: every month from the first signal', { today: '2026-12-07', firstSignalDate: '2026-09-15', storedMonths: [], shortestRetentionMonths: 6 }, ['2026-09', '2026-10', '2026-11', '2026-12']],
    [
      'stored months older than the term minus one are frozen',
      { today: '2026-12-07', firstSignalDate: '2026-05-02', storedMonths: ['2026-05', '2026-06', '2026-07', '2026-08'], shortestRetentionMonths: 6 },
      ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    ],
    [
      'an old month without stored figures is still computed once',
      { today: '2026-12-07', firstSignalDate: '2026-05-02', storedMonths: ['2026-06', '2026-07'], shortestRetentionMonths: 6 },
      ['2026-05', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    ],
    ['across a year', { today: '2027-01-01', firstSignalDate: '2026-11-30', storedMonths: ['2026-11'], shortestRetentionMonths: 3 }, ['2026-12', '2027-01']],
    ['a signal dated in the future counts nothing yet', { today: '2026-12-07', firstSignalDate: '2027-01-02', storedMonths: [], shortestRetentionMonths: 6 }, []],
    ['a term of one month still leaves the current month open', { today: '2026-12-07', firstSignalDate: '2026-11-01', storedMonths: ['2026-11', '2026-12'], shortestRetentionMonths: 1 }, ['2026-12']],
  ] as const)('%s', (_name, input, expected) => {
    expect(figureMonthsToCompute(input)).toEqual(expected);
  });
});
