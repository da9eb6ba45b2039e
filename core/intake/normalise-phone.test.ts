import { describe, expect, test } from 'vitest';
import { normalisePhone } from './normalise-phone.ts';

describe('normalisePhone', () => {
  test.each<[string | number, string | null]>([
    ['', null],
    ['0612345678', '0612345678'],
    [' 06-12345678 ', '06-12345678'],
    ['06 1234 5678', '06 1234 5678'],
    ['0495-123456', '0495-123456'],
    ['+31 6 12345678', '+31 6 12345678'],
    ['+31 (0)6 12345678', '+31 (0)6 12345678'],
    ['0031612345678', '0031612345678'],
    ['+32 470 12 34 56', '+32 470 12 34 56'],
    ['0049 30 1234567', '0049 30 1234567'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: expected });
  });

  test('a number that lost its leading zero gets it back', () => {
    expect(normalisePhone(612345678)).toEqual({ ok: true, value: '0612345678', warnings: ['Voorloopnul van het telefoonnummer aangevuld (Excel had die weggelaten).'] });
  });

  test.each<[string | number, string]>([
    ['061234567', 'Telefoonnummer is geen geldig Nederlands of internationaal nummer.'],
    ['06123456789', 'Telefoonnummer is geen geldig Nederlands of internationaal nummer.'],
    ['+31 06 12345678', 'Telefoonnummer is geen geldig Nederlands of internationaal nummer.'],
    ['0012345', 'Telefoonnummer is geen geldig Nederlands of internationaal nummer.'],
    ['bel na 18u', 'Telefoonnummer bevat tekens die in een telefoonnummer niet voorkomen.'],
    ['=HYPERLINK("tel:1")', 'Telefoonnummer bevat tekens die in een telefoonnummer niet voorkomen.'],
    [12345, 'Telefoonnummer is geen geldig Nederlands of internationaal nummer.'],
  ])('%j is rejected', (input, message) => {
    expect(normalisePhone(input)).toEqual({ ok: false, message });
  });
});
