/**
 * Tenants from the local BRP test set as a corporation's monthly list names them, for tests
 * that route a month (the same rules as test/integration/routing-month.test.ts): adults with
 * a plain name and a Dutch postcode who are the only one of that name and birth date at
 * their address, so enrichment finds exactly them.
 */
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { ageOn } from '../../core/household/age-on.ts';

export const TENANT_HEADER = 'Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag';

export const sameAddress = (a: BrpPerson, b: BrpPerson) =>
  a.address?.postcode === b.address?.postcode &&
  a.address?.house_number === b.address?.house_number &&
  (a.address?.house_letter ?? '') === (b.address?.house_letter ?? '') &&
  (a.address?.house_number_addition ?? '') === (b.address?.house_number_addition ?? '');

export const residentsOf = (persons: BrpPerson[], p: BrpPerson) => persons.filter((o) => !o.deceased && sameAddress(o, p));

export function isUsableTenant(persons: BrpPerson[], p: BrpPerson, today: string): boolean {
  return Boolean(
    !p.deceased &&
      p.initials &&
      p.surname &&
      /^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') &&
      /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') &&
      p.address?.house_number &&
      p.address.street &&
      /^[\p{L} '-]+$/u.test(p.surname) &&
      (ageOn(p.birth_date, today) ?? 0) >= 18 &&
      residentsOf(persons, p).filter((o) => o.surname === p.surname && o.birth_date === p.birth_date).length === 1,
  );
}

/** One line of a corporation's list for this tenant. */
export function tenantRow(p: BrpPerson, months: number, amount: number): string {
  const [y, m, d] = p.birth_date!.split('-');
  const a = p.address!;
  const number = `${a.house_number}${a.house_letter ?? ''}${a.house_number_addition ? `-${a.house_number_addition}` : ''}`;
  return [p.initials, p.name_prefix ?? '', p.surname, `${d}-${m}-${y}`, `${a.street} ${number}`, a.postcode, a.city ?? 'Onbekend', String(months).replace('.', ','), String(amount).replace('.', ',')].join(';');
}
