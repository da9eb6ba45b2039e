import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { mapColumns } from './map-columns.ts';
import { parseRow, type ParsedRow } from './parse-row.ts';

const today = '2026-02-01';
const separate = mapColumns(['Voorl.', 'Tussenv.', 'Achternaam', 'Geb.datum', 'Straat', 'Huisnr', 'Toev.', 'Postcode', 'Woonplaats', 'Telefoon', 'Mnd achterstand', 'Achterstand (€)', 'BSN']);
const combined = mapColumns(['Voorletters', 'Naam', 'Geboortedatum', 'Adres', 'PC', 'Plaats', 'Aantal maanden', 'Bedrag', 'Signaaldatum']);

const parse = (cells: CellValue[], mapping = separate): ParsedRow => parseRow(7, cells, mapping, { today });

describe('parseRow: accepted rows', () => {
  test('separate columns, everything normalised; the BSN value is never read', () => {
    expect(parse(['pj', 'Van Der', 'Meijden', '17-04-1959', 'Dorpsstraat', '12a', null, '6001 gs', 'WEERT', '0495-123456', '3', '€ 1.234,56', '123456782'])).toEqual({
      value: {
        initials: 'P.J.', name_prefix: 'van der', surname: 'Meijden', birth_date: '1959-04-17', street: 'Dorpsstraat', house_number: 12, house_letter: 'A',
        house_number_addition: null, postcode: '6001GS', city: 'WEERT', phone: '0495-123456', months_in_arrears: 3, arrears_amount: 1234.56, signal_date: null,
      },
      warnings: [],
    });
  });

  test.each<[string, CellValue[], Record<string, unknown>]>([
    ['address cell with letter', ['A.', 'Gérard', 21657, 'Dorpsstraat 12a', '6001GS', 'Weert', 2, 850, '31-01-2026'], { street: 'Dorpsstraat', house_number: 12, house_letter: 'A', signal_date: '2026-01-31', surname: 'Gérard' }],
    ['address with roman addition', ['A.', 'Smit', 21657, 'Kerkstraat 5-II', '6001GS', null, 2, null, null], { street: 'Kerkstraat', house_number: 5, house_letter: null, house_number_addition: 'II', city: null }],
    ['street with a number in it', ['A.', 'Smit', 21657, '2e Kruisstraat 4', '6001GS', null, 2, null, null], { street: '2e Kruisstraat', house_number: 4 }],
    ['prefix after the surname', ['A.', 'Meijden, van der', 21657, 'Hoofdweg 101 bis', '6001GS', null, 2, null, null], { surname: 'Meijden', name_prefix: 'van der', house_number_addition: 'bis' }],
  ])('%s', (_name, cells, expected) => {
    const result = parse(cells, combined);
    expect(result).toHaveProperty('value');
    expect((result as { value: unknown }).value).toMatchObject(expected);
  });

  test('an addition column with a single letter is the huisletter', () => {
    const result = parse(['P.', null, 'Smit', '17-04-1959', 'Markt', 3, 'b', '6001GS', null, null, 2, null]);
    expect((result as { value: unknown }).value).toMatchObject({ house_number: 3, house_letter: 'B', house_number_addition: null });
  });

  test('bad optional values are dropped with warnings, the row is kept', () => {
    const result = parse(['P.', 'v.d.', 'Berg', '17-04-1959', 'Markt', 3, null, '6001GS', 'Weert<script>', 'bel na 18u', 2, '€ -12,50']);
    expect(result).toEqual({
      value: expect.objectContaining({ name_prefix: 'van der', city: 'Weert', phone: null, arrears_amount: null }),
      warnings: [
        { row: 7, column: 'Woonplaats', message: 'Tekens verwijderd die als formule of opmaak uitgevoerd zouden kunnen worden.', code: 'text_sanitized' },
        { row: 7, column: 'Telefoon', message: 'Telefoonnummer bevat tekens die in een telefoonnummer niet voorkomen. Deze waarde is niet overgenomen.', code: 'phone_dropped' },
        { row: 7, column: 'Achterstand (€)', message: 'Het bedrag is negatief; een achterstand is altijd positief. Deze waarde is niet overgenomen.', code: 'arrears_amount_dropped' },
      ],
    });
  });

  test('a formula in the surname cannot survive as a formula', () => {
    const result = parse(['P.', null, '=Jansen', '17-04-1959', 'Markt', 3, null, '6001GS', null, null, 2, null]);
    expect(result).toMatchObject({ value: { surname: 'Jansen' }, warnings: [{ column: 'Achternaam', code: 'text_sanitized' }] });
  });

  test('=HYPERLINK(...) as a surname is stripped and then refused as a name', () => {
    const result = parse(['P.', null, '=HYPERLINK("http://kwaad.example","klik")', '17-04-1959', 'Markt', 3, null, '6001GS', null, null, 2, null]);
    expect(result).toEqual({ errors: [{ row: 7, column: 'Achternaam', message: 'Achternaam bevat tekens die in een naam niet voorkomen.', code: 'surname_invalid' }] });
  });
});

describe('parseRow: rejected rows report every problem at once', () => {
  test('several problems in one row', () => {
    expect(parse(['', null, 'Bakker', '31-02-1980', 'Hoofdweg', 'x', null, '0123AB', null, null, '0', null])).toEqual({
      errors: [
        { row: 7, column: 'Voorl.', message: 'Voorletters ontbreken.', code: 'initials_invalid' },
        { row: 7, column: 'Geb.datum', message: 'De datum „31-02-1980” bestaat niet.', code: 'birth_date_invalid' },
        { row: 7, column: 'Huisnr', message: '„x” begint niet met een huisnummer.', code: 'house_number_invalid' },
        { row: 7, column: 'Postcode', message: 'Een postcode begint niet met 0.', code: 'postcode_invalid' },
        { row: 7, column: 'Mnd achterstand', message: 'Aantal maanden achterstand moet groter dan 0 zijn.', code: 'months_in_arrears_invalid' },
      ],
    });
  });

  test.each<[string, CellValue[], { column: string; message: string }]>([
    ['address without number', ['P.', 'Jansen', '17-04-1959', 'Dorpsstraat', '6001GS', null, 2, null, null], { column: 'Adres', message: 'In het adres „Dorpsstraat” is geen straat met huisnummer te herkennen.' }],
    ['empty address', ['P.', 'Jansen', '17-04-1959', null, '6001GS', null, 2, null, null], { column: 'Adres', message: 'Straat ontbreekt.' }],
    ['future birth date', ['P.', 'Jansen', '01-03-2026', 'Markt 1', '6001GS', null, 2, null, null], { column: 'Geboortedatum', message: 'Geboortedatum ligt in de toekomst.' }],
    ['SA postcode', ['P.', 'Jansen', '01-03-1966', 'Markt 1', '6001SA', null, 2, null, null], { column: 'PC', message: 'De letters SA, SD en SS komen in postcodes niet voor.' }],
  ])('%s', (_name, cells, expected) => {
    const result = parse(cells, combined);
    expect(result).toHaveProperty('errors');
    expect((result as { errors: unknown[] }).errors[0]).toMatchObject(expected);
  });
});

describe('parseRow: ignored rows', () => {
  test.each<[CellValue[], string]>([
    [[null, null, '', null], 'blank'],
    [['Totaal', null, null, null, null, null, null, null, null, null, 48, '€ 12.345,67'], 'totals'],
    [[null, null, null, null, null, null, null, null, null, null, 48, 12345.67], 'totals'],
  ])('%j → %s', (cells, reason) => {
    expect(parse(cells)).toEqual({ ignored: reason });
  });
});
