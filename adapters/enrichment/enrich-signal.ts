/**
 * Asks the BRP about one signal: everyone registered at the signal's address and, when
 * nobody there fits, the persons with the same surname and birth date. The matching and
 * the facts are decided by the pure core; this module only gathers.
 */
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { enrichmentOutcome, type EnrichmentOutcome } from '../../core/enrichment/enrichment-outcome.ts';
import type { MatchableSignal } from '../../core/matching/score-candidate.ts';
import { matchSignal } from '../../core/matching/match-signal.ts';
import type { BrpClient } from '../brp/brp-client.ts';
import type { AddressSearch } from '../brp/brp-queries.ts';

export type AddressCache = Map<string, Promise<BrpPerson[]>>;

const addressKey = (a: AddressSearch) => [a.postcode, a.house_number, a.house_letter ?? '', a.house_number_addition ?? ''].join('|');

/** Residents per address, asked once per run: signals often share an address. */
function residentsAt(brp: BrpClient, address: AddressSearch, cache: AddressCache): Promise<BrpPerson[]> {
  const key = addressKey(address);
  let found = cache.get(key);
  if (!found) {
    found = brp.searchByAddress(address);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

export async function enrichSignal(brp: BrpClient, signal: MatchableSignal, today: string, cache: AddressCache = new Map()): Promise<EnrichmentOutcome> {
  const address = { postcode: signal.postcode, house_number: signal.house_number, house_letter: signal.house_letter, house_number_addition: signal.house_number_addition };
  const residents = await residentsAt(brp, address, cache);
  let match = matchSignal(signal, residents);
  if (match.status !== 'matched') {
    const byName = await brp.searchBySurnameAndBirthDate({ surname: signal.surname, name_prefix: signal.name_prefix, birth_date: signal.birth_date });
    match = matchSignal(signal, [...residents, ...byName]);
  }
  if (match.status !== 'matched') return enrichmentOutcome(match, null, today);
  const tenant = [...residents].find((person) => person.bsn === match.bsn);
  // Registered elsewhere than the corporation thinks: the household is the one at the BRP address.
  const tenantResidents = tenant ? residents : await brpAddressResidents(brp, match.bsn!, cache);
  return enrichmentOutcome(match, tenantResidents, today);
}

async function brpAddressResidents(brp: BrpClient, bsn: string, cache: AddressCache): Promise<BrpPerson[] | null> {
  const [person] = await brp.getByBsn([bsn]);
  if (!person?.address) return null;
  const { postcode, house_number, house_letter, house_number_addition } = person.address;
  if (!postcode || !house_number) return null;
  return residentsAt(brp, { postcode, house_number, house_letter, house_number_addition }, cache);
}
