import { describe, expect, test } from 'vitest';
import { normalisePlace } from './normalise-place.ts';

describe('normalisePlace', () => {
  test.each([
    ['Dorpsstraat', 'Straat', 'Dorpsstraat'],
    ['2e  Kruisstraat', 'Straat', '2e Kruisstraat'],
    ['Laan 1940-1945', 'Straat', 'Laan 1940-1945'],
    ["'s-Hertogenbosch", 'Woonplaats', "'s-Hertogenbosch"],
    ['Weert', 'Woonplaats', 'Weert'],
    ['Sint-Oedenrode', 'Woonplaats', 'Sint-Oedenrode'],
  ] as const)('%j → %j', (input, label, expected) => {
    expect(normalisePlace(input, label)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', 'Straat', 'Straat ontbreekt.'],
    ['1234', 'Straat', 'Straat bevat tekens die in een straatnaam niet voorkomen.'],
    ['Weert; DROP TABLE', 'Woonplaats', 'Woonplaats bevat tekens die in een plaatsnaam niet voorkomen.'],
  ] as const)('%j is rejected', (input, label, message) => {
    expect(normalisePlace(input, label)).toEqual({ ok: false, message });
  });
});
