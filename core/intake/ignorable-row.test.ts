import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { ignorableRow } from './ignorable-row.ts';
import { mapColumns } from './map-columns.ts';

const mapping = mapColumns(['Voorl.', 'Achternaam', 'Geb.datum', 'Adres', 'Postcode', 'Mnd achterstand', 'Achterstand (€)', 'Opmerkingen']);

describe('ignorableRow', () => {
  test.each<[string, CellValue[], ReturnType<typeof ignorableRow>]>([
    ['a tenant', ['P.', 'Jansen', '17-04-1959', 'Dorpsstraat 1', '6001GS', 2, 100, null], null],
    ['a tenant with a bad date is still a row', ['P.', 'Jansen', 'gisteren', null, null, null, null, null], null],
    ['empty cells', [null, '', '  ', null], 'blank'],
    ['no cells at all', [], 'blank'],
    ['only a note in a dropped column', [null, null, null, null, null, null, null, 'bellen'], 'blank'],
    ['"Totaal" in the first column', ['Totaal', null, null, null, null, 48, '€ 12.345,67', null], 'totals'],
    ['"Totalen:" anywhere', [null, null, null, null, 'Totalen:', 48, 12345.67, null], 'totals'],
    ['only sums', [null, null, null, null, null, 48, '€ 12.345,67', null], 'totals'],
    ['a repeated header', ['Voorl.', 'Achternaam', 'Geb.datum', 'Adres', 'Postcode', 'Mnd achterstand', 'Achterstand (€)', 'Opmerkingen'], 'header'],
  ])('%s', (_name, cells, expected) => {
    expect(ignorableRow(cells, mapping)).toBe(expected);
  });
});
