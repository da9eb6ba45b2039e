import { describe, expect, test } from 'vitest';
import { householdKey } from './household-key.ts';

describe('householdKey', () => {
  test.each([
    [{ postcode: '6001GS', house_number: 12, house_letter: 'A', house_number_addition: null }, '6001GS|12|A|'],
    [{ postcode: '6001GS', house_number: 12, house_letter: null, house_number_addition: null }, '6001GS|12||'],
    [{ postcode: '6001GS', house_number: 5, house_letter: null, house_number_addition: 'ii' }, '6001GS|5||II'],
    [{ postcode: '6001 gs', house_number: 5, house_letter: 'b', house_number_addition: 'bis' }, '6001GS|5|B|BIS'],
  ])('%j → %s', (address, key) => {
    expect(householdKey(address)).toBe(key);
  });

  test('a letter and an addition with the same text are different dwellings', () => {
    expect(householdKey({ postcode: '6001GS', house_number: 1, house_letter: 'A', house_number_addition: null })).not.toBe(
      householdKey({ postcode: '6001GS', house_number: 1, house_letter: null, house_number_addition: 'A' }),
    );
  });
});
