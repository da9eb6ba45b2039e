import { expect, test } from 'vitest';
import { livingSituationLabel } from './living-situation-label.ts';

test.each([
  ['alleenstaande ouder', 'Alleenstaande ouder'],
  ['paar zonder kinderen', 'Paar zonder kinderen'],
  ['iets nieuws', 'iets nieuws'],
  ['', null],
  [null, null],
])('%j → %j', (value, expected) => {
  expect(livingSituationLabel(value)).toBe(expected);
});
