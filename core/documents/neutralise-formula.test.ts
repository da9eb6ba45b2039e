import { describe, expect, test } from 'vitest';
import { looksLikeFormula, neutraliseFormula } from './neutralise-formula.ts';

describe('neutraliseFormula', () => {
  test.each([
    // The OWASP/ASVS trigger characters at the start.
    ['=HYPERLINK("http://kwaad.example","klik")', `'=HYPERLINK("http://kwaad.example","klik")`],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\nJansen', "'\nJansen"],
    // After leading whitespace or invisible characters.
    ['  =1+1', "'  =1+1"],
    ['\u00a0+1', "'\u00a0+1"],
    ['\u200b@A1', "'\u200b@A1"],
    ['\u3000-1', "'\u3000-1"],
    // Full-width look-alikes.
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['\uff0b1', "'\uff0b1"],
    // Characters XML cannot hold are removed first, so they cannot hide a formula.
    ['\u0000=1+1', "'=1+1"],
    ['Jan\u0007sen', 'Jansen'],
    ['\ud800x', 'x'],
    // Ordinary values stay as they are.
    ['Jansen', 'Jansen'],
    ['van der', 'van der'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Sint-Jansstraat', 'Sint-Jansstraat'],
    ['06-12345678', '06-12345678'],
    ['A=B', 'A=B'],
    ['  Jansen', '  Jansen'],
    ['😀 emoji', '😀 emoji'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  test('a neutralised text no longer looks like a formula, and neutralising twice changes nothing more', () => {
    for (const text of ['=1', ' +1', '\t-1', '@x', '\uff20x']) {
      const once = neutraliseFormula(text);
      expect(looksLikeFormula(once)).toBe(false);
      expect(neutraliseFormula(once)).toBe(once);
    }
  });
});
