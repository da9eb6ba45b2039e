import { describe, expect, test } from 'vitest';
import { splitAddress } from './split-address.ts';

describe('splitAddress', () => {
  test.each<[string, string, number, string | null, string | null]>([
    ['Dorpsstraat 12a', 'Dorpsstraat', 12, 'A', null],
    ['Dorpsstraat 12', 'Dorpsstraat', 12, null, null],
    ['Kerkstraat 5-II', 'Kerkstraat', 5, null, 'II'],
    ['Hoofdweg 101 bis', 'Hoofdweg', 101, null, 'bis'],
    ['2e Kruisstraat 4', '2e Kruisstraat', 4, null, null],
    ['Laan 1940-1945 12', 'Laan 1940-1945', 12, null, null],
    ['Van der Does de Willeboissingel 3 A-2', 'Van der Does de Willeboissingel', 3, 'A', '2'],
    ['  Markt   7 ', 'Markt', 7, null, null],
    ['Markt, 7', 'Markt', 7, null, null],
  ])('%j', (input, street, house_number, house_letter, house_number_addition) => {
    expect(splitAddress(input)).toEqual({ ok: true, value: { street, house_number, house_letter, house_number_addition } });
  });

  test.each([
    ['', 'Adres ontbreekt.'],
    ['Dorpsstraat', 'In het adres „Dorpsstraat” is geen straat met huisnummer te herkennen.'],
    ['12', 'In het adres „12” is geen straat met huisnummer te herkennen.'],
    ['Dorpsstraat twaalf', 'In het adres „Dorpsstraat twaalf” is geen straat met huisnummer te herkennen.'],
  ])('%j is rejected', (input, message) => {
    expect(splitAddress(input)).toEqual({ ok: false, message });
  });
});
