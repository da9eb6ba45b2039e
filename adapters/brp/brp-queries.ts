import { BRP_PERSON_FIELDS, BRP_SEARCH_FIELDS } from '../../core/brp/map-persoon.ts';
import type {
  RaadpleegMetBurgerservicenummerSource,
  ZoekMetGeslachtsnaamEnGeboortedatumSource,
  ZoekMetPostcodeEnHuisnummerSource,
} from '../../core/brp/brp-source.types.ts';
import { foldDiacritics, straightenQuotes } from '../../core/matching/normalise-name.ts';

export interface AddressSearch {
  postcode: string;
  house_number: number;
  house_letter?: string | null;
  house_number_addition?: string | null;
}

export interface NameSearch {
  surname: string;
  name_prefix?: string | null;
  /** YYYY-MM-DD; the BRP only searches with a complete date. */
  birth_date: string;
}

export interface SearchOptions {
  includeDeceased?: boolean;
}

/** The API accepts at most 20 BSNs per RaadpleegMetBurgerservicenummer. */
export const MAX_BSNS_PER_REQUEST = 20;

export function raadpleegQuery(bsns: string[]): RaadpleegMetBurgerservicenummerSource {
  return { type: 'RaadpleegMetBurgerservicenummer', fields: [...BRP_PERSON_FIELDS], burgerservicenummer: bsns };
}

/**
 * Letter and addition are sent only when they fit the API's patterns: a corporation's
 * "boven" or "2-hoog" would be a 400, and leaving them out merely widens the search; the
 * scorer compares them afterwards.
 */
export function addressQuery(search: AddressSearch, options: SearchOptions = {}): ZoekMetPostcodeEnHuisnummerSource {
  const letter = search.house_letter?.trim();
  const addition = search.house_number_addition?.trim();
  return {
    type: 'ZoekMetPostcodeEnHuisnummer',
    fields: [...BRP_SEARCH_FIELDS],
    postcode: search.postcode.replace(/\s+/g, '').toUpperCase(),
    huisnummer: search.house_number,
    ...(letter && /^[a-zA-Z]$/.test(letter) ? { huisletter: letter } : {}),
    ...(addition && /^[a-zA-Z0-9 -]{1,4}$/.test(addition) ? { huisnummertoevoeging: addition } : {}),
    ...(options.includeDeceased ? { inclusiefOverledenPersonen: true } : {}),
  };
}

/**
 * Geslachtsnaam without the tussenvoegsel, quotes straightened; characters outside the
 * API's pattern (À-ž) are folded away. The voorvoegsel pattern allows no diacritics.
 */
export function nameQuery(search: NameSearch, options: SearchOptions = {}): ZoekMetGeslachtsnaamEnGeboortedatumSource {
  const surname = toPattern(straightenQuotes(search.surname), /[^a-zA-Z0-9À-ž .\-']/g).slice(0, 200);
  const prefix = search.name_prefix ? toPattern(foldDiacritics(straightenQuotes(search.name_prefix)), /[^a-zA-Z ']/g) : '';
  return {
    type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
    fields: [...BRP_SEARCH_FIELDS],
    geslachtsnaam: surname,
    geboortedatum: search.birth_date,
    ...(prefix && prefix.length <= 10 ? { voorvoegsel: prefix } : {}),
    ...(options.includeDeceased ? { inclusiefOverledenPersonen: true } : {}),
  };
}

function toPattern(text: string, disallowed: RegExp): string {
  return text
    .normalize('NFC')
    .replace(disallowed, (char) => foldDiacritics(char).replace(disallowed, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
