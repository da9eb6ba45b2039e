import type { BrpAddress } from '../brp/brp-person.ts';
import { comparison, type Comparison } from './comparison.ts';

export interface AddressInput {
  postcode: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
}

/**
 * Compares the rented address with the register's current address. Letter and addition
 * are compared together as well, because corporations often type "12 A" as an addition
 * where the register has huisletter A.
 */
export function compareAddress(signal: AddressInput, brp: BrpAddress | null): Comparison {
  if (!brp || !brp.postcode) return comparison(0, 'Geen woonadres in Nederland in het BRP');
  const samePostcode = compact(signal.postcode) === compact(brp.postcode);
  const sameNumber = signal.house_number === brp.house_number;
  if (samePostcode && sameNumber) {
    const signalSuffix = [signal.house_letter, signal.house_number_addition];
    const brpSuffix = [brp.house_letter, brp.house_number_addition];
    if (signalSuffix.every((part, i) => compact(part) === compact(brpSuffix[i] ?? null))) return comparison(1, 'Adres gelijk');
    if (compact(signalSuffix.join('')) === compact(brpSuffix.join(''))) {
      return comparison(1, 'Adres gelijk (huisletter en toevoeging anders verdeeld)');
    }
    return comparison(0.7, `Postcode en huisnummer gelijk, huisletter/toevoeging wijkt af: ${suffix(signalSuffix)} / ${suffix(brpSuffix)}`);
  }
  if (samePostcode) return comparison(0.2, 'Postcode gelijk, huisnummer wijkt af');
  return comparison(0, 'Adres wijkt af van het woonadres in het BRP');
}

function compact(value: string | null): string {
  return (value ?? '').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

function suffix(parts: Array<string | null>): string {
  return parts.filter(Boolean).join(' ') || '–';
}
