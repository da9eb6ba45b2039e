import { beforeAll, describe, expect, test } from 'vitest';
import type { BrpPerson } from '../brp/brp-person.ts';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import { matchSignal } from './match-signal.ts';
import type { MatchableSignal } from './score-candidate.ts';

// Cases drawn from the official RvIG test persons (reference/brp); candidates are the
// residents at the signal's address, as ZoekMetPostcodeEnHuisnummer would return them.
let persons: BrpPerson[] = [];
beforeAll(async () => {
  persons = (await loadTestset()).map(testsetBrpPerson);
});

function person(bsn: string): BrpPerson {
  const found = persons.find((candidate) => candidate.bsn === bsn);
  if (!found) throw new Error(`test person ${bsn} missing`);
  return found;
}

/** Residents at the person's address; like the BRP search, without deceased persons unless asked. */
function residentsOf(bsn: string, includeDeceased = false): BrpPerson[] {
  const address = person(bsn).address;
  return persons.filter(
    (p) => p.address?.postcode === address?.postcode && p.address?.house_number === address?.house_number && (includeDeceased || !p.deceased),
  );
}

/** A signal as a corporation would send it for this test person, with overrides. */
function signalFor(bsn: string, overrides: Partial<MatchableSignal> = {}): MatchableSignal {
  const p = person(bsn);
  return {
    initials: p.initials ?? '',
    name_prefix: p.name_prefix?.toLowerCase() ?? null,
    surname: p.surname ?? '',
    birth_date: p.birth_date ?? '',
    postcode: p.address?.postcode ?? '',
    house_number: p.address?.house_number ?? 0,
    house_letter: p.address?.house_letter?.toUpperCase() ?? null,
    house_number_addition: p.address?.house_number_addition ?? null,
    ...overrides,
  };
}

describe('matchSignal on official test persons', () => {
  test.each([
    // label, BSN of the tenant, changes the corporation made, expected status, expected reason
    ['exact data', '999993653', {}, 'matched', 'Achternaam gelijk'],
    ['tussenvoegsel in the surname cell', '999993872', { surname: 'van der Meijden', name_prefix: null }, 'matched', 'Achternaam gelijk na normalisatie (plaats tussenvoegsel)'],
    ['tussenvoegsel after a comma', '999993872', { surname: 'Meijden, van der', name_prefix: null }, 'matched', 'Achternaam gelijk na normalisatie (plaats tussenvoegsel)'],
    ['ij typed as y', '999993872', { surname: 'Meyden' }, 'matched', 'Achternaam gelijk na normalisatie (spelling ij/y en leestekens)'],
    ['diacritics dropped (Bilgiç)', '999990032', { surname: 'Bilgic' }, 'matched', 'Achternaam gelijk na normalisatie (diakrieten)'],
    ['ß typed as ss (Bronwaßer)', '999992752', { surname: 'Bronwasser' }, 'matched', 'Achternaam gelijk na normalisatie (diakrieten)'],
    ['curly apostrophe in tussenvoegsel (in ’t Veld)', '999991802', { name_prefix: 'in ’t' }, 'matched', 'Achternaam gelijk na normalisatie (aanhalingstekens)'],
    ['capital and curly ’S (Streeveld)', '999994669', { name_prefix: '’s' }, 'matched', 'Achternaam gelijk na normalisatie (aanhalingstekens)'],
    ['one part of a registered double name', '999991413', { surname: 'Huis in ’t Veld' }, 'matched', "Achternaam gelijk aan een deel van de dubbele naam (naam partner?): Huis in ’t Veld / d'Angelo-Huis in 't Veld"],
    ['own name only where BRP has Jansen-de Groot', '999993550', { surname: 'Groot', name_prefix: 'de' }, 'matched', 'Achternaam gelijk aan een deel van de dubbele naam (naam partner?): de Groot / Jansen-de Groot'],
    ['partner name prefixed (Bakker-van Zon)', '999993112', { surname: 'Bakker-van Zon', name_prefix: null }, 'matched', 'Achternaam gelijk aan een deel van de dubbele naam (naam partner?): Bakker-van Zon / van Zon'],
    ['day and month swapped', '999993653', { birth_date: '1985-01-12' }, 'matched', 'Dag en maand van de geboortedatum verwisseld: 1985-01-12 / 1985-12-01'],
    ['first names instead of initials', '999990263', { initials: 'Wilhelmina Sophia' }, 'matched', 'Voorletters gelijk'],
    ['sibling with the same birth date, told apart by initials', '999992843', {}, 'matched', 'Voorletters gelijk'],
    ['only the partner name the register does not hold', '999993112', { surname: 'Bakker', name_prefix: null }, 'ambiguous', 'Beste kandidaat scoort te laag voor automatische koppeling (65%)'],
    ['two near-identical residents (van Deursen / van Deuren) and a typo', '999990263', { surname: 'Deurzen', initials: 'W.' }, 'ambiguous', 'Meerdere kandidaten liggen dicht bij elkaar (86% en 82%)'],
    ['initials contradict', '999993653', { initials: 'K.' }, 'ambiguous', 'Beste kandidaat wijkt op een wezenlijk punt af'],
    ['nobody at the address resembles the tenant', '999993653', { surname: 'Pietersen', initials: 'X.', birth_date: '1970-05-05' }, 'not_found', 'Geen van de gevonden personen lijkt voldoende op de huurder'],
  ] as const)('%s', (_label, bsn, overrides, status, reason) => {
    const result = matchSignal(signalFor(bsn, overrides), residentsOf(bsn));
    expect(result.status).toBe(status);
    expect(result.reasons).toContain(reason);
    expect(result.bsn).toBe(status === 'matched' ? bsn : null);
  });

  test('a deceased namesake with the same birth date at the address makes it ambiguous', () => {
    // 999995108 "Peter-Jan-snip" van der Meijden is a deceased copy of 999993872.
    const residents = residentsOf('999993872', true);
    expect(residents.map((p) => p.bsn)).toContain('999995108');
    const result = matchSignal(signalFor('999993872'), residents);
    expect(result.status).toBe('ambiguous');
    const living = matchSignal(signalFor('999993872'), residents.filter((p) => !p.deceased));
    expect(living).toMatchObject({ status: 'matched', bsn: '999993872' });
  });

  test('a deceased best candidate is never matched automatically', () => {
    const result = matchSignal(signalFor('999995108'), [person('999995108')]);
    expect(result.status).toBe('ambiguous');
    expect(result.reasons).toContain('Beste kandidaat is overleden; handmatig controleren');
  });

  test('no candidates at all', () => {
    expect(matchSignal(signalFor('999993653'), [])).toEqual({ status: 'not_found', confidence: 0, bsn: null, reasons: ['Geen personen gevonden in het BRP'], candidates: [] });
  });

  test('candidates are listed best first with their scores and reasons; duplicates merged', () => {
    const candidates = residentsOf('999992843');
    const result = matchSignal(signalFor('999992843'), [...candidates, ...candidates]);
    expect(result.candidates).toHaveLength(new Set(candidates.map((p) => p.bsn)).size);
    expect(result.candidates[0]).toMatchObject({ bsn: '999992843', score: 1 });
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.confidence).toBe(1);
  });

  test('thresholds are options', () => {
    const result = matchSignal(signalFor('999993112', { surname: 'Bakker', name_prefix: null }), residentsOf('999993112'), { matchThreshold: 0.6 });
    expect(result).toMatchObject({ status: 'matched', bsn: '999993112' });
  });
});
