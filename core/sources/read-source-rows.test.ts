import { describe, expect, test } from 'vitest';
import { isValidBsn, readSourceRows } from './read-source-rows.ts';
import { debtAreasIn, factsFor, summariseFacts } from './source-kinds.ts';

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
  test.each([
    ['benefits with a kind', 'benefits', 'IOAW', [{ fact: 'benefit', value: 'IOAW' }]],
    ['benefits without a kind count as Participatiewet', 'benefits', null, [{ fact: 'benefit', value: 'Participatiewet' }]],
    ['benefits never give debt areas', 'benefits', 'Huur, Energie', [{ fact: 'benefit', value: 'Huur, Energie' }]],
    ['water names its own area', 'water', 'anything', [{ fact: 'debt_area', value: 'Water' }]],
    ['energy', 'energy', null, [{ fact: 'debt_area', value: 'Energie' }]],
    ['health insurance', 'health_insurance', 'premie', [{ fact: 'debt_area', value: 'Zorgverzekering' }]],
    ['debt services without detail', 'debt_services', null, [{ fact: 'debt_services', value: 'Bekend bij schulddienstverlening' }]],
    ['debt services with debts: known there, and each debt an area', 'debt_services', 'Huur, Belastingdienst', [
      { fact: 'debt_services', value: 'Huur, Belastingdienst' }, { fact: 'debt_area', value: 'Huur' }, { fact: 'debt_area', value: 'Belastingdienst' },
    ]],
  ] as const)('%s', (_name, kind, detail, facts) => {
    expect(factsFor(kind, detail)).toEqual(facts);
  });

  test.each([
    [null, []],
    ['', []],
    ['Huur', ['Huur']],
    ['huur, Energie; belastingdienst / CJIB', ['Huur', 'Energie', 'Belastingdienst', 'CJIB']],
    ['zorgverzekeraar;Zorgverzekering', ['Zorgverzekering']],
    ['  gas ,stroom, Water  ', ['Energie', 'Water']],
    ['Huurachterstand,,;  / ', ['Huur']],
    ['Studie  schuld', ['Studie schuld']],
  ])('debt areas in %j → %j', (detail, areas) => {
    expect(debtAreasIn(detail)).toEqual(areas);
  });

  test('a complete current list that does not mention the tenant means "no"; no list means unknown', () => {
    expect(summariseFacts([], new Set())).toEqual({ has_benefit: null, benefit_kind: null, known_at_debt_services: null, debt_areas: [] });
    expect(summariseFacts([], new Set(['benefits']))).toMatchObject({ has_benefit: false, known_at_debt_services: null });
    expect(summariseFacts([{ fact: 'benefit', value: 'Participatiewet' }, { fact: 'debt_area', value: 'Water' }, { fact: 'debt_area', value: 'Energie' }], new Set(['benefits']))).toEqual({
      has_benefit: true, benefit_kind: 'Participatiewet', known_at_debt_services: null, debt_areas: ['Energie', 'Water'],
    });
  });
});
