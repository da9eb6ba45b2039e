import { accept, reject, type Normalised } from './normalised.ts';
import { splitHouseNumber, type HouseNumberParts } from './split-house-number.ts';

export interface AddressParts extends HouseNumberParts {
  street: string;
}

/**
 * Splits a combined address cell ("Dorpsstraat 12a", "Kerkstraat 5-II", "Hoofdweg 101
 * bis") into street and number parts. Streets may contain numbers themselves
 * ("2e Kruisstraat 4", "Laan 1940-1945 12"), so the first word starting with a digit that
 * has a street before it AND leaves a valid house number behind it is the split point.
 */
export function splitAddress(input: string): Normalised<AddressParts> {
  const text = input.replace(/\s+/g, ' ').replace(/,\s*$/, '').trim();
  if (text === '') return reject('Adres ontbreekt.');
  const words = text.split(' ');
  for (let index = 1; index < words.length; index += 1) {
    if (!/^\d/.test(words[index] ?? '')) continue;
    const street = words.slice(0, index).join(' ').replace(/,$/, '');
    if (!/\p{L}/u.test(street)) continue;
    const number = splitHouseNumber(words.slice(index).join(' '));
    if (number.ok) return accept({ street, ...number.value }, number.warnings);
  }
  return reject(`In het adres „${text}” is geen straat met huisnummer te herkennen.`);
}
