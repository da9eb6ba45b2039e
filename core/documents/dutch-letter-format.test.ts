import { describe, expect, test } from 'vitest';
import { dutchSalutation, dutchTime, dutchWeekdayDate, fullName, postcodeLine, streetLine, surnameAlone, type PersonName } from './dutch-letter-format.ts';

const person = (o: Partial<PersonName>): PersonName => ({ initials: 'J.', prefix: null, surname: 'Jansen', gender: 'unknown', ...o });

describe('Dutch letter formatting', () => {
  test.each([
    ['2026-12-01', 'dinsdag 1 december 2026'],
    ['2027-01-10', 'zondag 10 januari 2027'],
    ['2026-02-30', '2026-02-30'],
    ['morgen', 'morgen'],
  ])('dutchWeekdayDate(%s) = %s', (input, expected) => expect(dutchWeekdayDate(input)).toBe(expected));

  test.each([
    ['14:30', '14.30 uur'],
    ['09:05', '9.05 uur'],
    ['9.05', '9.05 uur'],
    ['14:30:00', '14.30 uur'],
    ['24:00', '24:00'],
    ['half drie', 'half drie'],
  ])('dutchTime(%s) = %s', (input, expected) => expect(dutchTime(input)).toBe(expected));

  test.each([
    [person({ prefix: 'van der', surname: 'Berg' }), 'Geachte heer/mevrouw Van der Berg'],
    [person({ prefix: 'Van Der', surname: 'Berg', gender: 'female' }), 'Geachte mevrouw Van der Berg'],
    [person({ prefix: 'de', surname: 'Vries', gender: 'male' }), 'Geachte heer De Vries'],
    [person({ prefix: "'t", surname: 'Hart' }), "Geachte heer/mevrouw 't Hart"],
    [person({ surname: 'Öztürk' }), 'Geachte heer/mevrouw Öztürk'],
    [person({ surname: ' ' }), 'Geachte heer/mevrouw'],
  ])('dutchSalutation(%o) = %s', (input, expected) => expect(dutchSalutation(input)).toBe(expected));

  test('surnameAlone capitalises only the first prefix word', () => expect(surnameAlone({ prefix: 'van den', surname: 'Heuvel' })).toBe('Van den Heuvel'));

  test.each([
    [person({ initials: 'J.P.', prefix: 'Van der', surname: 'Berg' }), 'J.P. van der Berg'],
    [person({ initials: 'jp', surname: 'Jansen' }), 'J.P. Jansen'],
    [person({ initials: 'Th.', prefix: 'de', surname: 'Wit' }), 'Th. de Wit'],
    [person({ initials: '', surname: 'Jansen' }), 'Jansen'],
  ])('fullName(%o) = %s', (input, expected) => expect(fullName(input)).toBe(expected));

  const address = { street: 'Markt', houseNumber: 60, houseLetter: 'a', houseNumberAddition: '2', postcode: '6001aa', city: 'Weert' };
  test('streetLine follows NEN 5825', () => expect(streetLine(address)).toBe('Markt 60A-2'));
  test.each([
    [{ postcode: '6001aa', city: 'Weert' }, '6001 AA  WEERT'],
    [{ postcode: '6039 CA', city: 's-Hertogenbosch' }, '6039 CA  S-HERTOGENBOSCH'],
    [{ postcode: 'B-3990', city: 'Peer' }, 'B-3990  PEER'],
  ])('postcodeLine(%o) = %s', (input, expected) => expect(postcodeLine(input)).toBe(expected));
});
