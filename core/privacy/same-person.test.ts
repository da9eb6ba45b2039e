import { describe, expect, test } from 'vitest';
import { hasFullIdentity, samePerson, type IdentityFields } from './same-person.ts';

const berg: IdentityFields = { bsn: null, surname: 'Berg', name_prefix: 'van der', birth_date: '1970-05-01', postcode: '6001 AB', house_number: 12 };

describe('the same person', () => {
  test.each<[string, IdentityFields, IdentityFields, boolean]>([
    ['identical', berg, berg, true],
    ['prefix in the surname, other case and spacing', berg, { surname: 'Van der Berg', birth_date: '1970-05-01', postcode: '6001ab', house_number: '12' }, true],
    ['without the prefix', berg, { surname: 'BERG', birth_date: '1970-05-01T00:00:00.000Z', postcode: '6001AB', house_number: 12 }, true],
    ['diacritics and quotes', { ...berg, surname: "'t Hart", name_prefix: null }, { ...berg, surname: 'Hart', name_prefix: '’t' }, true],
    ['another birth date', berg, { ...berg, birth_date: '1970-05-02' }, false],
    ['another house number', berg, { ...berg, house_number: 14 }, false],
    ['another postcode', berg, { ...berg, postcode: '6001 AC' }, false],
    ['another surname', berg, { ...berg, surname: 'Bergen' }, false],
    ['a missing field matches nothing', { ...berg, house_number: null }, { ...berg, house_number: null }, false],
    ['the same BSN decides, whatever the name', { ...berg, bsn: '999993653' }, { bsn: '999993653', surname: 'Jansen' }, true],
    ['another BSN is another person, however alike', { ...berg, bsn: '999993653' }, { ...berg, bsn: '999995108' }, false],
    ['a BSN on one side only: the identity decides', { ...berg, bsn: '999993653' }, berg, true],
  ])('%s', (_, a, b, expected) => {
    expect(samePerson(a, b)).toBe(expected);
    expect(samePerson(b, a)).toBe(expected);
  });

  test('a full identity needs all four fields and a real date', () => {
    expect(hasFullIdentity(berg)).toBe(true);
    expect(hasFullIdentity({ ...berg, surname: '  ' })).toBe(false);
    expect(hasFullIdentity({ ...berg, birth_date: '01-05-1970' })).toBe(false);
    expect(hasFullIdentity({ ...berg, postcode: null })).toBe(false);
  });
});
