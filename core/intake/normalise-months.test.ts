import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { normaliseMonths } from './normalise-months.ts';

describe('normaliseMonths', () => {
  test.each<[CellValue, number]>([
    [2, 2],
    [2.5, 2.5],
    ['2', 2],
    ['2,5', 2.5],
    ['3 mnd', 3],
    ['3 mnd.', 3],
    ['4 maanden', 4],
    ['1 maand', 1],
    [' 2.0 ', 2],
    [2.333333, 2.33],
  ])('%j → %d', (cell, expected) => {
    expect(normaliseMonths(cell)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellValue, string]>([
    [null, 'Aantal maanden achterstand ontbreekt.'],
    ['', 'Aantal maanden achterstand ontbreekt.'],
    [0, 'Aantal maanden achterstand moet groter dan 0 zijn.'],
    ['-1', 'Aantal maanden achterstand moet groter dan 0 zijn.'],
    ['twee', '„twee” is geen aantal maanden.'],
    [1234.56, 'Meer dan 120 maanden achterstand is niet aannemelijk; staat hier misschien een bedrag?'],
  ])('%j is rejected', (cell, message) => {
    expect(normaliseMonths(cell)).toEqual({ ok: false, message });
  });
});
