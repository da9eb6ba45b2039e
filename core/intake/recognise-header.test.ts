import { describe, expect, test } from 'vitest';
import { recogniseHeader } from './recognise-header.ts';

describe('recogniseHeader without configuration', () => {
  test.each([
    ['Voorl.', 'initials'],
    ['Voorletters', 'initials'],
    ['Initialen', 'initials'],
    ['Tussenv.', 'name_prefix'],
    ['Tussenvoegsel', 'name_prefix'],
    ['Voorvoegsel', 'name_prefix'],
    ['Achternaam', 'surname'],
    ['Naam', 'surname'],
    ['Geslachtsnaam', 'surname'],
    ['Geb.datum', 'birth_date'],
    ['Geboortedatum', 'birth_date'],
    ['Geb. dat.', 'birth_date'],
    ['  GEBOORTEDATUM  ', 'birth_date'],
    ['Straat', 'street'],
    ['Straatnaam', 'street'],
    ['Huisnr', 'house_number'],
    ['Huisnummer', 'house_number'],
    ['Nr.', 'house_number'],
    ['Huisletter', 'house_letter'],
    ['Toev.', 'house_number_addition'],
    ['Toevoeging', 'house_number_addition'],
    ['Huisnr. toev.', 'house_number_addition'],
    ['Postcode', 'postcode'],
    ['PC', 'postcode'],
    ['Woonplaats', 'city'],
    ['Plaats', 'city'],
    ['Telefoon', 'phone'],
    ['Tel.', 'phone'],
    ['Telefoonnummer', 'phone'],
    ['Mobiel', 'phone'],
    ['Mnd achterstand', 'months_in_arrears'],
    ['Aantal maanden', 'months_in_arrears'],
    ['Maanden huurachterstand', 'months_in_arrears'],
    ['Aantal maanden achterstand per 31-01', 'months_in_arrears'],
    ['Achterstand (€)', 'arrears_amount'],
    ['Achterstand', 'arrears_amount'],
    ['Bedrag', 'arrears_amount'],
    ['Openstaand bedrag', 'arrears_amount'],
    ['Signaaldatum', 'signal_date'],
    ['Datum melding', 'signal_date'],
    ['Adres', 'address'],
    ['Wóónplaats', 'city'],
  ] as const)('%j → %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  test.each(['BSN', 'Burgerservicenummer', 'Inkomen', 'Opmerkingen', 'Huurcontractnummer', 'Klantnummer', 'E-mail', '', 'Geslacht'])(
    '%j is not taken over',
    (header) => {
      expect(recogniseHeader(header)).toBeNull();
    },
  );
});

describe('recogniseHeader with a partner mapping', () => {
  test.each([
    ['Naam1', { Naam1: 'surname' }, 'surname'],
    ['Geb dat', { 'Geb. dat.': 'initials' }, 'initials'],
    ['Naam', { Naam: 'ignore' }, null],
    ['Locatie', { Locatie: 'address' }, 'address'],
    ['Achternaam', { Iets: 'city' }, 'surname'],
  ] as const)('%j with %j → %s', (header, mapping, expected) => {
    expect(recogniseHeader(header, mapping)).toBe(expected);
  });
});
