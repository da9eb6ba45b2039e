import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { cellText, isBlankCell } from './cell-text.ts';

describe('cellText', () => {
  test.each<[CellValue | undefined, string]>([
    [null, ''],
    [undefined, ''],
    ['  Dorps\u00a0straat  1 ', 'Dorps straat 1'],
    [12, '12'],
    [2.5, '2.5'],
    [true, 'WAAR'],
    [new Date(Date.UTC(1959, 3, 17)), '1959-04-17'],
    [new Date(Number.NaN), ''],
  ])('%j → %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  test.each<[CellValue | undefined, boolean]>([
    [null, true],
    [' \u00a0', true],
    [0, false],
    ['x', false],
  ])('isBlankCell(%j) → %s', (cell, expected) => {
    expect(isBlankCell(cell)).toBe(expected);
  });
});
