import { describe, expect, test } from 'vitest';
import { BrpMappingError, mapPersoon } from './map-persoon.ts';
import type { PersoonSource } from './brp-source.types.ts';

const full: PersoonSource = {
  burgerservicenummer: '999990639',
  naam: { voornamen: 'Mattheus', voorvoegsel: 'du', geslachtsnaam: 'Burck', voorletters: 'M.' },
  geboorte: { datum: { type: 'Datum', datum: '1922-09-25', langFormaat: '25 september 1922' } },
  geslacht: { code: 'M', omschrijving: 'man' },
  leeftijd: 100,
  verblijfplaats: {
    type: 'Adres',
    verblijfadres: { officieleStraatnaam: 'Zeeruststraat', korteStraatnaam: 'Zeeruststr', huisnummer: 132, huisletter: 'a', postcode: '2584 BZ', woonplaats: "'s-Gravenhage" },
  },
};

describe('mapPersoon', () => {
  test('maps a complete Persoon', () => {
    expect(mapPersoon(full)).toEqual({
      bsn: '999990639',
      first_names: 'Mattheus',
      initials: 'M.',
      name_prefix: 'du',
      surname: 'Burck',
      birth_date: '1922-09-25',
      gender: 'M',
      deceased: false,
      emigrated: false,
      age: 100,
      address: { street: 'Zeeruststraat', house_number: 132, house_letter: 'a', house_number_addition: null, postcode: '2584BZ', city: "'s-Gravenhage" },
    });
  });

  test.each([
    [{ type: 'Datum', datum: '1985-12-01', langFormaat: '1 december 1985' }, '1985-12-01'],
    [{ type: 'JaarMaandDatum', jaar: 1978, maand: 3, langFormaat: 'maart 1978' }, '1978-03'],
    [{ type: 'JaarDatum', jaar: 1968, langFormaat: '1968' }, '1968'],
    [{ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }, null],
  ] as const)('birth date %j → %j', (datum, expected) => {
    expect(mapPersoon({ burgerservicenummer: '1', geboorte: { datum } }).birth_date).toBe(expected);
  });

  test.each([
    ['overlijden.datum', { overlijden: { datum: { type: 'JaarDatum', jaar: 2020, langFormaat: '2020' } } } satisfies Partial<PersoonSource>, true],
    ['opschorting reason O', { opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' } } } satisfies Partial<PersoonSource>, true],
    ['opschorting reason E', { opschortingBijhouding: { reden: { code: 'E', omschrijving: 'emigratie' } } } satisfies Partial<PersoonSource>, false],
  ])('deceased from %s', (_label, extra, expected) => {
    expect(mapPersoon({ burgerservicenummer: '1', ...extra }).deceased).toBe(expected);
  });

  test.each([
    ['opschorting reason E', { opschortingBijhouding: { reden: { code: 'E', omschrijving: 'emigratie' } } } satisfies Partial<PersoonSource>, true],
    ['a residence abroad', { verblijfplaats: { type: 'VerblijfplaatsBuitenland', verblijfadres: { land: { code: '5002' } } } } satisfies Partial<PersoonSource>, true],
    ['a residence abroad without any detail', { verblijfplaats: { type: 'VerblijfplaatsBuitenland' } } satisfies Partial<PersoonSource>, true],
    ['opschorting reason O', { opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' } } } satisfies Partial<PersoonSource>, false],
    ['residence unknown', { verblijfplaats: { type: 'VerblijfplaatsOnbekend' } } satisfies Partial<PersoonSource>, false],
    ['a Dutch address', { verblijfplaats: full.verblijfplaats } satisfies Partial<PersoonSource>, false],
  ])('emigrated from %s', (_label, extra, expected) => {
    expect(mapPersoon({ burgerservicenummer: '1', ...extra }).emigrated).toBe(expected);
  });

  test.each([
    ['abroad', { type: 'VerblijfplaatsBuitenland', verblijfadres: { regel1: 'Olympos 387A' } }],
    ['unknown', { type: 'VerblijfplaatsOnbekend' }],
    ['location', { type: 'Locatie', verblijfadres: { locatiebeschrijving: 'Woonboot bij de Brug' } }],
    ['absent', undefined],
  ] as const)('no Dutch address when %s', (_label, verblijfplaats) => {
    expect(mapPersoon({ burgerservicenummer: '1', verblijfplaats }).address).toBeNull();
  });

  test('derives initials when voorletters were not delivered', () => {
    expect(mapPersoon({ burgerservicenummer: '1', naam: { voornamen: 'Jean Marie' } }).initials).toBe('J.M.');
  });

  test('falls back to the short street name', () => {
    const person = mapPersoon({ burgerservicenummer: '1', verblijfplaats: { type: 'Adres', verblijfadres: { korteStraatnaam: 'Boterdiep', huisnummer: 31 } } });
    expect(person.address?.street).toBe('Boterdiep');
  });

  test('a person without BSN cannot be used', () => {
    expect(() => mapPersoon({ naam: { geslachtsnaam: 'Moulin' } })).toThrow(BrpMappingError);
  });
});
