import { describe, expect, test } from 'vitest';
import { splitHouseNumber, splitHouseNumberSuffix } from './split-house-number.ts';

describe('splitHouseNumber', () => {
  test.each<[string | number, number, string | null, string | null]>([
    [12, 12, null, null],
    ['12', 12, null, null],
    ['12a', 12, 'A', null],
    ['12 A', 12, 'A', null],
    ['12-2', 12, null, '2'],
    ['12 bis', 12, null, 'bis'],
    ['12A-3', 12, 'A', '3'],
    ['12 a 3', 12, 'A', '3'],
    ['5-II', 5, null, 'II'],
    ['5 hs', 5, null, 'hs'],
    ['12A01', 12, null, 'A01'],
    ['101 bis', 101, null, 'bis'],
    ['12/2', 12, null, '2'],
    ['7 2hg', 7, null, '2hg'],
  ])('%j → %i %j %j', (input, house_number, house_letter, house_number_addition) => {
    expect(splitHouseNumber(input)).toEqual({ ok: true, value: { house_number, house_letter, house_number_addition } });
  });

  test.each([
    ['', 'Huisnummer ontbreekt.'],
    ['a12', '„a12” begint niet met een huisnummer.'],
    ['0', 'Huisnummer moet tussen 1 en 99999 liggen.'],
    ['123456', 'Huisnummer moet tussen 1 en 99999 liggen.'],
    ['12 achterhuis', 'Huisnummertoevoeging „achterhuis” is ongeldig (maximaal 4 letters of cijfers).'],
    ['12.5', 'Huisnummertoevoeging „.5” is ongeldig (maximaal 4 letters of cijfers).'],
  ])('%j is rejected', (input, message) => {
    expect(splitHouseNumber(input)).toEqual({ ok: false, message });
  });
});

describe('splitHouseNumberSuffix', () => {
  test.each([
    ['', null, null],
    ['a', 'A', null],
    ['bis', null, 'bis'],
    ['-2', null, '2'],
    ['A-3', 'A', '3'],
  ])('%j → %j %j', (input, house_letter, house_number_addition) => {
    expect(splitHouseNumberSuffix(input)).toEqual({ ok: true, value: { house_letter, house_number_addition } });
  });
});
