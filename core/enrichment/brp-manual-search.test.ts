import { describe, expect, test } from 'vitest';
import { fitsTypedInitials, parseManualSearch } from './brp-manual-search.ts';

const today = '2026-12-02';

describe('parseManualSearch', () => {
  test.each([
    { name: 'by name with a Dutch date', input: { kind: 'name', surname: ' Moulin ', birth_date: '01-12-1985' }, expected: { ok: true, value: { kind: 'name', surname: 'Moulin', name_prefix: null, initials: null, birth_date: '1985-12-01' } } },
    { name: 'by name with prefix and initials', input: { kind: 'name', surname: 'Burck', name_prefix: 'Du', initials: 'm', birth_date: '1922-09-25' }, expected: { ok: true, value: { kind: 'name', surname: 'Burck', name_prefix: 'du', initials: 'M.', birth_date: '1922-09-25' } } },
    { name: 'surname missing', input: { kind: 'name', surname: '', birth_date: '01-12-1985' }, expected: { ok: false, message: 'Achternaam ontbreekt.' } },
    { name: 'birth date missing', input: { kind: 'name', surname: 'Moulin' }, expected: { ok: false, message: 'Vul de geboortedatum in (bijvoorbeeld 03-03-1969).' } },
    { name: 'birth date in the future', input: { kind: 'name', surname: 'Moulin', birth_date: '01-12-2030' }, expected: { ok: false, message: 'Geboortedatum ligt in de toekomst.' } },
    { name: 'by address', input: { kind: 'address', postcode: '3077 aw', house_number: '31' }, expected: { ok: true, value: { kind: 'address', postcode: '3077AW', house_number: 31, house_letter: null, house_number_addition: null } } },
    { name: 'by address with letter and addition', input: { kind: 'address', postcode: '3077AW', house_number: 31, house_letter: 'a', house_number_addition: '2' }, expected: { ok: true, value: { house_letter: 'A', house_number_addition: '2' } } },
    { name: 'house number with a letter in it', input: { kind: 'address', postcode: '3077AW', house_number: '31a' }, expected: { ok: false } },
    { name: 'house number missing', input: { kind: 'address', postcode: '3077AW' }, expected: { ok: false, message: 'Vul het huisnummer in.' } },
    { name: 'bad postcode', input: { kind: 'address', postcode: '307AW', house_number: '3' }, expected: { ok: false } },
    { name: 'letter of two characters', input: { kind: 'address', postcode: '3077AW', house_number: '3', house_letter: 'ab' }, expected: { ok: false, message: 'De huisletter is één letter.' } },
    { name: 'no kind', input: {}, expected: { ok: false } },
    { name: 'not an object', input: null, expected: { ok: false } },
  ])('$name', ({ input, expected }) => {
    expect(parseManualSearch(input, today)).toMatchObject(expected);
  });
});

describe('fitsTypedInitials', () => {
  const name = { kind: 'name' as const, surname: 'X', name_prefix: null, birth_date: '1985-12-01' };
  test.each([
    { initials: null, person: 'S.', fits: true },
    { initials: 'S.', person: 'S.M.', fits: true },
    { initials: 'S.', person: 'L.', fits: false },
    { initials: 'S.', person: null, fits: false },
  ])('typed $initials, register $person → $fits', ({ initials, person, fits }) => {
    expect(fitsTypedInitials({ ...name, initials }, person)).toBe(fits);
  });
  test('an address search never filters', () => {
    expect(fitsTypedInitials({ kind: 'address', postcode: '3077AW', house_number: 1, house_letter: null, house_number_addition: null }, null)).toBe(true);
  });
});
