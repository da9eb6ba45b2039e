/**
 * A search in the BRP that a member of staff types in by hand on the review screen: by
 * surname (+ prefix, initials) and birth date, or by postcode and house number (+ letter,
 * addition). Checked here, with Dutch messages, before anything is sent to the register;
 * the same parsed search is run again on "Dit is de huurder" so the server checks the
 * chosen person itself (a BSN from the browser is never trusted).
 */
import { normaliseBirthDate } from '../intake/normalise-birth-date.ts';
import { normaliseInitials } from '../intake/normalise-initials.ts';
import { normaliseNamePrefix } from '../intake/name-prefix.ts';
import { normalisePostcode } from '../intake/normalise-postcode.ts';
import { normaliseSurname } from '../intake/normalise-surname.ts';
import { accept, reject, type Normalised } from '../intake/normalised.ts';

export type ManualSearch =
  | { kind: 'name'; surname: string; name_prefix: string | null; initials: string | null; birth_date: string }
  | { kind: 'address'; postcode: string; house_number: number; house_letter: string | null; house_number_addition: string | null };

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** `today` (YYYY-MM-DD) bounds the birth date; the core has no clock. */
export function parseManualSearch(input: unknown, today: string): Normalised<ManualSearch> {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (body.kind === 'name') {
    const surname = normaliseSurname(text(body.surname));
    if (!surname.ok) return reject(surname.message);
    if (!text(body.birth_date).trim()) return reject('Vul de geboortedatum in (bijvoorbeeld 03-03-1969).');
    const birth = normaliseBirthDate(text(body.birth_date).trim(), today);
    if (!birth.ok) return reject(birth.message);
    const prefix = normaliseNamePrefix(text(body.name_prefix));
    if (!prefix.ok) return reject(prefix.message);
    let initials: string | null = null;
    if (text(body.initials).trim()) {
      const parsed = normaliseInitials(text(body.initials));
      if (!parsed.ok) return reject(parsed.message);
      initials = parsed.value;
    }
    return accept({ kind: 'name', surname: surname.value, name_prefix: prefix.value, initials, birth_date: birth.value });
  }
  if (body.kind === 'address') {
    const postcode = normalisePostcode(text(body.postcode));
    if (!postcode.ok) return reject(postcode.message);
    const house = houseNumber(body);
    if (!house.ok) return reject(house.message);
    return accept({ kind: 'address', postcode: postcode.value, ...house.value });
  }
  return reject('Kies zoeken op naam en geboortedatum of op postcode en huisnummer.');
}

/** House number, letter and addition as the BRP search accepts them. */
export function houseNumber(body: Record<string, unknown>): Normalised<{ house_number: number; house_letter: string | null; house_number_addition: string | null }> {
  const number = text(body.house_number).trim();
  if (!number) return reject('Vul het huisnummer in.');
  if (!/^\d{1,5}$/.test(number) || Number(number) < 1) return reject('Het huisnummer is een getal van 1 tot en met 99999, zonder letter of toevoeging.');
  const letter = text(body.house_letter).trim();
  if (letter && !/^[a-zA-Z]$/.test(letter)) return reject('De huisletter is één letter.');
  const addition = text(body.house_number_addition).trim();
  if (addition && !/^[a-zA-Z0-9]{1,4}$/.test(addition)) return reject('De toevoeging is hoogstens vier letters of cijfers (bijvoorbeeld 2 of bis).');
  return accept({ house_number: Number(number), house_letter: letter ? letter.toUpperCase() : null, house_number_addition: addition || null });
}

/**
 * The register searches by surname and birth date only; initials, when typed, narrow the
 * answer to persons whose first initial agrees (the register's initials come from the
 * first names).
 */
export function fitsTypedInitials(search: ManualSearch, personInitials: string | null): boolean {
  if (search.kind !== 'name' || !search.initials) return true;
  const first = (value: string) => value.replace(/[^\p{L}]/gu, '').slice(0, 1).toLocaleUpperCase('nl');
  return !!personInitials && first(personInitials) === first(search.initials);
}
