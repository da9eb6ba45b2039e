import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { normaliseAmount } from './normalise-amount.ts';

describe('normaliseAmount', () => {
  test.each<[CellValue, number | null]>([
    [null, null],
    ['', null],
    ['-', null],
    ['€ 1.234,56', 1234.56],
    ['€1.234,56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1234.5', 1234.5],
    ['EUR 12', 12],
    ['12,00 euro', 12],
    [1234.567, 1234.57],
    [0, 0],
    ['€ 0,00', 0],
    ['¬ 1.234,56', 1234.56],
    ['â‚¬ 12,50', 12.5],
  ])('%j → %j', (cell, expected) => {
    expect(normaliseAmount(cell)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellValue, string]>([
    ['€ -12,50', 'Het bedrag is negatief; een achterstand is altijd positief.'],
    ['- 12,50', 'Het bedrag is negatief; een achterstand is altijd positief.'],
    ['(12,50)', 'Het bedrag is negatief; een achterstand is altijd positief.'],
    [-3, 'Het bedrag is negatief; een achterstand is altijd positief.'],
    ['veel', '„veel” is geen bedrag.'],
  ])('%j is rejected', (cell, message) => {
    expect(normaliseAmount(cell)).toEqual({ ok: false, message });
  });
});
