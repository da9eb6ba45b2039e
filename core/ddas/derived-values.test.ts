import { describe, expect, test } from 'vitest';
import { arrearsStartDate, ddasClient, wholeEuros } from './derived-values.ts';

describe('DDAS values derived from what is stored', () => {
  test.each([
    ['1 month at a November signal: the November rent, due 1 November', 1, '2026-11-30', '2026-11-01'],
    ['2 months: October and November', 2, '2026-11-30', '2026-10-01'],
    ['1.5 months: a part month is a whole unpaid rent', 1.5, '2026-11-02', '2026-10-01'],
    ['3 months over a year end', 3, '2027-01-05', '2026-11-01'],
    ['no months: no date', null, '2026-11-30', null],
    ['zero months: no date', 0, '2026-11-30', null],
  ])('ontstaansdatum: %s', (_name, monthsInArrears, signalDate, expected) => {
    expect(arrearsStartDate({ monthsInArrears, signalDate, arrearsStartDate: null })).toBe(expected);
  });

  test('a stored arrears start date wins', () => {
    expect(arrearsStartDate({ monthsInArrears: 2, signalDate: '2026-11-30', arrearsStartDate: '2026-09-15' })).toBe('2026-09-15');
  });

  test.each([[1250.49, 1250], [1250.5, 1251], [0.4, 0], [null, null]])('bedrag %s → %s whole euros', (euros, expected) => {
    expect(wholeEuros(euros)).toBe(expected);
  });

  test('client: BSN alone when known; else postcode without space and house number, with the addition', () => {
    expect(ddasClient({ bsn: '123456782', postcode: '6001 AB', houseNumber: '1', houseNumberAddition: 'B' })).toEqual({ burgerservicenummer: '123456782' });
    expect(ddasClient({ bsn: null, postcode: '6001 ab', houseNumber: '1', houseNumberAddition: null })).toEqual({ postcode: '6001AB', huisnummer: '1' });
    expect(ddasClient({ bsn: '', postcode: '6001AB', houseNumber: '1', houseNumberAddition: 'B 2' })).toEqual({ postcode: '6001AB', huisnummer: '1', huisnummertoevoeging: 'B 2' });
  });
});
