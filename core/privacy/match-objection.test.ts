import { describe, expect, test } from 'vitest';
import { identifiesSomeone, isActiveOn, isSamePerson, objectionFor, widestScope, type ObjectionRecord, type PersonIdentity } from './match-objection.ts';
import { personSurnameKey } from './same-person.ts';

const objection = (extra: Partial<ObjectionRecord> = {}): ObjectionRecord => ({
  id: 'o1', scope: 'amw', date_received: '2026-11-05', date_end: null,
  bsn: null, surname: 'Berg', name_prefix: 'van der', birth_date: '1970-03-01', postcode: '6001AB', house_number: 12, ...extra,
});
const person = (extra: Partial<PersonIdentity> = {}): PersonIdentity => ({
  bsn: null, surname: 'Berg', name_prefix: 'van der', birth_date: '1970-03-01', postcode: '6001AB', house_number: 12, ...extra,
});

describe('isSamePerson', () => {
  test.each([
    ['the same identity', {}, {}, true],
    ['surname with the prefix in it, other case and spaces', {}, { surname: 'Van Der  Berg', name_prefix: null }, true],
    ['the prefix left out', {}, { name_prefix: null }, true],
    ['postcode with a space and lower case', {}, { postcode: '6001 ab' }, true],
    ['another house number', {}, { house_number: 14 }, false],
    ['another birth date', {}, { birth_date: '1970-03-02' }, false],
    ['another surname', {}, { surname: 'Bergen' }, false],
    ['another postcode', {}, { postcode: '6001AC' }, false],
    ['the same BSN, though the address differs (moved)', { bsn: '123456782' }, { bsn: '123456782', postcode: '6002XY', house_number: 1 }, true],
    ['a different BSN, though name and address are the same', { bsn: '123456782' }, { bsn: '111222333' }, false],
    ['BSN only on the objection: the identity decides', { bsn: '123456782' }, {}, true],
    ['BSN only on the signal: the identity decides', {}, { bsn: '123456782' }, true],
    ['an objection without a birth date never matches by name', { birth_date: null }, {}, false],
  ] as const)('%s → %s', (_, o, p, expected) => {
    expect(isSamePerson(objection(o), person(p))).toBe(expected);
  });
});

describe('isActiveOn', () => {
  test.each([
    ['before it was received', '2026-11-04', null, false],
    ['on the day it was received', '2026-11-05', null, true],
    ['long after, without an end', '2030-01-01', null, true],
    ['on its end date', '2026-12-31', '2026-12-31', true],
    ['after its end date', '2027-01-01', '2026-12-31', false],
  ] as const)('%s → %s', (_, date, end, expected) => {
    expect(isActiveOn({ date_received: '2026-11-05', date_end: end }, date)).toBe(expected);
  });
});

describe('objectionFor', () => {
  test('the widest objection in force wins; one of someone else or out of date is ignored', () => {
    const register = [
      objection({ id: 'a', scope: 'amw', date_received: '2026-01-01' }),
      objection({ id: 'b', scope: 'all', date_received: '2026-10-01' }),
      objection({ id: 'c', scope: 'all', surname: 'Jansen' }),
      objection({ id: 'd', scope: 'all', date_received: '2026-01-01', date_end: '2026-06-30' }),
    ];
    expect(objectionFor(register, person(), '2026-11-10')?.id).toBe('b');
    // Before b was received only a (amw) applies: d (all) ended in June.
    expect(objectionFor(register, person(), '2026-09-01')?.id).toBe('a');
    expect(objectionFor(register, person({ surname: 'Pietersen' }), '2026-11-10')).toBeNull();
    expect(objectionFor([], person(), '2026-11-10')).toBeNull();
  });
});

describe('helpers', () => {
  test.each([
    ['Van der Berg', null, 'berg'],
    ['Berg', 'van der', 'berg'],
    ["'t Hart", null, 'hart'],
    ['De', null, 'de'],
    ['El-Amrani', null, 'elamrani'],
  ] as const)('personSurnameKey(%s, %s) → %s', (surname, prefix, expected) => expect(personSurnameKey(surname, prefix)).toBe(expected));

  test('widestScope', () => {
    expect(widestScope([null, 'amw'])).toBe('amw');
    expect(widestScope(['amw', 'all', null])).toBe('all');
    expect(widestScope([null, undefined])).toBeNull();
  });

  test.each([
    ['a BSN', { bsn: '123456782', surname: null, birth_date: null, postcode: null, house_number: null }, true],
    ['name, birth date and address', { bsn: null, surname: 'Berg', birth_date: '1970-03-01', postcode: '6001AB', house_number: 12 }, true],
    ['no house number', { bsn: null, surname: 'Berg', birth_date: '1970-03-01', postcode: '6001AB', house_number: null }, false],
    ['a BSN of 8 digits and nothing else', { bsn: '12345678', surname: null, birth_date: null, postcode: null, house_number: null }, false],
  ] as const)('identifiesSomeone: %s → %s', (_, record, expected) => expect(identifiesSomeone(record)).toBe(expected));
});
