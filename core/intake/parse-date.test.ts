import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { ageOn, fromExcelSerial, parseDateCell } from './parse-date.ts';

describe('parseDateCell', () => {
  test.each<[CellValue, string]>([
    [21657, '1959-04-17'],
    [21657.5, '1959-04-17'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [new Date(Date.UTC(1959, 3, 17)), '1959-04-17'],
    [new Date(Date.UTC(1959, 3, 16, 23, 59, 59, 999)), '1959-04-17'],
    ['17-04-1959', '1959-04-17'],
    ['17/4/1959', '1959-04-17'],
    ['17.04.1959', '1959-04-17'],
    ['1959-04-17', '1959-04-17'],
    ['1959/04/17', '1959-04-17'],
    ['17-04-1959 00:00:00', '1959-04-17'],
    ['1959-04-17T00:00:00Z', '1959-04-17'],
    ['19590417', '1959-04-17'],
    [19590417, '1959-04-17'],
    ['21657', '1959-04-17'],
    ['17 april 1959', '1959-04-17'],
    ['17-apr-1959', '1959-04-17'],
    ['29-02-1980', '1980-02-29'],
  ])('%j → %s', (cell, expected) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellValue, string]>([
    [null, 'Datum ontbreekt.'],
    ['', 'Datum ontbreekt.'],
    ['31-02-1980', 'De datum „31-02-1980” bestaat niet.'],
    ['29-02-1981', 'De datum „29-02-1981” bestaat niet.'],
    ['17-13-1959', 'De datum „17-13-1959” bestaat niet.'],
    ['17-04-59', '„17-04-59”: het jaartal moet uit vier cijfers bestaan.'],
    ['morgen', '„morgen” is geen herkenbare datum; gebruik dd-mm-jjjj.'],
    [60, 'Excel-datum 29-02-1900 bestaat niet.'],
    [0, 'Het getal 0 is geen geldige Excel-datum.'],
    [-5, 'Het getal -5 is geen geldige Excel-datum.'],
  ])('%j is rejected', (cell, message) => {
    expect(parseDateCell(cell)).toEqual({ ok: false, message });
  });

  test('serial and its text twin agree', () => {
    expect(fromExcelSerial(45658)).toEqual({ ok: true, value: '2025-01-01' });
  });
});

describe('ageOn', () => {
  test.each([
    ['1959-04-17', '2026-04-16', 66],
    ['1959-04-17', '2026-04-17', 67],
    ['2000-02-29', '2026-02-28', 25],
  ])('%s on %s → %i', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });
});
