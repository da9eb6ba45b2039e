import { describe, expect, test } from 'vitest';
import { isValidBsn, readSourceRows } from './read-source-rows.ts';
import { factFor, summariseFacts } from './source-kinds.ts';

const today = '2026-11-29';
const rows = (...lines: Array<Array<string | number | null>>) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('readSourceRows', () => {
  test('a benefits export by BSN, with a title row; invalid BSNs rejected, other columns ignored', () => {
    const result = readSourceRows(rows(['Uitkeringen per peildatum'], ['BSN', 'Soort uitkering', 'Bedrag'], ['999993653', 'Participatiewet', 1200], ['123456789', 'IOAW', 900], [null, null, null]), today);
    expect(result).toMatchObject({ status: 'processed', rows_read: 2, entries: [{ row: 3, bsn: '999993653', tenant_key: null, detail: 'Participatiewet' }] });
    expect(result.rejected).toEqual([{ row: 4, column: 'BSN', message: 'BSN "123456789" is ongeldig (elfproef).' }]);
  });

  test('a partner list by name, birth date and address gives the same key as a signal', () => {
    const result = readSourceRows(rows(['Naam', 'Geboortedatum', 'Postcode', 'Huisnummer'], ['van der Meijden', '17-04-1959', '6001 gs', '12a']), today);
    expect(result.entries).toEqual([{ row: 2, bsn: null, tenant_key: 'meijden|1959-04-17|6001GS|12|A|', detail: null }]);
  });

  test('a list without a BSN or name-and-address columns is refused in Dutch', () => {
    expect(readSourceRows(rows(['Kolom1', 'Kolom2'], ['a', 'b']), today)).toMatchObject({ status: 'refused', refusal: expect.stringContaining('Geen kopregel gevonden') });
  });

  test.each([['999993653', true], ['111222333', true], ['123456789', false], ['12345678', false]])('elfproef %s → %s', (bsn, valid) => {
    expect(isValidBsn(bsn)).toBe(valid);
  });
});

describe('facts', () => {
  test('each kind of list establishes its own fact', () => {
    expect(factFor('benefits', 'IOAW')).toEqual({ fact: 'benefit', value: 'IOAW' });
    expect(factFor('water', 'anything')).toEqual({ fact: 'debt_area', value: 'Water' });
  });

  test('a complete current list that does not mention the tenant means "no"; no list means unknown', () => {
    expect(summariseFacts([], new Set())).toEqual({ has_benefit: null, benefit_kind: null, known_at_debt_services: null, debt_areas: [] });
    expect(summariseFacts([], new Set(['benefits']))).toMatchObject({ has_benefit: false, known_at_debt_services: null });
    expect(summariseFacts([{ fact: 'benefit', value: 'Participatiewet' }, { fact: 'debt_area', value: 'Water' }, { fact: 'debt_area', value: 'Energie' }], new Set(['benefits']))).toEqual({
      has_benefit: true, benefit_kind: 'Participatiewet', known_at_debt_services: null, debt_areas: ['Energie', 'Water'],
    });
  });
});
