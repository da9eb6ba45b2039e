import { describe, expect, test } from 'vitest';
import { compareAddress } from './compare-address.ts';
import { compareBirthDate } from './compare-birth-date.ts';
import { compareInitials } from './compare-initials.ts';
import { compareSurname } from './compare-surname.ts';

describe('compareSurname', () => {
  test.each([
    // signal surname, signal prefix, BRP surname, BRP prefix, score, reason
    ['Moulin', null, 'Moulin', null, 1, 'Achternaam gelijk'],
    ['MOULIN', null, 'Moulin', null, 1, 'Achternaam gelijk'],
    ['Meijden', 'van der', 'Meijden', 'van der', 1, 'Achternaam gelijk'],
    ['van der Meijden', null, 'Meijden', 'van der', 1, 'Achternaam gelijk na normalisatie (plaats tussenvoegsel)'],
    ['Meijden, van der', null, 'Meijden', 'van der', 1, 'Achternaam gelijk na normalisatie (plaats tussenvoegsel)'],
    ['Veld', 'in ’t', 'Veld', "in 't", 1, 'Achternaam gelijk na normalisatie (aanhalingstekens)'],
    ['Bilgic', null, 'Bilgiç', null, 1, 'Achternaam gelijk na normalisatie (diakrieten)'],
    ['Bronwasser', null, 'Bronwaßer', null, 1, 'Achternaam gelijk na normalisatie (diakrieten)'],
    ['Meyden', 'van der', 'Meijden', 'van der', 1, 'Achternaam gelijk na normalisatie (spelling ij/y en leestekens)'],
    ['Streeveld', '’s', 'Streeveld', "'S", 1, 'Achternaam gelijk na normalisatie (aanhalingstekens)'],
    ['Vries', null, 'Vries', 'de', 0.85, 'Achternaam gelijk, tussenvoegsel wijkt af: Vries / de Vries'],
    ['Jansen-de Vries', null, 'Vries', 'de', 0.8, 'Achternaam gelijk aan een deel van de dubbele naam (naam partner?): Jansen-de Vries / de Vries'],
    ['Jansen-de Vries', null, 'Jansen', null, 0.8, 'Achternaam gelijk aan een deel van de dubbele naam (naam partner?): Jansen-de Vries / Jansen'],
    ['de Groot', null, 'Jansen-de Groot', null, 0.8, 'Achternaam gelijk aan een deel van de dubbele naam (naam partner?): de Groot / Jansen-de Groot'],
    ['Deursen', 'van', 'Deuren', 'van', 0.6, 'Achternaam lijkt op elkaar (spelvariant): van Deursen / van Deuren'],
    ['Bakker', null, 'Moulin', null, 0, 'Achternaam wijkt af: Bakker / Moulin'],
  ])('%j %j vs %j %j', (surname, prefix, brpSurname, brpPrefix, score, reason) => {
    const result = compareSurname({ surname, name_prefix: prefix }, { surname: brpSurname, name_prefix: brpPrefix });
    expect(result).toEqual({ score, reason, conflict: false });
  });
});

describe('compareInitials', () => {
  test.each([
    ['P.J.', 'P.J.', null, 1, 'Voorletters gelijk', false],
    ['P.J.', null, 'Pieter Jan', 1, 'Voorletters gelijk', false],
    ['P.', 'P.J.', null, 0.7, 'Voorletters deels gelijk: P. / P.J.', false],
    ['P.K.', 'P.J.', null, 0.5, 'Eerste voorletter gelijk: P.K. / P.J.', false],
    ['J.', 'P.J.', null, 0.4, 'Voorletter(s) komen voor in de voornamen (roepnaam?): J. / P.J.', false],
    ['Th.', 'T.', null, 1, 'Voorletters gelijk', false],
    ['IJ.', 'I.', null, 1, 'Voorletters gelijk', false],
    ['K.', 'P.J.', null, 0, 'Voorletters wijken af: K. / P.J.', true],
    ['P.', null, null, 0.3, 'Voorletters niet te vergelijken: P. / –', false],
  ])('%j vs %j / %j', (signal, brpInitials, brpFirstNames, score, reason, conflict) => {
    expect(compareInitials(signal, brpInitials, brpFirstNames)).toEqual({ score, reason, conflict });
  });
});

describe('compareBirthDate', () => {
  test.each([
    ['1985-12-01', '1985-12-01', 1, 'Geboortedatum gelijk', false],
    ['1985-01-12', '1985-12-01', 0.7, 'Dag en maand van de geboortedatum verwisseld: 1985-01-12 / 1985-12-01', false],
    ['1978-03-15', '1978-03', 0.7, 'Geboortedatum past bij de onvolledige datum in het BRP: 1978-03', false],
    ['1968-07-01', '1968', 0.5, 'Geboortedatum past bij de onvolledige datum in het BRP: 1968', false],
    ['1969-07-01', '1968', 0, 'Geboortedatum wijkt af: 1969-07-01 / 1968', true],
    ['1985-12-01', null, 0.3, 'Geboortedatum onbekend in het BRP', false],
    ['1958-12-01', '1985-12-01', 0, 'Geboortedatum wijkt af: 1958-12-01 / 1985-12-01', true],
    ['1985-12-07', '1985-12-01', 0.4, 'Geboortedatum wijkt één cijfer af: 1985-12-07 / 1985-12-01', true],
  ])('%j vs %j', (signal, brp, score, reason, conflict) => {
    expect(compareBirthDate(signal, brp)).toEqual({ score, reason, conflict });
  });
});

describe('compareAddress', () => {
  const brp = { street: 'Oudegracht', house_number: 12, house_letter: 'A', house_number_addition: null, postcode: '3511AB', city: 'Utrecht' };
  test.each([
    [{ postcode: '3511AB', house_number: 12, house_letter: 'A', house_number_addition: null }, 1, 'Adres gelijk'],
    [{ postcode: '3511 ab', house_number: 12, house_letter: 'a', house_number_addition: null }, 1, 'Adres gelijk'],
    [{ postcode: '3511AB', house_number: 12, house_letter: null, house_number_addition: 'A' }, 1, 'Adres gelijk (huisletter en toevoeging anders verdeeld)'],
    [{ postcode: '3511AB', house_number: 12, house_letter: 'B', house_number_addition: null }, 0.7, 'Postcode en huisnummer gelijk, huisletter/toevoeging wijkt af: B / A'],
    [{ postcode: '3511AB', house_number: 14, house_letter: null, house_number_addition: null }, 0.2, 'Postcode gelijk, huisnummer wijkt af'],
    [{ postcode: '1234CD', house_number: 12, house_letter: 'A', house_number_addition: null }, 0, 'Adres wijkt af van het woonadres in het BRP'],
  ])('%j', (signal, score, reason) => {
    expect(compareAddress(signal, brp)).toEqual({ score, reason, conflict: false });
  });

  test('no Dutch address in the register', () => {
    expect(compareAddress({ postcode: '3511AB', house_number: 12, house_letter: null, house_number_addition: null }, null).reason).toBe('Geen woonadres in Nederland in het BRP');
  });
});
