import { describe, expect, test } from 'vitest';
import { normaliseNamePrefix, splitPrefixFromSurname } from './name-prefix.ts';

describe('normaliseNamePrefix', () => {
  test.each([
    ['', null],
    ['van', 'van'],
    ['Van Der', 'van der'],
    ['VAN DEN', 'van den'],
    ['v.d.', 'van der'],
    ['v/d', 'van der'],
    ['vd', 'van der'],
    ['v. d.', 'van der'],
    ['v.', 'van'],
    ["’t", "'t"],
    ["In 't", "in 't"],
    ['de  la', 'de la'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseNamePrefix(input)).toEqual({ ok: true, value: expected });
  });

  test('an unknown word is kept with a warning', () => {
    expect(normaliseNamePrefix('vander')).toEqual({ ok: true, value: 'vander', warnings: ['Onbekend tussenvoegsel; overgenomen zoals aangeleverd.'] });
  });

  test('digits are rejected', () => {
    expect(normaliseNamePrefix('van 2')).toEqual({ ok: false, message: 'Tussenvoegsel bevat tekens die in een tussenvoegsel niet voorkomen.' });
  });
});

describe('splitPrefixFromSurname', () => {
  test.each([
    ['Meijden, van der', 'Meijden', 'van der'],
    ['Meijden van der', 'Meijden', 'van der'],
    ['Meijden, V.D.', 'Meijden', 'van der'],
    ['Berg, van den', 'Berg', 'van den'],
    ['van der Meijden', 'Meijden', 'van der'],
    ["in 't Veld", 'Veld', "in 't"],
    ['De Smet', 'De Smet', null],
    ['Jansen', 'Jansen', null],
    ['Jansen-de Vries', 'Jansen-de Vries', null],
    ['Bakker, Jan', 'Bakker, Jan', null],
    ['Van', 'Van', null],
    ['de', 'de', null],
  ])('%j → %j + %j', (input, surname, prefix) => {
    expect(splitPrefixFromSurname(input)).toEqual({ surname, prefix });
  });
});
