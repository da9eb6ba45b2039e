import { describe, expect, test } from 'vitest';
import { formatEuro } from './format-euro.ts';

describe('formatEuro', () => {
  test.each([
    [1850.25, '€ 1.850,25'],
    ['990.50', '€ 990,50'],
    [1120, '€ 1.120,00'],
    ['0', '€ 0,00'],
    [-12.5, '€ -12,50'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['abc', ''],
  ])('%o → %s', (value, expected) => {
    expect(formatEuro(value)).toBe(expected);
  });
});
