import { describe, expect, test } from 'vitest';
import { sniffDelimiter } from './sniff-delimiter.ts';

describe('sniffDelimiter', () => {
  test.each<[string, string, string]>([
    ['semicolons', 'Voorl.;Naam;Bedrag\nP.;Jansen;1.234,56\nA.;Smit;12,00\n', ';'],
    ['commas with quoted amounts', 'Voorl.,Naam,Bedrag\nP.,Jansen,"1.234,56"\nA.,Smit,"12,00"\n', ','],
    ['tabs', 'Voorl.\tNaam\tBedrag\nP.\tJansen\t1,5\n', '\t'],
    ['title row above the header', 'Overzicht huurachterstanden januari 2026\n\nVoorl.;Naam;Bedrag\nP.;Jansen;1,50\nA.;Smit;2,50\n', ';'],
    ['commas inside quoted names do not vote', '"Jansen, P.";1;2\n"Smit, A.";3;4\n"Bakker, K.";5;6\n', ';'],
    ['one column', 'Naam\nJansen\n', ','],
    ['empty', '', ','],
  ])('%s → %j', (_name, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});
