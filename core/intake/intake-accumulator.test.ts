import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { createIntake } from './intake-accumulator.ts';

const today = '2026-02-01';
const header = ['Voorl.', 'Tussenv.', 'Achternaam', 'Geb.datum', 'Adres', 'Postcode', 'Telefoon', 'Mnd achterstand', 'Achterstand (€)', 'BSN'];

function run(rows: CellValue[][], partnerMapping?: Record<string, string>) {
  const intake = createIntake({ today, partnerMapping });
  rows.forEach((cells, index) => intake.push(index + 1, cells));
  return intake.finish();
}

describe('createIntake', () => {
  test('title rows, a bad row, a duplicate and a totals row', () => {
    const result = run([
      ['Overzicht huurachterstanden januari 2026'],
      [],
      header,
      ['pj', 'Van Der', 'Meijden', '17-04-1959', 'Dorpsstraat 12a', '6001 gs', null, 3, '€ 1.234,56', '123456782'],
      ['a', null, 'Gérard', '01-02-1980', 'Kerkstraat 5-II', '6002AB', null, 2, '850,00', '111222333'],
      ['k', null, 'Bakker', '31-02-1980', 'Hoofdweg 1', '6003CD', null, 2, '100', '999888777'],
      ['PJ', 'van der', 'Meijden', '17-04-1959', 'Dorpsstraat 12a', '6001GS', '0495-123456', 4, '1234,56', '123456782'],
      ['Totaal', null, null, null, null, null, null, 11, '2185,12', null],
    ]);
    expect(result.status).toBe('processed');
    expect(result.header_row).toBe(3);
    expect(result.counts).toEqual({ rows_read: 4, accepted: 2, rejected: 1, duplicates: 1, ignored: 1 });
    expect(result.dropped_columns).toEqual(['BSN']);
    expect(result.columns).toEqual({
      'Voorl.': 'initials', 'Tussenv.': 'name_prefix', Achternaam: 'surname', 'Geb.datum': 'birth_date', Adres: 'address', Postcode: 'postcode',
      Telefoon: 'phone', 'Mnd achterstand': 'months_in_arrears', 'Achterstand (€)': 'arrears_amount',
    });
    expect(result.errors).toEqual([{ row: 6, column: 'Geb.datum', message: 'De datum „31-02-1980” bestaat niet.', code: 'birth_date_invalid' }]);
    expect(result.warnings).toEqual([
      {
        row: 7, column: 'Achternaam', code: 'duplicate',
        message: 'Dubbele rij: dezelfde huurder staat al op rij 4. De rijen zijn samengevoegd. Let op: het aantal maanden achterstand verschilt; de waarde van rij 4 is aangehouden.',
      },
    ]);
    const [meijden] = result.signals;
    expect(meijden).toMatchObject({ row: 4, surname: 'Meijden', months_in_arrears: 3, phone: '0495-123456', tenant_key: 'meijden|1959-04-17|6001GS|12|A|', household_key: '6001GS|12|A|' });
    expect(JSON.stringify(result)).not.toMatch(/123456782|111222333/);
  });

  test('a missing required column refuses the file and names it', () => {
    const result = run([['Voorletters', 'Achternaam', 'Adres', 'Postcode', 'Maanden achterstand', 'BSN'], ['P.', 'Jansen', 'Dorpsstraat 1', '6001AA', 2, '1']]);
    expect(result).toMatchObject({
      status: 'refused',
      refusal: {
        code: 'missing_required_columns',
        message: 'Verplichte kolom ontbreekt: Geboortedatum. Het bestand is niet verwerkt; voeg de kolom toe en upload het opnieuw.',
        log: 'missing required columns: birth_date (found: initials, surname, address, postcode, months_in_arrears)',
      },
      signals: [],
      dropped_columns: ['BSN'],
      header_row: 1,
    });
  });

  test.each<[string, CellValue[][], string]>([
    ['no rows', [], 'empty_file'],
    ['only blank rows', [[], [null, '']], 'empty_file'],
    ['no header', [['Lijst'], ['P.', 'Jansen', 21657]], 'header_not_found'],
  ])('%s → refused (%s)', (_name, rows, code) => {
    expect(run(rows)).toMatchObject({ status: 'refused', refusal: { code }, signals: [] });
  });

  test('a header without data rows is processed with 0 signals', () => {
    expect(run([header])).toMatchObject({ status: 'processed', signals: [], counts: { rows_read: 0, accepted: 0 } });
  });

  test('the partner mapping rescues unknown headers and ignores unknown targets', () => {
    const result = run(
      [['VL', 'NM', 'GD', 'ADR', 'PC', 'MND', 'X'], ['P.', 'Jansen', '17-04-1959', 'Markt 1', '6001AA', 2, 'geheim']],
      { VL: 'initials', NM: 'surname', GD: 'birth_date', ADR: 'address', MND: 'months_in_arrears', X: 'bsn' },
    );
    expect(result).toMatchObject({ status: 'processed', counts: { accepted: 1 }, dropped_columns: ['X'] });
  });

  test('an external refusal stores nothing', () => {
    const intake = createIntake({ today });
    intake.push(1, header);
    intake.push(2, ['P.', null, 'Jansen', '17-04-1959', 'Markt 1', '6001AA', null, 2, null, null]);
    const result = intake.refuse({ code: 'too_many_rows', message: 'Te veel rijen.', log: 'too many rows' });
    expect(result).toMatchObject({ status: 'refused', signals: [], counts: { accepted: 0 }, header_row: 1 });
    expect(intake.refused).toBe(true);
  });

  test('a header lower than the first complete candidate is still found', () => {
    const result = run([['Naam', 'Adres', 'Postcode'], header, ['P.', null, 'Jansen', '17-04-1959', 'Markt 1', '6001AA', null, 2, null, null]]);
    expect(result).toMatchObject({ status: 'processed', header_row: 2, counts: { accepted: 1 } });
  });
});
