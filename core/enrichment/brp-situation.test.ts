import { describe, expect, test } from 'vitest';
import type { BrpAddress, BrpPerson } from '../brp/brp-person.ts';
import { parseMunicipalityArea, type MunicipalityArea } from '../routing/municipality-area.ts';
import { brpSituation, type RentedAddress } from './brp-situation.ts';

const rented: RentedAddress = { postcode: '6001GS', house_number: 12, house_letter: 'A', house_number_addition: null };
const at = (over: Partial<BrpAddress> = {}): BrpAddress => ({ street: 'Markt', house_number: 12, house_letter: 'a', house_number_addition: null, postcode: '6001GS', city: 'Weert', ...over });
const person = (over: Partial<BrpPerson> = {}): BrpPerson => ({
  bsn: '999990639', first_names: 'Anna', initials: 'A.', name_prefix: null, surname: 'Jansen', birth_date: '1980-01-01', gender: 'V', deceased: false, emigrated: false, age: 46, address: at(), ...over,
});
function area(postcodes: string | null, places: string[] = []): MunicipalityArea {
  const parsed = parseMunicipalityArea(postcodes, places);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.area;
}
const everywhere = area(null);
const weert = area('6000-6009', ['Stramproy']);

describe('brpSituation', () => {
  test.each([
    ['at the rented address (letter case differs)', person(), everywhere, 'at_address'],
    ['at the rented address, restricted area', person(), weert, 'at_address'],
    ['at the rented address even outside the area (the area is for new addresses)', person(), area('1000-1999'), 'at_address'],
    ['letter typed as addition by the corporation', person({ address: at({ house_letter: null, house_number_addition: 'A' }) }), everywhere, 'at_address'],
    ['postcode with a space in the register', person({ address: at({ postcode: '6001 gs' }) }), everywhere, 'at_address'],
    ['another letter at the same number', person({ address: at({ house_letter: 'B' }) }), everywhere, 'moved'],
    ['another number', person({ address: at({ house_number: 14 }) }), weert, 'moved'],
    ['another address in the area by place', person({ address: at({ postcode: '6039AA', city: 'STRAMPROY' }) }), weert, 'moved'],
    ['another address outside the area', person({ address: at({ postcode: '3077AW', city: 'Rotterdam' }) }), weert, 'moved_out_of_area'],
    ['another address anywhere, no area set', person({ address: at({ postcode: '3077AW', city: 'Rotterdam' }) }), everywhere, 'moved'],
    ['an address without postcode, outside the area by place', person({ address: at({ postcode: null, city: 'Rotterdam' }) }), weert, 'moved_out_of_area'],
    ['no Dutch address', person({ address: null }), weert, 'address_unknown'],
    ['emigrated', person({ emigrated: true, address: null }), weert, 'emigrated'],
    ['deceased', person({ deceased: true }), everywhere, 'deceased'],
    ['deceased beats emigrated', person({ deceased: true, emigrated: true, address: null }), everywhere, 'deceased'],
    ['emigrated beats an address still delivered', person({ emigrated: true }), everywhere, 'emigrated'],
  ] as const)('%s → %s', (_name, tenant, given, expected) => {
    expect(brpSituation(tenant, rented, given)).toBe(expected);
  });

  test('an addition compares as the household key does', () => {
    const flat = { postcode: '6001GS', house_number: 5, house_letter: null, house_number_addition: 'ii' };
    expect(brpSituation(person({ address: at({ house_number: 5, house_letter: null, house_number_addition: 'II' }) }), flat, everywhere)).toBe('at_address');
    expect(brpSituation(person({ address: at({ house_number: 5, house_letter: null, house_number_addition: 'III' }) }), flat, everywhere)).toBe('moved');
  });
});
