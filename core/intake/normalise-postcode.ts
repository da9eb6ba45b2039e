import { accept, reject, type Normalised } from './normalised.ts';

/**
 * Dutch postcode as "1234AB": four digits not starting with 0 and two letters; PostNL
 * never issues the letter pairs SA, SD and SS.
 */
export function normalisePostcode(input: string): Normalised<string> {
  const value = input.replace(/[\s.-]+/g, '').toUpperCase();
  if (value === '') return reject('Postcode ontbreekt.');
  if (!/^\d{4}[A-Z]{2}$/.test(value)) return reject('Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).');
  if (value.startsWith('0')) return reject('Een postcode begint niet met 0.');
  if (/(SA|SD|SS)$/.test(value)) return reject('De letters SA, SD en SS komen in postcodes niet voor.');
  return accept(value);
}
