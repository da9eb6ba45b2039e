import { describe, expect, test } from 'vitest';
import { normaliseSurname } from './normalise-surname.ts';

describe('normaliseSurname', () => {
  test.each([
    ['Jansen', 'Jansen'],
    ['  de   Vries ', 'de Vries'],
    ['Jansen - Bakker', 'Jansen-Bakker'],
    ['Çelik', 'Çelik'],
    ['Müller', 'Müller'],
    ['O’Brien', "O'Brien"],
    ['ÖZTÜRK', 'ÖZTÜRK'],
    ['St. Clair', 'St. Clair'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSurname(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', 'Achternaam ontbreekt.'],
    ['   ', 'Achternaam ontbreekt.'],
    ['Jansen2', 'Achternaam bevat cijfers.'],
    ['12345', 'Achternaam bevat cijfers.'],
    ['HYPERLINK("http://x")', 'Achternaam bevat tekens die in een naam niet voorkomen.'],
    ['---', 'Achternaam bevat tekens die in een naam niet voorkomen.'],
    ['a'.repeat(101), 'Achternaam is langer dan 100 tekens.'],
  ])('%j is rejected', (input, message) => {
    expect(normaliseSurname(input)).toEqual({ ok: false, message });
  });
});
