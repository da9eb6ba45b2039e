/**
 * Who an inzage (or another request of the tenant) is about, and whether a stored record is
 * that person. A person is named by BSN, or by surname + birth date + postcode + house number
 * (the identity a corporation's list and an objection carry when no BSN is known).
 *
 * Matching is deliberately strict: an inzage report must hold nothing of anyone else, so a
 * record counts only when its BSN is the person's, or when all four identity fields agree
 * (surname folded for case, diacritics and quotes; with or without the tussenvoegsel).
 * A household member with another surname or birth date never matches.
 */
import { isCalendarDate } from '../cycle/calendar-date.ts';
import { isValidBsn } from '../sources/read-source-rows.ts';
import { sameIdentity as sameIdentityFields } from './same-person.ts';

export interface PersonIdentity {
  surname: string;
  birthDate: string;
  postcode: string;
  houseNumber: number;
}

export interface PersonQuery {
  bsn: string | null;
  /** Every identity the person is known by: the one asked for, plus those of their own signals. */
  identities: PersonIdentity[];
}

/** The identity fields as every person-bearing collection stores them. */
export interface PersonRecord {
  bsn?: string | null;
  name_prefix?: string | null;
  surname?: string | null;
  birth_date?: string | null;
  postcode?: string | null;
  house_number?: number | string | null;
}

export type PersonQueryInput = { bsn?: string | null; surname?: string | null; birthDate?: string | null; postcode?: string | null; houseNumber?: string | number | null };

export type PersonQueryResult = { ok: true; query: PersonQuery } | { ok: false; message: string };

export const normalisePostcode = (text: string) => text.replace(/\s+/g, '').toUpperCase();

/** Checks what a person typed (command line, form) and says in Dutch what is wrong. */
export function personQueryFrom(input: PersonQueryInput): PersonQueryResult {
  const bsn = (input.bsn ?? '').trim();
  const surname = (input.surname ?? '').trim();
  const birthDate = (input.birthDate ?? '').trim();
  const postcode = normalisePostcode(String(input.postcode ?? ''));
  const houseNumberText = String(input.houseNumber ?? '').trim();
  const anyIdentity = Boolean(surname || birthDate || postcode || houseNumberText);
  if (!bsn && !anyIdentity) return { ok: false, message: 'Geef een BSN, of achternaam, geboortedatum, postcode en huisnummer.' };
  if (bsn && !isValidBsn(bsn)) return { ok: false, message: 'Het BSN is geen geldig burgerservicenummer (9 cijfers, elfproef).' };
  const identities: PersonIdentity[] = [];
  if (anyIdentity) {
    const missing = [!surname && 'achternaam', !birthDate && 'geboortedatum', !postcode && 'postcode', !houseNumberText && 'huisnummer'].filter(Boolean);
    if (missing.length) return { ok: false, message: `Zonder BSN zijn achternaam, geboortedatum, postcode en huisnummer nodig; ontbreekt: ${missing.join(', ')}.` };
    if (!isCalendarDate(birthDate)) return { ok: false, message: 'Schrijf de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 1975-03-02.' };
    if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode)) return { ok: false, message: 'De postcode is geen Nederlandse postcode (bijvoorbeeld 6001 AB).' };
    const houseNumber = Number(houseNumberText);
    if (!Number.isInteger(houseNumber) || houseNumber < 1) return { ok: false, message: 'Het huisnummer moet een getal zijn (zonder letter of toevoeging).' };
    identities.push({ surname, birthDate, postcode, houseNumber });
  }
  return { ok: true, query: { bsn: bsn || null, identities } };
}

/** The identity a record carries, or null when a field is missing. */
export function identityOf(record: PersonRecord): PersonIdentity | null {
  const surname = (record.surname ?? '').trim();
  const birthDate = String(record.birth_date ?? '').slice(0, 10);
  const postcode = normalisePostcode(record.postcode ?? '');
  const houseNumber = Number(record.house_number);
  if (!surname || !isCalendarDate(birthDate) || !postcode || !Number.isInteger(houseNumber)) return null;
  return { surname: [record.name_prefix?.trim(), surname].filter(Boolean).join(' '), birthDate, postcode, houseNumber };
}

/** The four identity fields agree: core/privacy/same-person.ts, the rule objections and erasure use too. */
function sameIdentity(wanted: PersonIdentity, record: PersonRecord): boolean {
  return sameIdentityFields({ surname: wanted.surname, birth_date: wanted.birthDate, postcode: wanted.postcode, house_number: wanted.houseNumber }, record);
}

/**
 * True when the record is about this person. A record with a BSN of someone else never
 * matches, even when the name and address agree (two people can share them).
 */
export function isAboutPerson(query: PersonQuery, record: PersonRecord): boolean {
  const bsn = (record.bsn ?? '').trim();
  if (query.bsn && bsn) return bsn === query.bsn;
  if (bsn && query.identities.length === 0) return false;
  return query.identities.some((identity) => sameIdentity(identity, record));
}

/**
 * The query widened with the identities of the person's own signals (found by BSN): an
 * objection or request recorded before the BRP match carries only name and address.
 */
export function widenedQuery(query: PersonQuery, ownRecords: readonly PersonRecord[]): PersonQuery {
  const identities = [...query.identities];
  for (const record of ownRecords) {
    const identity = identityOf(record);
    if (identity && !identities.some((known) => sameIdentity(known, { surname: identity.surname, birth_date: identity.birthDate, postcode: identity.postcode, house_number: identity.houseNumber }))) identities.push(identity);
  }
  return { bsn: query.bsn, identities };
}
