import type { AbstractDatumSource, PersoonSource, VerblijfplaatsSource } from '../../core/brp/brp-source.types.ts';
import type { TestsetPerson } from './testset.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const GENDERS: Record<string, string> = { M: 'man', V: 'vrouw', O: 'onbekend' };
const SUSPENSIONS: Record<string, string> = { O: 'overlijden', E: 'emigratie', M: 'ministerieel besluit', R: 'pl is aangelegd in de rni' };

/** A GBA date (yyyymmdd, 00 = unknown part) as the API's AbstractDatum. */
export function toDatum(gba: string | null): AbstractDatumSource | undefined {
  if (!gba || !/^\d{8}$/.test(gba)) return undefined;
  const jaar = Number(gba.slice(0, 4));
  const maand = Number(gba.slice(4, 6));
  const dag = Number(gba.slice(6, 8));
  if (jaar === 0) return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  if (maand === 0) return { type: 'JaarDatum', jaar, langFormaat: String(jaar) };
  if (dag === 0) return { type: 'JaarMaandDatum', jaar, maand, langFormaat: `${MONTHS[maand - 1]} ${jaar}` };
  return { type: 'Datum', datum: `${gba.slice(0, 4)}-${gba.slice(4, 6)}-${gba.slice(6, 8)}`, langFormaat: `${dag} ${MONTHS[maand - 1]} ${jaar}` };
}

/**
 * The full `Persoon` the dev server knows for a test person on `today` (YYYY-MM-DD).
 * The server cuts it down to the requested fields; automatically delivered fields
 * (opschortingBijhouding) are added afterwards.
 */
export function renderPersoon(person: TestsetPerson, today: string): PersoonSource & Record<string, unknown> {
  const geboorte = toDatum(person.birth_date_gba);
  const overlijden = toDatum(person.death_date_gba);
  const deceased = overlijden !== undefined || person.suspension_reason === 'O';
  const leeftijd = deceased ? undefined : ageOn(person.birth_date_gba, today);
  const voorletters = initials(person.first_names);
  return {
    burgerservicenummer: person.bsn,
    ...(person.gender ? { geslacht: { code: person.gender, omschrijving: GENDERS[person.gender] ?? 'onbekend' } } : {}),
    ...(leeftijd !== undefined ? { leeftijd } : {}),
    naam: {
      ...(person.first_names ? { voornamen: person.first_names } : {}),
      ...(person.name_prefix ? { voorvoegsel: person.name_prefix } : {}),
      ...(person.surname ? { geslachtsnaam: person.surname } : {}),
      ...(voorletters ? { voorletters } : {}),
      volledigeNaam: [person.first_names, person.name_prefix, person.surname].filter(Boolean).join(' '),
    },
    ...(geboorte ? { geboorte: { datum: geboorte } } : {}),
    ...(overlijden ? { overlijden: { datum: overlijden } } : {}),
    ...(person.municipality_code ? { gemeenteVanInschrijving: { code: person.municipality_code } } : {}),
    ...renderResidence(person),
  };
}

/** Fields the register adds to every answer, whether asked or not. */
export function automaticFields(person: TestsetPerson): Partial<PersoonSource> {
  if (!person.suspension_reason) return {};
  const datum = toDatum(person.suspension_date_gba);
  return {
    opschortingBijhouding: {
      reden: { code: person.suspension_reason, omschrijving: SUSPENSIONS[person.suspension_reason] ?? 'onbekend' },
      ...(datum ? { datum } : {}),
    },
  };
}

function renderResidence(person: TestsetPerson): Pick<PersoonSource, 'verblijfplaats' | 'adressering'> {
  const residence = person.residence;
  if (!residence) return {};
  if (residence.kind === 'address') {
    const datumVan = toDatum(residence.start_date);
    const street = residence.street_official ?? residence.street_short;
    const verblijfplaats: VerblijfplaatsSource = {
      type: 'Adres',
      verblijfadres: {
        ...(residence.street_official ? { officieleStraatnaam: residence.street_official } : {}),
        ...(residence.street_short ? { korteStraatnaam: residence.street_short } : {}),
        ...(residence.house_number !== null ? { huisnummer: residence.house_number } : {}),
        ...(residence.house_letter ? { huisletter: residence.house_letter } : {}),
        ...(residence.house_number_addition ? { huisnummertoevoeging: residence.house_number_addition } : {}),
        ...(residence.postcode ? { postcode: residence.postcode } : {}),
        ...(residence.city ? { woonplaats: residence.city } : {}),
      },
      functieAdres: residence.function_code === 'B' ? { code: 'B', omschrijving: 'briefadres' } : { code: 'W', omschrijving: 'woonadres' },
      ...(datumVan ? { datumVan } : {}),
    };
    const number = `${residence.house_number ?? ''}${residence.house_letter ?? ''}${residence.house_number_addition ? `-${residence.house_number_addition}` : ''}`;
    const postcode = residence.postcode ? `${residence.postcode.slice(0, 4)} ${residence.postcode.slice(4)}` : '';
    const adresregel1 = [residence.street_short ?? street, number].filter(Boolean).join(' ').slice(0, 40);
    const adresregel2 = [postcode, residence.city?.toUpperCase()].filter(Boolean).join('  ').slice(0, 50);
    return {
      verblijfplaats,
      adressering: { ...(adresregel1 ? { adresregel1 } : {}), ...(adresregel2 ? { adresregel2 } : {}) },
    };
  }
  const datumVan = toDatum(residence.start_date);
  if (residence.kind === 'abroad') {
    const [regel1, regel2, regel3] = residence.lines;
    const land = { code: residence.country_code };
    return {
      verblijfplaats: {
        type: 'VerblijfplaatsBuitenland',
        verblijfadres: { ...(regel1 ? { regel1: regel1.slice(0, 40) } : {}), ...(regel2 ? { regel2: regel2.slice(0, 50) } : {}), ...(regel3 ? { regel3: regel3.slice(0, 35) } : {}), land },
        ...(datumVan ? { datumVan } : {}),
      },
      adressering: { ...(regel1 ? { adresregel1: regel1.slice(0, 40) } : {}), ...(regel2 ? { adresregel2: regel2.slice(0, 50) } : {}), land },
    };
  }
  if (residence.kind === 'location') {
    return { verblijfplaats: { type: 'Locatie', verblijfadres: { locatiebeschrijving: residence.description.slice(0, 35) }, ...(datumVan ? { datumVan } : {}) } };
  }
  return { verblijfplaats: { type: 'VerblijfplaatsOnbekend', ...(datumVan ? { datumVan } : {}) } };
}

function initials(firstNames: string | null): string | undefined {
  if (!firstNames) return undefined;
  return firstNames
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => `${[...name][0]?.toUpperCase() ?? ''}.`)
    .join(' ')
    .replace(/\. /g, '.');
}

/** Age on `today`, only for complete birth dates (the register gives none otherwise). */
function ageOn(gba: string | null, today: string): number | undefined {
  const datum = toDatum(gba);
  if (datum?.type !== 'Datum') return undefined;
  const [year = 0, month = 0, day = 0] = datum.datum.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  return ty - year - (tm > month || (tm === month && td >= day) ? 0 : 1);
}
