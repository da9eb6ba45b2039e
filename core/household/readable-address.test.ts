import { describe, expect, test } from 'vitest';
import { readableAddress } from './readable-address.ts';

const base = { street: 'Markt', house_number: 60, house_letter: null, house_number_addition: null, postcode: '9731HM', city: 'Weert' };

describe('readableAddress', () => {
  test.each([
    [base, 'Markt 60, 9731 HM Weert'],
    [{ ...base, house_letter: 'a' }, 'Markt 60A, 9731 HM Weert'],
    [{ ...base, house_number_addition: 'bis' }, 'Markt 60-bis, 9731 HM Weert'],
    [{ ...base, house_letter: 'B', house_number_addition: '2' }, 'Markt 60B-2, 9731 HM Weert'],
    [{ ...base, postcode: '9731 hm' }, 'Markt 60, 9731 HM Weert'],
    [{ ...base, city: null }, 'Markt 60, 9731 HM'],
    [{ ...base, street: null }, '60, 9731 HM Weert'],
    [{ ...base, postcode: null, city: null }, 'Markt 60'],
  ])('%o → %s', (address, expected) => {
    expect(readableAddress(address)).toBe(expected);
  });
});
