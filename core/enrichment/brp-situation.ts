/**
 * Where the register has the matched tenant, seen from the rented address (covenant flow
 * chart step 3; routing reads it: deceased, emigrated or moved out → not invited). Pure.
 * Precedence: deceased, emigrated, no Dutch address, the rented address, another address
 * outside the municipality's area (only when the area is restricted), another address.
 */
import type { BrpPerson } from '../brp/brp-person.ts';
import { householdKey } from '../intake/household-key.ts';
import { isInMunicipalityArea, isUnrestrictedArea, type MunicipalityArea } from '../routing/municipality-area.ts';

export type BrpSituation = 'at_address' | 'moved' | 'moved_out_of_area' | 'emigrated' | 'deceased' | 'address_unknown';

/** As staff read them (the same words as the field's choices in directus/schema/model.ts). */
export const BRP_SITUATION_LABELS: Record<BrpSituation, string> = {
  at_address: 'Woont op het gehuurde adres',
  moved: 'Woont op een ander adres in de gemeente',
  moved_out_of_area: 'Verhuisd buiten de gemeente',
  emigrated: 'Geëmigreerd',
  deceased: 'Overleden',
  address_unknown: 'Verblijfplaats onbekend',
};

export interface RentedAddress {
  postcode: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
}

export function brpSituation(tenant: BrpPerson, rented: RentedAddress, area: MunicipalityArea): BrpSituation {
  if (tenant.deceased) return 'deceased';
  if (tenant.emigrated) return 'emigrated';
  const address = tenant.address;
  if (!address) return 'address_unknown';
  if (sameDwelling(rented, address)) return 'at_address';
  if (!isUnrestrictedArea(area) && !isInMunicipalityArea(area, { postcode: address.postcode, city: address.city })) return 'moved_out_of_area';
  return 'moved';
}

/**
 * One dwelling as the household key sees it (postcode, number, letter, addition). A
 * corporation often types "12 A" as an addition where the register has huisletter A: when
 * letter and addition together are the same, it is the same dwelling (as matching says).
 */
function sameDwelling(rented: RentedAddress, brp: NonNullable<BrpPerson['address']>): boolean {
  if (!brp.postcode || brp.house_number === null) return false;
  const registered = { postcode: brp.postcode, house_number: brp.house_number, house_letter: brp.house_letter, house_number_addition: brp.house_number_addition };
  if (householdKey(rented) === householdKey(registered)) return true;
  const [rentedPostcode, rentedNumber] = householdKey(rented).split('|');
  const [brpPostcode, brpNumber] = householdKey(registered).split('|');
  return rentedPostcode === brpPostcode && rentedNumber === brpNumber && suffix(rented) === suffix(registered);
}

function suffix(address: RentedAddress): string {
  return `${address.house_letter ?? ''}${address.house_number_addition ?? ''}`.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}
