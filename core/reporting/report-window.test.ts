import { describe, expect, test } from 'vitest';
import { reportWindowProblem } from './report-window.ts';

describe('a window typed in the app', () => {
  test.each([
    ['2026-11-01', '2026-11-30', null],
    ['2026-01-01', '2026-12-31', null],
    ['2026-11-30', '2026-11-30', null],
    ['2026-11-31', '2026-11-30', /begindatum/],
    ['2026-11-01', '30-11-2026', /einddatum/],
    [undefined, '2026-11-30', /begindatum/],
    ['2026-12-01', '2026-11-30', /eindigt \(2026-11-30\) vóór ze begint \(2026-12-01\)/],
    ['2020-01-01', '2026-11-30', /twee jaar/],
  ] as const)('%s .. %s → %s', (from, to, expected) => {
    const problem = reportWindowProblem(from, to);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
