import { describe, expect, test } from 'vitest';
import { tenantKey } from './tenant-key.ts';

const base = { surname: 'Meijden', birth_date: '1959-04-17', postcode: '6001GS', house_number: 12, house_letter: 'A', house_number_addition: null };

describe('tenantKey', () => {
  test('format', () => {
    expect(tenantKey(base)).toBe('meijden|1959-04-17|6001GS|12|A|');
  });

  test.each([
    ['case', { surname: 'MEIJDEN' }],
    ['diacritics', { surname: 'Méijden' }],
    ['spacing', { surname: ' Meij den ' }],
  ])('ignores %s', (_name, change) => {
    expect(tenantKey({ ...base, ...change })).toBe(tenantKey(base));
  });

  test.each([
    ['another birth date', { birth_date: '1959-04-18' }],
    ['another surname', { surname: 'Meijer' }],
    ['another letter', { house_letter: 'B' }],
    ['another addition', { house_number_addition: '2' }],
    ['another postcode', { postcode: '6001GT' }],
  ])('differs for %s', (_name, change) => {
    expect(tenantKey({ ...base, ...change })).not.toBe(tenantKey(base));
  });
});
