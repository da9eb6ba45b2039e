import { describe, expect, test } from 'vitest';
import { isFarBelowExpected } from './upload-size.ts';

describe('isFarBelowExpected', () => {
  test.each([
    [3, 250, true],
    [124, 250, true],
    [125, 250, false],
    [260, 250, false],
    [0, 250, true],
    // Small partners are not size-checked.
    [1, 4, false],
    [0, 9, false],
    [4, 10, true],
    [5, 10, false],
    // No expectation set.
    [1, null, false],
    [1, undefined, false],
    [1, 0, false],
  ])('%i received, %s expected → %s', (received, expected, far) => expect(isFarBelowExpected(received, expected)).toBe(far));
});
