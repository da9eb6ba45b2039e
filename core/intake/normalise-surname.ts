import { accept, reject, type Normalised } from './normalised.ts';

/**
 * Surname: trimmed, runs of spaces collapsed, curly apostrophes straightened (a known
 * cause of failed BRP matches), diacritics and capitalisation kept as supplied.
 */
export function normaliseSurname(input: string): Normalised<string> {
  const value = input
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (value === '') return reject('Achternaam ontbreekt.');
  if (/\d/.test(value)) return reject('Achternaam bevat cijfers.');
  if (!/^[\p{L}\p{M}' .-]+$/u.test(value) || !/\p{L}/u.test(value)) return reject('Achternaam bevat tekens die in een naam niet voorkomen.');
  if (value.length > 100) return reject('Achternaam is langer dan 100 tekens.');
  return accept(value);
}
