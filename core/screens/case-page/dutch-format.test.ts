import { describe, expect, test } from 'vitest';
import { dateLabel, dateTimeLabel, euro, monthsLabel, periodLabel, personName, yesNo } from './dutch-format.ts';
import { casePagePath } from './case-page-path.ts';

describe('Dutch formats on the case page', () => {
  test.each([
    [1234.56, '€ 1.234,56'],
    ['1850.25', '€ 1.850,25'],
    [1120, '€ 1.120,00'],
    ['990.5', '€ 990,50'],
    [1234567.8, '€ 1.234.567,80'],
    [0, '€ 0,00'],
    [-12.5, '€ -12,50'],
    [null, null],
    ['', null],
    ['abc', null],
  ])('euro(%j) = %j', (value, expected) => {
    expect(euro(value)).toBe(expected);
  });

  test.each([
    [3, '3 maanden'],
    ['3.0', '3 maanden'],
    [1, '1 maand'],
    ['2.5', '2,5 maanden'],
    [null, null],
  ])('monthsLabel(%j) = %j', (value, expected) => {
    expect(monthsLabel(value)).toBe(expected);
  });

  test.each([
    ['2026-11', 'november 2026'],
    ['2035-01', 'januari 2035'],
    [null, null],
    ['2026-13', '2026-13'],
  ])('periodLabel(%j) = %j', (value, expected) => {
    expect(periodLabel(value)).toBe(expected);
  });

  test.each([
    ['2026-12-02', '2 december 2026'],
    ['2026-12-02T10:30:00', '2 december 2026'],
    [null, null],
    ['gisteren', null],
  ])('dateLabel(%j) = %j', (value, expected) => {
    expect(dateLabel(value)).toBe(expected);
  });

  test.each([
    ['2026-12-02T10:30:00', '2 december 2026 om 10:30'],
    ['2026-12-02T09:05:00.000Z', '2 december 2026 om 10:05'],
    ['2026-07-01T22:30:00Z', '2 juli 2026 om 00:30'],
    ['2026-12-02', '2 december 2026'],
    [null, null],
  ])('dateTimeLabel(%j) = %j', (value, expected) => {
    expect(dateTimeLabel(value)).toBe(expected);
  });

  test.each([
    [true, 'ja'],
    [false, 'nee'],
    [null, 'onbekend'],
  ])('yesNo(%j) = %s', (value, expected) => {
    expect(yesNo(value)).toBe(expected);
  });

  test.each([
    [{ first_name: 'Sanne', last_name: 'de Vries' }, 'Sanne de Vries'],
    [{ first_name: 'Sanne', last_name: null }, 'Sanne'],
    ['0b9a…', null],
    [null, null],
  ])('personName(%j) = %j', (value, expected) => {
    expect(personName(value)).toBe(expected);
  });

  test('the case page path is an app route with the id escaped', () => {
    expect(casePagePath('6f1c2d3e-0000-4000-8000-000000000001')).toBe('/vroegsignalering/zaken/6f1c2d3e-0000-4000-8000-000000000001');
    expect(casePagePath('a/b')).toBe('/vroegsignalering/zaken/a%2Fb');
  });
});
