/**
 * Whether two records name the same person — the one rule for every privacy register: an
 * objection, a request of the tenant (inzage, deletion, shielding), a disclosure, against the
 * signals and referrals they are about. Objections, inzage and erasure must agree on who a
 * person is: an objection found but a deletion missed would be a broken promise.
 *
 * - A BSN on both sides decides: a different BSN is a different person, however alike the rest.
 * - Otherwise all four of surname, birth date, postcode and house number must agree. The
 *   surname compares without case, diacritics, quotes or punctuation, and with or without its
 *   tussenvoegsel ("Van der Berg", "van der berg", "Berg" with prefix "van der" are one name).
 *   A record missing one of the four matches nothing.
 */
import { coreSurnameKey, fullSurname } from '../matching/normalise-name.ts';

export interface IdentityFields {
  bsn?: string | null;
  surname?: string | null;
  name_prefix?: string | null;
  birth_date?: string | null;
  postcode?: string | null;
  house_number?: number | string | null;
}

export const bsnKey = (bsn: string | null | undefined) => (bsn ?? '').replace(/\D/g, '');
export const postcodeKey = (postcode: string | null | undefined) => (postcode ?? '').replace(/\s+/g, '').toUpperCase();
const houseNumberKey = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value).trim().replace(/^0+/, ''));
const birthDateKey = (value: string | null | undefined) => (value ?? '').slice(0, 10);

/** "van der Berg" / "Berg" with prefix "van der" / "BERG" → "berg"; empty when there is no surname. */
export function personSurnameKey(surname: string | null | undefined, prefix: string | null | undefined): string {
  const name = (surname ?? '').trim();
  return name ? coreSurnameKey(fullSurname(name, prefix?.trim() || null)) : '';
}

/** Surname, birth date, postcode and house number all present. */
export function hasFullIdentity(record: IdentityFields): boolean {
  return !!personSurnameKey(record.surname, record.name_prefix) && /^\d{4}-\d{2}-\d{2}$/.test(birthDateKey(record.birth_date)) && !!postcodeKey(record.postcode) && !!houseNumberKey(record.house_number);
}

/** Surname, birth date, postcode and house number agree (the BSN left aside). */
export function sameIdentity(a: IdentityFields, b: IdentityFields): boolean {
  if (!hasFullIdentity(a) || !hasFullIdentity(b)) return false;
  return (
    birthDateKey(a.birth_date) === birthDateKey(b.birth_date) &&
    postcodeKey(a.postcode) === postcodeKey(b.postcode) &&
    houseNumberKey(a.house_number) === houseNumberKey(b.house_number) &&
    personSurnameKey(a.surname, a.name_prefix) === personSurnameKey(b.surname, b.name_prefix)
  );
}

/** The same person: by BSN when both have one, otherwise by the four identity fields. */
export function samePerson(a: IdentityFields, b: IdentityFields): boolean {
  const [x, y] = [bsnKey(a.bsn), bsnKey(b.bsn)];
  if (x && y) return x === y;
  return sameIdentity(a, b);
}
