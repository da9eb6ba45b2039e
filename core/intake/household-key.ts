import type { SignalRecord } from './signal-record.ts';

type Address = Pick<SignalRecord, 'postcode' | 'house_number' | 'house_letter' | 'house_number_addition'>;

/**
 * One dwelling: postcode + house number + letter + addition, as BAG identifies an
 * address. Everyone signalled at the same key belongs to the same household.
 * Example: "6001GS|12|A|" and "6001GS|5||II".
 */
export function householdKey(address: Address): string {
  const addition = (address.house_number_addition ?? '').toUpperCase();
  return [address.postcode.replace(/\s/g, '').toUpperCase(), address.house_number, (address.house_letter ?? '').toUpperCase(), addition].join('|');
}
