/**
 * Formatting rules for what a tenant reads in a letter: times, names, salutations and
 * the address lines on the envelope. Dates and amounts reuse the rules the screens use
 * (`dutchDate`, `formatEuro`), so a letter and the app never disagree.
 */
import { readableAddress } from '../household/readable-address.ts';
import { dutchDate } from '../routing/dutch-date.ts';

export interface PersonName {
  initials: string;
  prefix: string | null;
  surname: string;
  gender: 'male' | 'female' | 'unknown';
}

export interface PostalAddress {
  street: string;
  houseNumber: string | number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "2026-12-01" → "dinsdag 1 december 2026": an appointment reads better with its weekday. */
export function dutchWeekdayDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  // 30 February rolls over to March in Date; a date that does not exist stays as written.
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return date;
  return `${WEEKDAYS[moment.getUTCDay()]} ${dutchDate(date)}`;
}

/** "14:30" → "14.30 uur", as Dutch letters write a time. Anything else stays as it was. */
export function dutchTime(time: string): string {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::\d{2})?$/.exec(time.trim());
  return match ? `${Number(match[1])}.${match[2]} uur` : time;
}

/**
 * "Van der" when a prefix starts the name (after "heer" or "mevrouw"), as Dutch spelling
 * wants; a prefix with an apostrophe ("'t", "'s") keeps its lower case.
 */
function leadingPrefix(prefix: string): string {
  const lower = prefix.trim().toLowerCase();
  return lower.startsWith("'") ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "Van der Berg": the surname as it reads without initials in front of it. */
export function surnameAlone(person: Pick<PersonName, 'prefix' | 'surname'>): string {
  const prefix = (person.prefix ?? '').trim();
  return [prefix ? leadingPrefix(prefix) : '', person.surname.trim()].filter(Boolean).join(' ');
}

/**
 * "Geachte heer/mevrouw Van der Berg". The register rarely tells us how someone wants to
 * be addressed, so an unknown gender gets both forms rather than a guess.
 */
export function dutchSalutation(person: PersonName): string {
  const title = person.gender === 'male' ? 'heer' : person.gender === 'female' ? 'mevrouw' : 'heer/mevrouw';
  const name = surnameAlone(person);
  return name ? `Geachte ${title} ${name}` : `Geachte ${title}`;
}

/** "J.P. van der Berg": initials first, so the prefix is written in lower case. */
export function fullName(person: Pick<PersonName, 'initials' | 'prefix' | 'surname'>): string {
  const initials = person.initials.trim();
  const dotted = initials && !initials.endsWith('.') && /^\p{L}+$/u.test(initials) ? [...initials.toUpperCase()].map((letter) => `${letter}.`).join('') : initials;
  return [dotted, (person.prefix ?? '').trim().toLowerCase(), person.surname.trim()].filter(Boolean).join(' ');
}

/** "Markt 60A-2": street and number by NEN 5825, the first address line. */
export function streetLine(address: PostalAddress): string {
  return readableAddress({ street: address.street, house_number: address.houseNumber, house_letter: address.houseLetter, house_number_addition: address.houseNumberAddition, postcode: null, city: null });
}

/**
 * "6001 AA  WEERT": PostNL asks for the postcode with a space, two spaces before the
 * place and the place in capitals, so sorting machines read it.
 */
export function postcodeLine(address: Pick<PostalAddress, 'postcode' | 'city'>): string {
  const compact = address.postcode.replace(/\s/g, '').toUpperCase();
  const postcode = /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : address.postcode.trim();
  return [postcode, address.city.trim().toLocaleUpperCase('nl-NL')].filter(Boolean).join('  ');
}
