import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { normaliseBirthDate } from './normalise-birth-date.ts';

const today = '2026-02-01';

describe('normaliseBirthDate', () => {
  test.each<[CellValue, string]>([
    ['17-04-1959', '1959-04-17'],
    [21657, '1959-04-17'],
    ['01-02-1906', '1906-02-01'],
  ])('%j → %s', (cell, expected) => {
    expect(normaliseBirthDate(cell, today)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellValue, string]>([
    [null, 'Geboortedatum ontbreekt.'],
    ['31-02-1980', 'De datum „31-02-1980” bestaat niet.'],
    ['02-02-2026', 'Geboortedatum ligt in de toekomst.'],
    ['31-01-1905', 'Geboortedatum ligt meer dan 120 jaar terug.'],
    ['01-01-1850', 'Geboortedatum ligt meer dan 120 jaar terug.'],
  ])('%j is rejected', (cell, message) => {
    expect(normaliseBirthDate(cell, today)).toEqual({ ok: false, message });
  });

  test('a minor is accepted with a warning', () => {
    expect(normaliseBirthDate('01-01-2010', today)).toEqual({
      ok: true,
      value: '2010-01-01',
      warnings: ['Huurder is volgens de geboortedatum jonger dan 18 jaar; controleer de datum.'],
    });
  });
});
