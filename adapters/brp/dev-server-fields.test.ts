import { describe, expect, test } from 'vitest';
import { fieldTreeFor, isKnownField, pickFields } from './dev-server-fields.ts';

describe('isKnownField', () => {
  test.each([
    ['RaadpleegMetBurgerservicenummer', 'naam.voornamen', true],
    ['RaadpleegMetBurgerservicenummer', 'verblijfplaats.verblijfadres.postcode', true],
    ['RaadpleegMetBurgerservicenummer', 'naam.bestaatNiet', false],
    ['RaadpleegMetBurgerservicenummer', 'geboorte.datum.jaar', false],
    ['ZoekMetPostcodeEnHuisnummer', 'verblijfplaats', false],
    ['ZoekMetPostcodeEnHuisnummer', 'overlijden', false],
    ['ZoekMetPostcodeEnHuisnummer', 'adressering.adresregel1', true],
    ['ZoekMetGeslachtsnaamEnGeboortedatum', 'naam.aanduidingNaamgebruik', false],
  ] as const)('%s %s → %s', (type, field, expected) => {
    expect(isKnownField(field, fieldTreeFor(type))).toBe(expected);
  });
});

describe('pickFields', () => {
  const persoon = {
    burgerservicenummer: '999993653',
    naam: { voornamen: 'Suzanne', geslachtsnaam: 'Moulin' },
    geboorte: { datum: { type: 'Datum', datum: '1985-12-01', langFormaat: '1 december 1985' } },
    verblijfplaats: { type: 'Adres', verblijfadres: { postcode: '3077AW', huisnummer: 31 } },
  };
  test.each([
    [['naam.voornamen'], { naam: { voornamen: 'Suzanne' } }],
    [['naam'], { naam: persoon.naam }],
    [['geboorte.datum'], { geboorte: persoon.geboorte }],
    [['verblijfplaats.verblijfadres.huisnummer'], { verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: 31 } } }],
    [['naam.voorvoegsel'], {}],
    [['burgerservicenummer', 'naam.geslachtsnaam', 'naam.voornamen'], { burgerservicenummer: '999993653', naam: { geslachtsnaam: 'Moulin', voornamen: 'Suzanne' } }],
  ])('%j', (fields, expected) => {
    expect(pickFields(persoon, fields)).toEqual(expected);
  });
});
