import type { SignalRecord } from '../intake/signal-record.ts';
import type { BrpPerson } from '../brp/brp-person.ts';
import { compareAddress } from './compare-address.ts';
import { compareBirthDate } from './compare-birth-date.ts';
import { compareInitials } from './compare-initials.ts';
import { compareSurname } from './compare-surname.ts';

/** The part of a signal that identifies the tenant. */
export type MatchableSignal = Pick<
  SignalRecord,
  'initials' | 'name_prefix' | 'surname' | 'birth_date' | 'postcode' | 'house_number' | 'house_letter' | 'house_number_addition'
>;

/**
 * Weights add up to 1. Surname and birth date identify a person; the address is strong
 * evidence but people move or stay registered elsewhere; initials separate relatives
 * at one address but are often incomplete in corporation records.
 */
export const SCORE_WEIGHTS = { surname: 0.35, birth_date: 0.3, initials: 0.15, address: 0.2 } as const;

export interface CandidateScore {
  bsn: string;
  /** 0..1, rounded to three decimals. */
  score: number;
  /** Dutch, one per attribute, in a fixed order: surname, birth date, initials, address, remarks. */
  reasons: string[];
  /** True when some attribute contradicts the signal outright; such a candidate is never matched automatically. */
  conflict: boolean;
  deceased: boolean;
}

export function scoreCandidate(signal: MatchableSignal, person: BrpPerson): CandidateScore {
  const surname = compareSurname(signal, person);
  const birthDate = compareBirthDate(signal.birth_date, person.birth_date);
  const initials = compareInitials(signal.initials, person.initials, person.first_names);
  const address = compareAddress(signal, person.address);
  const score =
    surname.score * SCORE_WEIGHTS.surname +
    birthDate.score * SCORE_WEIGHTS.birth_date +
    initials.score * SCORE_WEIGHTS.initials +
    address.score * SCORE_WEIGHTS.address;
  const reasons = [surname.reason, birthDate.reason, initials.reason, address.reason];
  if (person.deceased) reasons.push('Persoon is overleden volgens het BRP');
  return {
    bsn: person.bsn,
    score: Math.round(score * 1000) / 1000,
    reasons,
    conflict: [surname, birthDate, initials, address].some((c) => c.conflict),
    deceased: person.deceased,
  };
}
