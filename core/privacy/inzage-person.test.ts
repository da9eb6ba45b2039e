import { describe, expect, test } from 'vitest';
import { isAboutPerson, personQueryFrom, widenedQuery, type PersonQuery } from './inzage-person.ts';

const byBsn: PersonQuery = { bsn: '999993653', identities: [] };
const byIdentity: PersonQuery = { bsn: null, identities: [{ surname: 'van der Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] };
const record = { bsn: null, name_prefix: 'van der', surname: 'Berg', birth_date: '1970-05-01', postcode: '6002 bb', house_number: 12 };

describe('personQueryFrom', () => {
  test.each([
    [{ bsn: '999993653' }, { ok: true }],
    [{ bsn: '123456789' }, { ok: false, message: expect.stringContaining('elfproef') }],
    [{}, { ok: false, message: expect.stringContaining('Geef een BSN') }],
    [{ surname: 'Berg', birthDate: '1970-05-01', postcode: '6002 bb', houseNumber: '12' }, { ok: true }],
    [{ surname: 'Berg', birthDate: '01-05-1970', postcode: '6002BB', houseNumber: 12 }, { ok: false, message: expect.stringContaining('JJJJ-MM-DD') }],
    [{ surname: 'Berg', postcode: '6002BB' }, { ok: false, message: expect.stringContaining('ontbreekt: geboortedatum, huisnummer') }],
    [{ surname: 'Berg', birthDate: '1970-05-01', postcode: 'B-1000', houseNumber: 12 }, { ok: false, message: expect.stringContaining('postcode') }],
    [{ surname: 'Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: '12A' }, { ok: false, message: expect.stringContaining('huisnummer') }],
  ])('%o', (input, expected) => {
    expect(personQueryFrom(input)).toMatchObject(expected);
  });

  test('keeps the identity normalised', () => {
    expect(personQueryFrom({ surname: ' Berg ', birthDate: '1970-05-01', postcode: '6002 bb', houseNumber: '12' })).toEqual({ ok: true, query: { bsn: null, identities: [{ surname: 'Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] } });
  });
});

describe('isAboutPerson', () => {
  test.each([
    ['same BSN', byBsn, { ...record, bsn: '999993653' }, true],
    ['another BSN, same name and address', { ...byIdentity, bsn: '999993653' }, { ...record, bsn: '999990019' }, false],
    ['no BSN asked, record has one: identity decides', byIdentity, { ...record, bsn: '999990019' }, true],
    ['BSN asked, record without BSN, no identity known', byBsn, record, false],
    ['surname with prefix, diacritics and case folded', { bsn: null, identities: [{ surname: 'VAN DER BÉRG', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] }, record, true],
    ['surname without prefix', { bsn: null, identities: [{ surname: 'Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] }, record, true],
    ['household member: other surname', byIdentity, { ...record, surname: 'Bergpartner' }, false],
    ['household member: other birth date', byIdentity, { ...record, birth_date: '1972-05-01' }, false],
    ['other house number', byIdentity, { ...record, house_number: 14 }, false],
    ['record without identity', byIdentity, { bsn: null }, false],
  ])('%s', (_name, query, candidate, expected) => {
    expect(isAboutPerson(query as PersonQuery, candidate)).toBe(expected);
  });
});

test('widenedQuery adds the identities of the own signals once', () => {
  const widened = widenedQuery(byBsn, [{ ...record, bsn: '999993653' }, { ...record, bsn: '999993653' }]);
  expect(widened).toEqual({ bsn: '999993653', identities: [{ surname: 'van der Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] });
  expect(isAboutPerson(widened, record)).toBe(true);
});
