import { describe, expect, test } from 'vitest';
import { coreSurnameKey, foldName, fullSurname, initialLetters, surnameKey, surnameParts } from './normalise-name.ts';

describe('foldName', () => {
  test.each([
    ['Béamont', 'case', 'béamont'],
    ['d’Ancona', 'quotes', "d'ancona"],
    ['Guîllaumé', 'diacritics', 'guillaume'],
    ['Weéß', 'diacritics', 'weess'],
    ['Ødegård', 'diacritics', 'odegard'],
    ['Meijden', 'spelling', 'meyden'],
    ["’t Hart", 'spelling', 't hart'],
    ['  van   der  Meijden ', 'case', 'van der meijden'],
  ] as const)('%j at %s → %j', (input, level, expected) => {
    expect(foldName(input, level)).toBe(expected);
  });
});

describe('fullSurname and surnameKey', () => {
  test.each([
    ['Meijden', 'van der', 'van der Meijden'],
    ['van der Meijden', null, 'van der Meijden'],
    ['Meijden, van der', null, 'van der Meijden'],
    ['Vries', null, 'Vries'],
  ])('%j + %j → %j', (surname, prefix, expected) => {
    expect(fullSurname(surname, prefix)).toBe(expected);
  });

  test.each([
    ['Meijden', 'van der', 'Meijden, van der', null],
    ['Meijden', 'Van Der', 'van der Meijden', null],
    ['Ancona', "d'", 'd’Ancona', null],
  ])('%j %j and %j %j give one key', (surnameA, prefixA, surnameB, prefixB) => {
    expect(surnameKey(surnameA, prefixA, 'spelling')).toBe(surnameKey(surnameB, prefixB, 'spelling'));
  });
});

describe('coreSurnameKey', () => {
  test.each([
    ['van der Meijden', 'meyden'],
    ['Van Der Meijden', 'meyden'],
    ["’t Hart", 'hart'],
    ["in 't Veld", 'veld'],
    ['d’Ancona', 'ancona'],
    ['de Vries', 'vries'],
    ['Vries', 'vries'],
    ['De', 'de'],
  ])('%j → %j', (input, expected) => {
    expect(coreSurnameKey(input)).toBe(expected);
  });
});

describe('surnameParts', () => {
  test.each([
    ['Jansen-de Vries', ['Jansen', 'de Vries']],
    ['Jansen - de Vries', ['Jansen', 'de Vries']],
    ['Jansen de Vries', ['Jansen', 'de Vries']],
    ['Bakker-Schut', ['Bakker', 'Schut']],
    ['de Vries', []],
    ['van der Meijden', []],
    ["'s-Gravesande", []],
    ['Moulin', []],
  ])('%j → %j', (input, expected) => {
    expect(surnameParts(input)).toEqual(expected);
  });
});

describe('initialLetters', () => {
  test.each([
    ['P.J.', ['P', 'J']],
    ['PJ', ['P', 'J']],
    ['p.j.', ['P', 'J']],
    ['Pieter Jan', ['P', 'J']],
    ['Th.J.', ['T', 'J']],
    ['IJ.', ['I']],
    ['IJsbrand', ['I']],
    ['Élise', ['E']],
    ['Jean-Marie', ['J', 'M']],
    [null, []],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(initialLetters(input)).toEqual(expected);
  });
});
