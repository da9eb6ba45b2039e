/**
 * Asks the BRP about one signal: everyone registered at the signal's address and, when
 * nobody there fits, the persons with the same surname and birth date (deceased ones
 * included: a tenant who died is found and goes to review, never matched automatically).
 * The matching, the facts and where the register has the tenant are decided by the pure
 * core; this module only gathers.
 */
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { enrichmentOutcome, type EnrichmentOutcome } from '../../core/enrichment/enrichment-outcome.ts';
import type { MatchableSignal } from '../../core/matching/score-candidate.ts';
import { matchSignal } from '../../core/matching/match-signal.ts';
import { UNRESTRICTED_AREA, type MunicipalityArea } from '../../core/routing/municipality-area.ts';
import type { BrpClient } from '../brp/brp-client.ts';
import type { AddressSearch } from '../brp/brp-queries.ts';

export type AddressCache = Map<string, Promise<BrpPerson[]>>;

const addressKey = (a: AddressSearch) => [a.postcode, a.house_number, a.house_letter ?? '', a.house_number_addition ?? ''].join('|');

/** Residents per address, asked once per run: signals often share an address. */
export function residentsAt(brp: BrpClient, address: AddressSearch, cache: AddressCache = new Map()): Promise<BrpPerson[]> {
  const key = addressKey(address);
  let found = cache.get(key);
  if (!found) {
    found = brp.searchByAddress(address);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

/** Everyone the review and enrichment consider: residents at the rented address, and by name (deceased included). */
export async function candidatesByName(brp: BrpClient, signal: Pick<MatchableSignal, 'surname' | 'name_prefix' | 'birth_date'>): Promise<BrpPerson[]> {
  return brp.searchBySurnameAndBirthDate({ surname: signal.surname, name_prefix: signal.name_prefix, birth_date: signal.birth_date }, { includeDeceased: true });
}

export async function enrichSignal(brp: BrpClient, signal: MatchableSignal, today: string, cache: AddressCache = new Map(), area: MunicipalityArea = UNRESTRICTED_AREA): Promise<EnrichmentOutcome> {
  const rented = { postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition };
  const residents = await residentsAt(brp, rented, cache);
  let candidates = residents;
  let match = matchSignal(signal, candidates);
  if (match.status !== 'matched') {
    candidates = [...residents, ...(await candidatesByName(brp, signal))];
    match = matchSignal(signal, candidates);
  }
  const context = { today, rented, area };
  const person = match.status === 'matched' ? candidates.find((candidate) => candidate.bsn === match.bsn) : undefined;
  if (!person) return enrichmentOutcome(match, null, context);
  // Registered elsewhere than the corporation thinks: the household is the one at the BRP address.
  const atRented = residents.some((resident) => resident.bsn === person.bsn);
  return enrichmentOutcome(match, { person, residents: atRented ? residents : await registeredWith(brp, person, cache) }, context);
}

/** Everyone at the tenant's own BRP address; null when the register has no Dutch address. */
export async function registeredWith(brp: BrpClient, person: BrpPerson, cache: AddressCache = new Map()): Promise<BrpPerson[] | null> {
  const address = person.address;
  if (!address?.postcode || !address.house_number) return null;
  const { postcode, house_number, house_letter, house_number_addition } = address;
  return residentsAt(brp, { postcode, house_number, house_letter, house_number_addition }, cache);
}
