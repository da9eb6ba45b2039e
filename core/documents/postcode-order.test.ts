import { describe, expect, test } from 'vitest';
import { comparePostalAddress, type PostalAddress } from './postcode-order.ts';

const address = (postcode: string, house_number: number, house_letter: string | null = null, house_number_addition: string | null = null): PostalAddress => ({ postcode, house_number, house_letter, house_number_addition });
const label = (a: PostalAddress) => `${a.postcode} ${a.house_number}${a.house_letter ?? ''}${a.house_number_addition ? `-${a.house_number_addition}` : ''}`;

describe('comparePostalAddress', () => {
  test('sorts by postcode, then house number as a number, then letter, then addition', () => {
    const shuffled = [
      address('6002BB', 1),
      address('6001AA', 10),
      address('6001AA', 2, null, 'bis'),
      address('6001AA', 2, 'B'),
      address('6001 AA', 2),
      address('6001AA', 2, 'A'),
      address('6001AA', 2, null, '10'),
      address('6001AA', 2, null, '2'),
      address('6001ab', 1),
      address('5999ZZ', 99),
    ];
    expect([...shuffled].sort(comparePostalAddress).map(label)).toEqual([
      '5999ZZ 99',
      '6001 AA 2',
      '6001AA 2-2',
      '6001AA 2-10',
      '6001AA 2-bis',
      '6001AA 2A',
      '6001AA 2B',
      '6001AA 10',
      '6001ab 1',
      '6002BB 1',
    ]);
  });

  test.each([
    [address('6001AA', 1), address('6001 aa', 1), 0],
    [address('6001AA', 1, 'a'), address('6001AA', 1, 'A'), 0],
    [address('6001AA', 1, null, ''), address('6001AA', 1), 0],
    [address('6001AA', 1), address('6001AA', 1, null, 'A'), -1],
  ])('%j vs %j → %i', (a, b, sign) => {
    expect(Math.sign(comparePostalAddress(a, b))).toBe(sign);
    expect(Math.sign(comparePostalAddress(b, a))).toBe(-sign || 0);
  });
});
