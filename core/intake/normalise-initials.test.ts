import { describe, expect, test } from 'vitest';
import { normaliseInitials } from './normalise-initials.ts';

describe('normaliseInitials', () => {
  test.each([
    ['P.J.', 'P.J.'],
    ['pj', 'P.J.'],
    ['P J', 'P.J.'],
    ['p.j.m.', 'P.J.M.'],
    ['PJM', 'P.J.M.'],
    [' a ', 'A.'],
    ['IJ', 'IJ.'],
    ['ij.', 'IJ.'],
    ['IJ.P.', 'IJ.P.'],
    ['Th.J.', 'Th.J.'],
    ['Chr.', 'Chr.'],
    ['É.', 'É.'],
    ['A.-M.', 'A.M.'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseInitials(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['Piet', 'P.'],
    ['piet', 'P.'],
    ['Jan Peter', 'J.P.'],
    ['IJsbrand', 'IJ.'],
  ])('first name %j → %j with a warning', (input, expected) => {
    expect(normaliseInitials(input)).toEqual({ ok: true, value: expected, warnings: ['Voornaam in de kolom Voorletters; alleen de eerste letter is overgenomen.'] });
  });

  test.each([
    ['', 'Voorletters ontbreken.'],
    ['  ', 'Voorletters ontbreken.'],
    ['P2', 'Voorletters bevatten tekens die geen letters zijn.'],
    ['...', 'Voorletters ontbreken.'],
    ['ABCDEFGHIJKL', 'Meer dan 10 voorletters; controleer de kolom Voorletters.'],
  ])('%j is rejected', (input, message) => {
    expect(normaliseInitials(input)).toEqual({ ok: false, message });
  });
});
