import { describe, expect, test } from 'vitest';
import type { BrpPerson } from '../brp/brp-person.ts';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import { ageOn } from './age-on.ts';
import { householdFacts } from './household-facts.ts';

const TODAY = '2025-06-15';
let sequence = 0;
function resident(birth_date: string | null, extra: Partial<BrpPerson> = {}): BrpPerson {
  sequence += 1;
  return { bsn: String(sequence).padStart(9, '0'), first_names: null, initials: null, name_prefix: null, surname: null, birth_date, gender: null, deceased: false, emigrated: false, age: null, address: null, ...extra };
}

describe('ageOn', () => {
  test.each([
    ['2007-06-15', 18],
    ['2007-06-16', 17],
    ['2007-06', 17], // read as 2007-06-30
    ['2007-05', 18],
    ['2007', 17], // read as 2007-12-31
    ['1985-12-01', 39],
    [null, null],
  ])('%j → %j', (birthDate, expected) => {
    expect(ageOn(birthDate, TODAY)).toBe(expected);
  });
});

describe('householdFacts', () => {
  test.each([
    ['one adult', [resident('1980-01-01')], 'alleenstaand', 1, 0],
    ['one adult and a child', [resident('1980-01-01'), resident('2015-03-03')], 'alleenstaande ouder', 1, 1],
    ['a couple', [resident('1980-01-01'), resident('1978-05-05')], 'paar zonder kinderen', 2, 0],
    ['a couple with two children', [resident('1980-01-01'), resident('1978-05-05'), resident('2010-01-01'), resident('2012-01-01')], 'paar met kinderen', 2, 2],
    ['a parent and an adult son (generation apart)', [resident('1960-01-01'), resident('1995-01-01')], 'overig', 2, 0],
    ['three adults', [resident('1980-01-01'), resident('1981-01-01'), resident('1990-01-01')], 'overig', 3, 0],
    ['turns 18 today: adult', [resident('1980-01-01'), resident('2007-06-15')], 'overig', 2, 0],
    ['turns 18 tomorrow: minor', [resident('1980-01-01'), resident('2007-06-16')], 'alleenstaande ouder', 1, 1],
    ['deceased partner does not count', [resident('1980-01-01'), resident('1979-01-01', { deceased: true }), resident('2012-01-01')], 'alleenstaande ouder', 1, 1],
    ['unknown birth date counts as adult', [resident(null), resident('1979-01-01')], 'paar zonder kinderen', 2, 0],
    ['unknown birth date but age known', [resident(null, { age: 10 }), resident('1979-01-01')], 'alleenstaande ouder', 1, 1],
    ['year-only birth date that may be a minor', [resident('2007'), resident('1979-01-01')], 'alleenstaande ouder', 1, 1],
    ['only minors registered', [resident('2010-01-01')], 'overig', 0, 1],
  ])('%s', (_label, residents, situation, adults, minors) => {
    const facts = householdFacts(residents, TODAY);
    expect(facts).toEqual({
      has_minor_children: adults > 0 && minors > 0,
      household_size: adults + minors,
      living_situation: situation,
      adults,
      minors,
    });
  });

  test('the output holds derived facts only', () => {
    const facts = householdFacts([resident('1980-01-01', { surname: 'Moulin', first_names: 'Suzanne' })], TODAY);
    expect(Object.keys(facts).sort()).toEqual(['adults', 'has_minor_children', 'household_size', 'living_situation', 'minors']);
  });

  test('the von Thursen household in the official test set', async () => {
    const persons = (await loadTestset()).map(testsetBrpPerson);
    const residents = persons.filter((p) => p.address?.postcode === '3225TD' && p.address.house_number === 555);
    const facts = householdFacts(residents, '2020-01-01');
    expect(facts.household_size).toBe(residents.filter((p) => !p.deceased).length);
    expect(facts.minors).toBeGreaterThan(0);
    expect(facts.has_minor_children).toBe(true);
  });
});
