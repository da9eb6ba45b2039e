import { compactFold } from './fold-text.ts';
import { householdKey } from './household-key.ts';
import type { SignalRecord } from './signal-record.ts';

type Tenant = Pick<SignalRecord, 'surname' | 'birth_date' | 'postcode' | 'house_number' | 'house_letter' | 'house_number_addition'>;

/**
 * "The same tenant" across rows and months: surname folded (no diacritics, case, spaces
 * or punctuation, so "Gérard" = "GERARD" and "Jansen-Bakker" = "Jansen Bakker") + birth
 * date + dwelling. Initials and tussenvoegsel are left out on purpose: corporations write
 * them inconsistently ("P." vs "P.J.", prefix in or out of the surname cell), and
 * surname + birth date + address already singles out a person.
 */
export function tenantKey(tenant: Tenant): string {
  return [compactFold(tenant.surname), tenant.birth_date, householdKey(tenant)].join('|');
}
