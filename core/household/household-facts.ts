import type { BrpPerson } from '../brp/brp-person.ts';
import { ageOn } from './age-on.ts';

export type LivingSituation = 'alleenstaand' | 'alleenstaande ouder' | 'paar zonder kinderen' | 'paar met kinderen' | 'overig';

/** Derived facts only: nothing in here identifies the other residents. */
export interface HouseholdFacts {
  has_minor_children: boolean;
  household_size: number;
  living_situation: LivingSituation;
  adults: number;
  minors: number;
}

export const ADULT_AGE = 18;
/**
 * Two adults this many years apart or more are read as parent and adult child, not as a
 * couple. The register links partners only through marriage or registered partnership,
 * so unmarried couples are recognised by age alone.
 */
export const GENERATION_GAP_YEARS = 16;

/**
 * Household facts from the residents at the tenant's address (the tenant included) on
 * `today`. Deceased persons do not count. A resident whose age cannot be told at all
 * counts as an adult: a child's birth date is always registered.
 */
export function householdFacts(residents: BrpPerson[], today: string): HouseholdFacts {
  const living = uniqueByBsn(residents).filter((person) => !person.deceased);
  const ages = living.map((person) => ageOn(person.birth_date, today) ?? person.age);
  const adultAges = ages.filter((age) => age === null || age >= ADULT_AGE);
  const minors = ages.length - adultAges.length;
  const adults = adultAges.length;
  return {
    has_minor_children: adults > 0 && minors > 0,
    household_size: living.length,
    living_situation: livingSituation(adultAges, minors),
    adults,
    minors,
  };
}

function livingSituation(adultAges: Array<number | null>, minors: number): LivingSituation {
  if (adultAges.length === 1) return minors > 0 ? 'alleenstaande ouder' : 'alleenstaand';
  if (adultAges.length === 2) {
    const [a, b] = adultAges;
    const couple = a === null || b === null || a === undefined || b === undefined || Math.abs(a - b) < GENERATION_GAP_YEARS;
    if (couple) return minors > 0 ? 'paar met kinderen' : 'paar zonder kinderen';
  }
  return 'overig';
}

function uniqueByBsn(persons: BrpPerson[]): BrpPerson[] {
  return [...new Map(persons.map((person) => [person.bsn, person])).values()];
}
