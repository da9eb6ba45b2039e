import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { findHeaderRow } from './find-header-row.ts';

const header = ['Voorl.', 'Achternaam', 'Geb.datum', 'Adres', 'Postcode', 'Mnd achterstand'];
const data = ['P.', 'Jansen', 21657, 'Dorpsstraat 1', '6001 GS', 2];

describe('findHeaderRow', () => {
  test.each<[string, CellValue[][], number | null]>([
    ['header on the first row', [header, data], 0],
    ['title rows and a blank row above', [['Overzicht huurachterstanden januari 2026'], ['Woningstichting Voorbeeld'], [], header, data], 3],
    ['a data row never beats the header', [data, header, data], 1],
    ['no header at all', [['Overzicht'], data, data], null],
    ['too few recognised cells', [['Naam', 'Iets', 'Anders'], data], null],
    ['header below the search window is not found', [...Array.from({ length: 20 }, () => ['titel']), header], null],
    ['the fuller of two candidates wins', [['Naam', 'Postcode', 'Adres'], header], 1],
  ])('%s', (_name, rows, expected) => {
    expect(findHeaderRow(rows)).toBe(expected);
  });

  test('partner mapping counts toward the score', () => {
    expect(findHeaderRow([['A1', 'A2', 'A3'], data], { A1: 'surname', A2: 'initials', A3: 'postcode' })).toBe(0);
  });
});
