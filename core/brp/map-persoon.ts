import type { BrpAddress, BrpGender, BrpPerson } from './brp-person.ts';
import type { AbstractDatumSource, PersoonSource, VerblijfplaatsSource } from './brp-source.types.ts';

/**
 * The field paths the mapper below reads. They live beside it so that a BRP field rename
 * touches one file. Only RaadpleegMetBurgerservicenummer may ask for overlijden and
 * verblijfplaats; the search types deliver `PersoonBeperkt`, so searches only collect BSNs.
 */
export const BRP_PERSON_FIELDS = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'naam.voorletters',
  'geboorte.datum',
  'geslacht',
  'leeftijd',
  'overlijden.datum',
  'verblijfplaats.verblijfadres.officieleStraatnaam',
  'verblijfplaats.verblijfadres.korteStraatnaam',
  'verblijfplaats.verblijfadres.huisnummer',
  'verblijfplaats.verblijfadres.huisletter',
  'verblijfplaats.verblijfadres.huisnummertoevoeging',
  'verblijfplaats.verblijfadres.postcode',
  'verblijfplaats.verblijfadres.woonplaats',
  // Not stored: asked so that a residence abroad is delivered (with its `type`) even though
  // it has none of the Dutch address fields above; `verblijfplaats.type` is no valid field.
  'verblijfplaats.verblijfadres.land',
] as const;

export const BRP_SEARCH_FIELDS = ['burgerservicenummer'] as const;

export class BrpMappingError extends Error {
  override name = 'BrpMappingError';
}

/** The one place that knows the shape of a BRP `Persoon`. */
export function mapPersoon(source: PersoonSource): BrpPerson {
  const bsn = source.burgerservicenummer;
  if (!bsn) throw new BrpMappingError('BRP person without burgerservicenummer');
  const naam = source.naam ?? {};
  const firstNames = blankToNull(naam.voornamen);
  return {
    bsn,
    first_names: firstNames,
    initials: blankToNull(naam.voorletters) ?? initialsOf(firstNames),
    name_prefix: blankToNull(naam.voorvoegsel),
    surname: blankToNull(naam.geslachtsnaam),
    birth_date: mapDatum(source.geboorte?.datum),
    gender: mapGender(source.geslacht?.code),
    // A suspended record with reason O (overlijden) is deceased even without overlijden.datum.
    deceased: source.overlijden?.datum !== undefined || source.opschortingBijhouding?.reden?.code === 'O',
    // Reason E (emigratie) is delivered automatically; a residence abroad says the same.
    emigrated: source.opschortingBijhouding?.reden?.code === 'E' || source.verblijfplaats?.type === 'VerblijfplaatsBuitenland',
    age: typeof source.leeftijd === 'number' ? source.leeftijd : null,
    address: mapVerblijfplaats(source.verblijfplaats),
  };
}

function mapDatum(datum: AbstractDatumSource | undefined): string | null {
  if (!datum) return null;
  switch (datum.type) {
    case 'Datum':
      return datum.datum;
    case 'JaarMaandDatum':
      return `${pad(datum.jaar, 4)}-${pad(datum.maand, 2)}`;
    case 'JaarDatum':
      return pad(datum.jaar, 4);
    default:
      return null;
  }
}

function mapGender(code: string | undefined): BrpGender | null {
  const upper = code?.toUpperCase();
  return upper === 'M' || upper === 'V' || upper === 'O' ? upper : null;
}

function mapVerblijfplaats(verblijfplaats: VerblijfplaatsSource | undefined): BrpAddress | null {
  // Abroad, unknown or a location description: there is no Dutch address to compare with.
  if (verblijfplaats?.type !== 'Adres' || !verblijfplaats.verblijfadres) return null;
  const adres = verblijfplaats.verblijfadres;
  return {
    street: blankToNull(adres.officieleStraatnaam) ?? blankToNull(adres.korteStraatnaam),
    house_number: adres.huisnummer ?? null,
    house_letter: blankToNull(adres.huisletter),
    house_number_addition: blankToNull(adres.huisnummertoevoeging),
    postcode: adres.postcode ? adres.postcode.replace(/\s+/g, '').toUpperCase() : null,
    city: blankToNull(adres.woonplaats),
  };
}

function initialsOf(firstNames: string | null): string | null {
  if (!firstNames) return null;
  const initials = firstNames.split(/\s+/).filter(Boolean).map((name) => `${[...name][0]?.toUpperCase() ?? ''}.`);
  return initials.length > 0 ? initials.join('') : null;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
