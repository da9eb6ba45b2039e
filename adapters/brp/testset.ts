import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrpAddress, BrpGender, BrpPerson } from '../../core/brp/brp-person.ts';
import { parseDelimited } from './delimited-text.ts';

/** The official public test set (RvIG, GBA-V format) that ships in reference/. */
export const DEFAULT_TESTSET_PATH = fileURLToPath(new URL('../../reference/brp/testset-persoonslijsten-gba-v-20220502.csv', import.meta.url));

export type TestsetResidence =
  | {
      kind: 'address';
      /** 08.11.10 straatnaam (short form) and 08.11.15 naam openbare ruimte (official). */
      street_short: string | null;
      street_official: string | null;
      house_number: number | null;
      house_letter: string | null;
      house_number_addition: string | null;
      postcode: string | null;
      city: string | null;
      /** 08.10.10: W woonadres, B briefadres. */
      function_code: 'W' | 'B';
      /** 08.10.30 datum aanvang adreshouding, GBA form yyyymmdd. */
      start_date: string | null;
      object_id: string | null;
      number_id: string | null;
    }
  | { kind: 'location'; description: string; start_date: string | null }
  | { kind: 'abroad'; country_code: string; lines: string[]; start_date: string | null }
  | { kind: 'unknown'; start_date: string | null };

/** One person of the test set with what the dev server needs to answer about them. */
export interface TestsetPerson {
  /** The row label in the test set, e.g. "Lg01_716"; for diagnostics only. */
  id: string;
  bsn: string;
  first_names: string | null;
  name_prefix: string | null;
  surname: string | null;
  /** GBA dates, yyyymmdd with 00 for unknown parts. */
  birth_date_gba: string | null;
  death_date_gba: string | null;
  gender: BrpGender | null;
  /** 07.67.20 reden opschorting bijhouding (O overlijden, E emigratie, R RNI, M, F, W). */
  suspension_reason: string | null;
  suspension_date_gba: string | null;
  /** 08.09.10 gemeente van inschrijving. */
  municipality_code: string | null;
  residence: TestsetResidence | null;
}

/**
 * Parses the test set. A person spans several lines: the line with a label in the first
 * column holds the CURRENT data of every category (01 persoon, 06 overlijden, 08
 * verblijfplaats, ...); the lines after it, with an empty first column, hold historic
 * categories (51, 56, 58, ...). Only the first line is read: the register answers with
 * current data, and the last-seen 08 block of a person is usually an old address.
 * Persons without BSN and records suspended for error (F) or erasure (W) are skipped,
 * as the register does not deliver them.
 */
export function parseTestset(text: string): TestsetPerson[] {
  const [header, ...rows] = parseDelimited(text);
  if (!header) return [];
  const persons: TestsetPerson[] = [];
  for (const row of rows) {
    if (!row[0]) continue; // a historic line
    const get = (code: string): string | null => {
      const value = row[header.indexOf(code)]?.trim();
      return value ? value : null;
    };
    const bsn = get('01.01.20');
    const suspension = get('07.67.20');
    if (!bsn || suspension === 'F' || suspension === 'W') continue;
    persons.push({
      id: row[0],
      bsn,
      first_names: get('01.02.10'),
      name_prefix: get('01.02.30'),
      surname: get('01.02.40'),
      birth_date_gba: get('01.03.10'),
      death_date_gba: get('06.08.10'),
      gender: toGender(get('01.04.10')),
      suspension_reason: suspension,
      suspension_date_gba: get('07.67.10'),
      municipality_code: get('08.09.10'),
      residence: readResidence(get),
    });
  }
  return persons;
}

export async function loadTestset(path = DEFAULT_TESTSET_PATH): Promise<TestsetPerson[]> {
  return parseTestset(await readFile(path, 'utf8'));
}

const NETHERLANDS = '6030';
const COUNTRY_UNKNOWN = '0000';

function readResidence(get: (code: string) => string | null): TestsetResidence | null {
  const start = get('08.10.30') ?? get('08.09.20');
  const country = get('08.13.10');
  if (country === COUNTRY_UNKNOWN) return { kind: 'unknown', start_date: get('08.13.20') ?? start };
  if (country && country !== NETHERLANDS) {
    const lines = [get('08.13.30'), get('08.13.40'), get('08.13.50')].filter((line): line is string => line !== null);
    return { kind: 'abroad', country_code: country, lines, start_date: get('08.13.20') ?? start };
  }
  const houseNumber = get('08.11.20');
  if (get('08.11.60') || houseNumber || get('08.11.10')) {
    return {
      kind: 'address',
      street_short: get('08.11.10'),
      street_official: get('08.11.15'),
      house_number: houseNumber && /^\d+$/.test(houseNumber) ? Number(houseNumber) : null,
      house_letter: get('08.11.30'),
      house_number_addition: get('08.11.40'),
      postcode: get('08.11.60')?.replace(/\s+/g, '').toUpperCase() ?? null,
      city: get('08.11.70'),
      function_code: get('08.10.10') === 'B' ? 'B' : 'W',
      start_date: start,
      object_id: get('08.11.80'),
      number_id: get('08.11.90'),
    };
  }
  const location = get('08.12.10');
  if (location) return { kind: 'location', description: location, start_date: start };
  return null;
}

function toGender(code: string | null): BrpGender | null {
  return code === 'M' || code === 'V' || code === 'O' ? code : null;
}

/** GBA "19680000" → "1968", "19950200" → "1995-02", "00000000" → null. */
export function gbaDateToPartial(gba: string | null): string | null {
  if (!gba || !/^\d{8}$/.test(gba)) return null;
  const year = gba.slice(0, 4);
  const month = gba.slice(4, 6);
  const day = gba.slice(6, 8);
  if (year === '0000') return null;
  if (month === '00') return year;
  if (day === '00') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}

/**
 * The test person as the client would map them after a RaadpleegMetBurgerservicenummer,
 * without HTTP; for matching and household tests. `age` stays null: it depends on the day.
 */
export function testsetBrpPerson(person: TestsetPerson): BrpPerson {
  const residence = person.residence;
  const address: BrpAddress | null =
    residence?.kind === 'address'
      ? {
          street: residence.street_official ?? residence.street_short,
          house_number: residence.house_number,
          house_letter: residence.house_letter,
          house_number_addition: residence.house_number_addition,
          postcode: residence.postcode,
          city: residence.city,
        }
      : null;
  return {
    bsn: person.bsn,
    first_names: person.first_names,
    initials: voorletters(person.first_names),
    name_prefix: person.name_prefix,
    surname: person.surname,
    birth_date: gbaDateToPartial(person.birth_date_gba),
    gender: person.gender,
    deceased: person.death_date_gba !== null || person.suspension_reason === 'O',
    emigrated: person.suspension_reason === 'E' || residence?.kind === 'abroad',
    age: null,
    address,
  };
}

/** Voorletters as the register derives them: the first letter of each first name. */
export function voorletters(firstNames: string | null): string | null {
  if (!firstNames) return null;
  const letters = firstNames
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => (/^ij/i.test(name) ? 'IJ' : ([...name][0] ?? '').toUpperCase()));
  return letters.length > 0 ? letters.map((letter) => `${letter}.`).join('') : null;
}
