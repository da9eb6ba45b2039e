import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { gbaDateToPartial, loadTestset, testsetBrpPerson, voorletters } from './testset.ts';

// Excerpt of the official test set: header plus two persons with historic lines.
const EXCERPT = fileURLToPath(new URL('../../test/fixtures/brp/testset-excerpt.csv', import.meta.url));

describe('parseTestset', () => {
  test('reads current data from the first line of each person', async () => {
    const [moulin, burck, ...rest] = await loadTestset(EXCERPT);
    expect(rest).toEqual([]);
    // Lg01_716 lived at Vredesplein 7 before; the first line holds Boterdiep 31.
    expect(testsetBrpPerson(moulin!)).toEqual({
      bsn: '999993653',
      first_names: 'Suzanne',
      initials: 'S.',
      name_prefix: null,
      surname: 'Moulin',
      birth_date: '1985-12-01',
      gender: 'V',
      deceased: false,
      emigrated: false,
      age: null,
      address: { street: 'Boterdiep', house_number: 31, house_letter: null, house_number_addition: null, postcode: '3077AW', city: 'Rotterdam' },
    });
    expect(burck).toMatchObject({ bsn: '999990639', name_prefix: 'du', surname: 'Burck', residence: { kind: 'address', postcode: '2584BZ', house_number: 132, city: null } });
  });

  test('the whole official set', async () => {
    const persons = await loadTestset();
    expect(persons).toHaveLength(685);
    expect(persons.filter((p) => p.residence?.kind === 'abroad').length).toBeGreaterThan(50);
    expect(persons.filter((p) => testsetBrpPerson(p).deceased).length).toBeGreaterThan(15);
  });
});

describe('gbaDateToPartial', () => {
  test.each([
    ['19851201', '1985-12-01'],
    ['19950200', '1995-02'],
    ['19680000', '1968'],
    ['00000000', null],
    [null, null],
    ['1985', null],
  ])('%j → %j', (input, expected) => {
    expect(gbaDateToPartial(input)).toBe(expected);
  });
});

describe('voorletters', () => {
  test.each([
    ['Jean Marie', 'J.M.'],
    ['IJsbrand', 'IJ.'],
    ['Élise', 'É.'],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(voorletters(input)).toBe(expected);
  });
});
