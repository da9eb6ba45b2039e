import { accept, reject, type Normalised } from './normalised.ts';

/**
 * Street or place name (already passed through sanitizeText): spaces collapsed, must
 * contain a letter, only characters that occur in Dutch street and place names.
 */
export function normalisePlace(input: string, label: 'Straat' | 'Woonplaats'): Normalised<string> {
  const value = input.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
  if (value === '') return reject(`${label} ontbreekt.`);
  if (!/\p{L}/u.test(value) || !/^[\p{L}\p{M}\d' .,()/-]+$/u.test(value)) return reject(`${label} bevat tekens die in een ${label === 'Straat' ? 'straatnaam' : 'plaatsnaam'} niet voorkomen.`);
  if (value.length > 100) return reject(`${label} is langer dan 100 tekens.`);
  return accept(value);
}
