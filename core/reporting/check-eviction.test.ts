import { describe, expect, test } from 'vitest';
import { evictionProblem } from './check-eviction.ts';

describe('an evictions entry of a corporation', () => {
  test.each([
    [{ total: 3, withMinorChildren: 1 }, false, null],
    [{ total: 0, withMinorChildren: 0 }, false, null],
    [{ total: 2, withMinorChildren: 2 }, false, null],
    [{ total: null, withMinorChildren: 1 }, false, null],
    [{ total: 1, withMinorChildren: 2 }, false, /groter dan het totaal \(1\)/],
    [{ total: -1, withMinorChildren: 0 }, false, /Aantal ontruimingen/],
    [{ total: 1.5, withMinorChildren: 0 }, false, /heel getal/],
    [{ total: 2, withMinorChildren: -1 }, false, /minderjarige kinderen" een heel getal/],
    [{ total: 2, withMinorChildren: 1 }, true, /al ingevuld/],
  ] as const)('%o (second row for the period: %s) → %s', (entry, duplicate, expected) => {
    const problem = evictionProblem(entry, duplicate);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
