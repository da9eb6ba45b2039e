import { describe, expect, test } from 'vitest';
import { headerScore, mapColumns } from './map-columns.ts';

describe('mapColumns', () => {
  test.each([
    [
      'all separate columns',
      ['Voorl.', 'Tussenv.', 'Achternaam', 'Geb.datum', 'Straat', 'Huisnr', 'Postcode', 'Mnd achterstand'],
      [],
      [],
    ],
    ['combined address', ['Voorletters', 'Naam', 'Geboortedatum', 'Adres', 'PC', 'Aantal maanden'], [], []],
    [
      'dropped columns reported by their own text',
      ['BSN', 'Voorletters', 'Naam', 'Geboortedatum', 'Adres', 'PC', 'Aantal maanden', 'Inkomen', 'Opmerkingen'],
      ['BSN', 'Inkomen', 'Opmerkingen'],
      [],
    ],
    ['second column for the same field is dropped', ['Voorletters', 'Naam', 'Achternaam', 'Geboortedatum', 'Adres', 'PC', 'Maanden'], ['Achternaam'], []],
    ['missing birth date', ['Voorletters', 'Naam', 'Adres', 'PC', 'Maanden'], [], ['Geboortedatum']],
    ['missing street and number', ['Voorletters', 'Naam', 'Geboortedatum', 'PC', 'Maanden'], [], ['Straat (of Adres)', 'Huisnummer (of Adres)']],
    [
      'nothing recognised',
      ['a', 'b'],
      ['a', 'b'],
      ['Voorletters', 'Achternaam', 'Geboortedatum', 'Postcode', 'Maanden achterstand', 'Straat (of Adres)', 'Huisnummer (of Adres)'],
    ],
  ])('%s', (_name, header, dropped, missing) => {
    const mapping = mapColumns(header);
    expect(mapping.dropped).toEqual(dropped);
    expect(mapping.missing).toEqual(missing);
  });

  test('keeps positions of mapped columns, skipping blank headers', () => {
    const mapping = mapColumns([null, 'Naam', '', 'Adres']);
    expect(mapping.columns).toEqual([
      { index: 1, header: 'Naam', target: 'surname' },
      { index: 3, header: 'Adres', target: 'address' },
    ]);
  });

  test('partner mapping can rescue an unknown header', () => {
    expect(mapColumns(['Vl', 'Nm', 'Gd', 'Adr', 'Pc', 'Mnd'], { Nm: 'surname', Gd: 'birth_date', Adr: 'address', Vl: 'initials' }).missing).toEqual([]);
  });
});

describe('headerScore', () => {
  test.each([
    [['Overzicht huurachterstanden januari 2026'], 0],
    [['Voorletters', 'Naam', 'Geboortedatum', 'BSN'], 3],
    [['P.J.', 'Jansen', 21657, '6001GS'], 0],
    [['Naam', 'Achternaam'], 1],
    [[], 0],
  ])('%j → %i', (cells, score) => {
    expect(headerScore(cells)).toBe(score);
  });
});
