import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { IntakeResult } from '../../core/intake/intake-result.ts';
import { summaryText } from '../../core/intake/summary-text.ts';
import { intakeFile } from './read-intake-file.ts';

const today = '2026-02-01';
const fixture = (name: string) => new URL(`../../test/fixtures/intake/${name}`, import.meta.url).pathname;
const intake = async (name: string, partnerMapping?: Record<string, string>) => intakeFile(await readFile(fixture(name)), { today, partnerMapping });
const pick = (result: IntakeResult, ...fields: string[]) =>
  result.signals.map((signal) => Object.fromEntries(fields.map((field) => [field, (signal as unknown as Record<string, unknown>)[field]])));

describe('intakeFile: one fixture per real-world quirk', () => {
  test('UTF-8 with BOM, comma-separated, quoted Dutch amounts', async () => {
    const result = await intake('utf8-bom-comma.csv');
    expect(result.counts).toEqual({ rows_read: 3, accepted: 3, rejected: 0, duplicates: 0, ignored: 0 });
    expect(pick(result, 'initials', 'name_prefix', 'surname', 'birth_date', 'months_in_arrears', 'arrears_amount')).toEqual([
      { initials: 'A.', name_prefix: null, surname: 'Gérard', birth_date: '1980-02-01', months_in_arrears: 2, arrears_amount: 850 },
      { initials: 'Ë.', name_prefix: 'de', surname: 'Ëlberink', birth_date: '1975-12-31', months_in_arrears: 2.5, arrears_amount: 1234.56 },
      { initials: 'K.', name_prefix: null, surname: 'Proefhuis', birth_date: '1990-07-21', months_in_arrears: 3, arrears_amount: 990.5 },
    ]);
    expect(result.signals[0]).toMatchObject({ postcode: '6002AB', phone: '06-12345678', city: 'Weert', row: 2 });
  });

  test('windows-1252 with ";", é/ë and the euro sign', async () => {
    const result = await intake('windows-1252-semicolon.csv');
    expect(pick(result, 'surname', 'street', 'arrears_amount')).toEqual([
      { surname: 'Hélène', street: 'Rue Molière', arrears_amount: 1234.56 },
      { surname: 'Bergë', street: 'Maasstraat', arrears_amount: 2000 },
    ]);
    expect(result.columns['Achterstand (€)']).toBe('arrears_amount');
  });

  test('tab-separated', async () => {
    const result = await intake('tab-separated.csv');
    expect(pick(result, 'surname', 'street', 'house_number')).toEqual([
      { surname: 'Tabbers', street: 'Tabstraat', house_number: 9 },
      { surname: 'Spatie', street: 'Lange Laan', house_number: 10 },
    ]);
  });

  test('UTF-16 "Unicode-tekst" export', async () => {
    expect(pick(await intake('utf16-unicode-text.txt'), 'initials', 'surname')).toEqual([{ initials: 'Ü.', surname: 'Ünicode' }]);
  });

  test('title rows above the header', async () => {
    const result = await intake('title-rows.xlsx');
    expect(result).toMatchObject({ status: 'processed', header_row: 4, counts: { rows_read: 2, accepted: 2 } });
    expect(result.signals.map((s) => s.row)).toEqual([5, 6]);
  });

  test('a totals row, a sums-only row and a blank row are ignored, not errors', async () => {
    const result = await intake('totals-row.csv');
    expect(result.counts).toEqual({ rows_read: 2, accepted: 2, rejected: 0, duplicates: 0, ignored: 3 });
    expect(result.errors).toEqual([]);
  });

  test('Excel serial dates, text dates and date-formatted cells agree', async () => {
    const result = await intake('serial-dates.xlsx');
    expect(pick(result, 'surname', 'birth_date', 'signal_date', 'arrears_amount')).toEqual([
      { surname: 'Serieel', birth_date: '1959-04-17', signal_date: '2026-01-31', arrears_amount: 100 },
      { surname: 'Tekstueel', birth_date: '1959-04-17', signal_date: '2026-01-31', arrears_amount: 100 },
      { surname: 'Opgemaakt', birth_date: '1959-04-17', signal_date: null, arrears_amount: 200 },
    ]);
    expect(result.errors).toEqual([{ row: 5, column: 'Geboortedatum', message: 'Excel-datum 29-02-1900 bestaat niet.', code: 'birth_date_invalid' }]);
  });

  test('postcodes in every spelling; 0…, SA and short ones rejected', async () => {
    const result = await intake('postcodes.csv');
    expect(result.signals.map((s) => s.postcode)).toEqual(['6001GS', '6001GS', '6001GS']);
    expect(result.errors).toEqual([
      { row: 5, column: 'Postcode', message: 'Een postcode begint niet met 0.', code: 'postcode_invalid' },
      { row: 6, column: 'Postcode', message: 'De letters SA, SD en SS komen in postcodes niet voor.', code: 'postcode_invalid' },
      { row: 7, column: 'Postcode', message: 'Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).', code: 'postcode_invalid' },
    ]);
  });

  test('house number, letter and addition in one cell or split over columns', async () => {
    const result = await intake('house-number-letter.csv');
    expect(pick(result, 'house_number', 'house_letter', 'house_number_addition')).toEqual([
      { house_number: 12, house_letter: 'A', house_number_addition: null },
      { house_number: 12, house_letter: null, house_number_addition: '2' },
      { house_number: 12, house_letter: null, house_number_addition: 'bis' },
      { house_number: 12, house_letter: 'A', house_number_addition: '3' },
      { house_number: 14, house_letter: 'B', house_number_addition: null },
      { house_number: 16, house_letter: null, house_number_addition: '2hg' },
    ]);
  });

  test('a combined "Adres" column', async () => {
    const result = await intake('combined-address.csv');
    expect(pick(result, 'street', 'house_number', 'house_letter', 'house_number_addition')).toEqual([
      { street: 'Dorpsstraat', house_number: 12, house_letter: 'A', house_number_addition: null },
      { street: 'Kerkstraat', house_number: 5, house_letter: null, house_number_addition: 'II' },
      { street: 'Hoofdweg', house_number: 101, house_letter: null, house_number_addition: 'bis' },
      { street: '2e Kruisstraat', house_number: 4, house_letter: null, house_number_addition: null },
    ]);
    expect(result.errors).toEqual([{ row: 6, column: 'Adres', message: 'In het adres „Marktplein” is geen straat met huisnummer te herkennen.', code: 'address_invalid' }]);
  });

  test('euro amounts in every notation; a negative amount is dropped with a warning', async () => {
    const result = await intake('euro-amounts.csv');
    expect(result.signals.map((s) => s.arrears_amount)).toEqual([1234.56, 1234.56, 1234.56, 1234.5, null, null]);
    expect(result.warnings).toEqual([
      { row: 7, column: 'Achterstand (€)', message: 'Het bedrag is negatief; een achterstand is altijd positief. Deze waarde is niet overgenomen.', code: 'arrears_amount_dropped' },
    ]);
  });

  test('BSN, Inkomen, Opmerkingen and contract numbers are dropped and never passed on', async () => {
    const result = await intake('extra-columns.xlsx');
    expect(result.dropped_columns).toEqual(['Huurcontractnummer', 'BSN', 'Inkomen', 'Opmerkingen']);
    expect(result.counts.accepted).toBe(2);
    const stored = JSON.stringify(result.signals);
    for (const forbidden of ['999990019', '999990020', 'HC-0001', '1850', 'Belastingdienst', 'kinderen']) expect(stored).not.toContain(forbidden);
    expect(Object.keys(result.signals[0]!).sort()).toEqual(
      ['arrears_amount', 'birth_date', 'city', 'household_key', 'house_letter', 'house_number', 'house_number_addition', 'initials', 'months_in_arrears', 'name_prefix', 'phone', 'postcode', 'row', 'signal_date', 'street', 'surname', 'tenant_key'].sort(),
    );
    expect(summaryText(result)).toBe(
      '2 rijen gelezen: 2 geaccepteerd, 0 afgewezen, 0 dubbel. Kolommen niet overgenomen (niet toegestaan volgens art. 12.2 van het convenant): Huurcontractnummer, BSN, Inkomen, Opmerkingen.',
    );
  });

  test('formulas and markup cannot survive as something executable', async () => {
    const result = await intake('formula-markup.xlsx');
    expect(pick(result, 'surname', 'street', 'city', 'phone')).toEqual([
      { surname: 'Formule', street: 'Straatweg', city: 'Weert', phone: '+31 6 12345678' },
      { surname: 'Vet', street: 'Straatweg', city: 'Weert', phone: null },
      { surname: 'Berekend', street: 'Straatweg', city: null, phone: null },
    ]);
    expect(result.errors).toEqual([{ row: 4, column: 'Achternaam', message: 'Achternaam bevat tekens die in een naam niet voorkomen.', code: 'surname_invalid' }]);
    expect(result.warnings.filter((w) => w.code === 'text_sanitized').map((w) => [w.row, w.column])).toEqual([
      [2, 'Achternaam'], [2, 'Adres'], [2, 'Woonplaats'], [3, 'Achternaam'], [5, 'Woonplaats'],
    ]);
    for (const signal of result.signals) {
      for (const value of [signal.surname, signal.street, signal.city, signal.initials]) {
        if (value !== null) expect(value).not.toMatch(/^[=+\-@\t\r]|[<>]/);
      }
    }
  });

  test('the same tenant twice is one signal; a housemate shares the household', async () => {
    const result = await intake('duplicate-tenants.csv');
    expect(result.counts).toEqual({ rows_read: 4, accepted: 2, rejected: 0, duplicates: 2, ignored: 0 });
    const [meijden, housemate] = result.signals;
    expect(meijden).toMatchObject({ row: 2, initials: 'P.J.', name_prefix: 'van der', surname: 'Meijden', months_in_arrears: 3, arrears_amount: 1234.56, phone: '0495-123456' });
    expect(housemate?.household_key).toBe(meijden?.household_key);
    expect(housemate?.tenant_key).not.toBe(meijden?.tenant_key);
    expect(result.warnings).toEqual([
      {
        row: 4, column: 'Achternaam', code: 'duplicate',
        message: 'Dubbele rij: dezelfde huurder staat al op rij 2. De rijen zijn samengevoegd. Let op: het aantal maanden achterstand en het bedrag verschillen; de waarde van rij 2 is aangehouden.',
      },
      { row: 5, column: 'Achternaam', code: 'duplicate', message: 'Dubbele rij: dezelfde huurder staat al op rij 2. De rijen zijn samengevoegd.' },
    ]);
  });

  test('impossible, future and too-old dates and other bad values, each with a Dutch reason', async () => {
    const result = await intake('invalid-values.csv');
    expect(result.counts).toEqual({ rows_read: 5, accepted: 1, rejected: 4, duplicates: 0, ignored: 0 });
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Geboortedatum', 'De datum „31-02-1980” bestaat niet.'],
      [3, 'Geboortedatum', 'Geboortedatum ligt in de toekomst.'],
      [4, 'Geboortedatum', 'Geboortedatum ligt meer dan 120 jaar terug.'],
      [5, 'Voorletters', 'Voorletters ontbreken.'],
      [5, 'Achternaam', 'Achternaam bevat cijfers.'],
      [5, 'Geboortedatum', '„gisteren” is geen herkenbare datum; gebruik dd-mm-jjjj.'],
      [5, 'Adres', 'In het adres „Foutweg” is geen straat met huisnummer te herkennen.'],
      [5, 'Postcode', 'Een postcode begint niet met 0.'],
      [5, 'Maanden achterstand', 'Aantal maanden achterstand moet groter dan 0 zijn.'],
    ]);
    expect(result.signals[0]).toMatchObject({ surname: 'Telefoon', phone: null });
    expect(result.warnings).toEqual([
      { row: 6, column: 'Telefoon', message: 'Telefoonnummer is geen geldig Nederlands of internationaal nummer. Deze waarde is niet overgenomen.', code: 'phone_dropped' },
    ]);
  });

  test('a header without data rows is processed with nothing accepted', async () => {
    const result = await intake('header-only.csv');
    expect(result).toMatchObject({ status: 'processed', signals: [], counts: { rows_read: 0, accepted: 0 } });
    expect(summaryText(result)).toBe('Geen gegevensrijen gevonden onder de kopregel; er zijn geen signalen opgenomen.');
  });

  test('a workbook named .csv is read by its content', async () => {
    expect(pick(await intake('workbook-named.csv'), 'surname', 'house_number')).toEqual([{ surname: 'Vermomd', house_number: 1 }]);
  });
});

describe('intakeFile: refused files store nothing', () => {
  test('missing required columns are named in Dutch', async () => {
    const result = await intake('missing-required-column.csv');
    expect(result).toEqual({
      status: 'refused',
      refusal: {
        code: 'missing_required_columns',
        message: 'Verplichte kolommen ontbreken: Geboortedatum, Maanden achterstand. Het bestand is niet verwerkt; voeg de kolommen toe en upload het opnieuw.',
        log: 'missing required columns: birth_date, months_in_arrears (found: initials, surname, address, postcode)',
      },
      signals: [],
      errors: [],
      warnings: [],
      counts: { rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, ignored: 0 },
      dropped_columns: ['BSN'],
      header_row: 1,
      columns: { Voorletters: 'initials', Achternaam: 'surname', Adres: 'address', Postcode: 'postcode' },
    });
  });

  test('a partner mapping that ignores a column keeps it out of the columns, still dropped', async () => {
    const result = await intake('missing-required-column.csv', { Achternaam: 'ignore' });
    expect(result.refusal?.message).toBe(
      'Verplichte kolommen ontbreken: Achternaam, Geboortedatum, Maanden achterstand. Het bestand is niet verwerkt; voeg de kolommen toe en upload het opnieuw.',
    );
    expect(result.dropped_columns).toEqual(['Achternaam', 'BSN']);
  });

  test.each([
    ['legacy.xls', 'legacy_xls', 'refused: OLE2 compound file (legacy .xls)'],
    ['image-renamed.csv', 'unsupported_file_type', 'refused: unsupported content (png)'],
  ])('%s', async (name, code, log) => {
    const result = await intake(name);
    expect(result).toMatchObject({ status: 'refused', refusal: { code, log }, signals: [], counts: { accepted: 0 } });
    expect(result.refusal?.message).toMatch(/Sla de lijst op als Excel-werkmap \(\.xlsx\) of als CSV-bestand/);
  });

  test('too many rows refuses everything read so far', async () => {
    const result = await intakeFile(await readFile(fixture('postcodes.csv')), { today, limits: { maxRows: 4 } });
    expect(result).toMatchObject({ status: 'refused', refusal: { code: 'too_many_rows' }, signals: [], counts: { accepted: 0 }, header_row: 1 });
  });

  test('the log line of a refusal carries no personal data', async () => {
    for (const name of ['missing-required-column.csv', 'legacy.xls', 'image-renamed.csv']) {
      const { refusal } = await intake(name);
      expect(refusal?.log).not.toMatch(/Zonderdatum|Dorpsstraat|999990019/);
    }
  });
});
