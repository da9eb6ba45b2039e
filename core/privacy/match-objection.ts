/**
 * Does a tenant's objection (covenant art. 10.3/10.4, the `objections` register) apply to a
 * person on a date? Pure: the register's rows and the person arrive as plain values.
 *
 * Who: by BSN when both sides know it, otherwise by surname, birth date, postcode and house
 * number (core/privacy/same-person.ts, the rule inzage and erasure use too).
 * When: from the date received up to and including the end date (none: until withdrawn).
 */
import { bsnKey, hasFullIdentity, samePerson } from './same-person.ts';

export type ObjectionScope = 'amw' | 'all';

export interface ObjectionRecord extends PersonIdentity {
  id: string;
  scope: ObjectionScope;
  /** ISO dates (YYYY-MM-DD). */
  date_received: string;
  date_end: string | null;
}

/** Who a signal or referral is about; the BSN only where the BRP match found it. */
export interface PersonIdentity {
  bsn: string | null;
  surname: string | null;
  name_prefix: string | null;
  birth_date: string | null;
  postcode: string | null;
  house_number: number | null;
}

/** Whether the objection is about this person (ignoring dates): the one rule of core/privacy/same-person.ts. */
export function isSamePerson(objection: ObjectionRecord, person: PersonIdentity): boolean {
  return samePerson(objection, person);
}

/** Whether the objection is in force on a date (YYYY-MM-DD). */
export function isActiveOn(objection: Pick<ObjectionRecord, 'date_received' | 'date_end'>, date: string): boolean {
  const day = date.slice(0, 10);
  return objection.date_received.slice(0, 10) <= day && (objection.date_end === null || objection.date_end.slice(0, 10) >= day);
}

/**
 * The objection that applies to the person on the date, or null. With more than one, the
 * widest wins (`all` over `amw`), then the earliest received: that is the one a trace names.
 */
export function objectionFor(objections: readonly ObjectionRecord[], person: PersonIdentity, date: string): ObjectionRecord | null {
  const applying = objections.filter((objection) => isActiveOn(objection, date) && isSamePerson(objection, person));
  applying.sort((x, y) => (x.scope === y.scope ? 0 : x.scope === 'all' ? -1 : 1) || x.date_received.localeCompare(y.date_received) || x.id.localeCompare(y.id));
  return applying[0] ?? null;
}

/** The widest of several scopes (a household with more than one person), or null for none. */
export function widestScope(scopes: ReadonlyArray<ObjectionScope | null | undefined>): ObjectionScope | null {
  if (scopes.includes('all')) return 'all';
  return scopes.includes('amw') ? 'amw' : null;
}

/**
 * Whether an objection record identifies anyone: a BSN, or surname, birth date, postcode and
 * house number. Otherwise it could never be honoured; the register refuses it.
 */
export function identifiesSomeone(objection: Pick<ObjectionRecord, 'bsn' | 'surname' | 'birth_date' | 'postcode' | 'house_number'>): boolean {
  return /^\d{9}$/.test(bsnKey(objection.bsn)) || hasFullIdentity(objection);
}
