import { accept, reject, type Normalised } from './normalised.ts';

const VOWELS = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;

/**
 * Initials in canonical form "P.J.M.". Accepts "pj", "P J", "p.j.m.", "IJ" (one Dutch
 * letter, kept as "IJ.") and short Latin abbreviations written with a dot ("Th.", "Chr.").
 * A full first name ("Piet", "Jan Peter") is reduced to its initial with a warning rather
 * than rejected: the person is still identifiable and BRP matching uses initials anyway.
 */
export function normaliseInitials(input: string): Normalised<string> {
  const text = input.trim();
  if (text === '') return reject('Voorletters ontbreken.');
  if (/[^\p{L}\s.\-']/u.test(text)) return reject('Voorletters bevatten tekens die geen letters zijn.');
  const warnings: string[] = [];
  const parts: string[] = [];
  for (const match of text.matchAll(/(\p{L}+)(\.?)/gu)) {
    const letters = match[1] ?? '';
    const dotted = match[2] === '.';
    const converted = convertToken(letters, dotted);
    if (converted.fromName && !warnings.includes(FROM_NAME)) warnings.push(FROM_NAME);
    parts.push(...converted.initials);
  }
  if (parts.length === 0) return reject('Voorletters ontbreken.');
  if (parts.length > 10) return reject('Meer dan 10 voorletters; controleer de kolom Voorletters.');
  return accept(parts.map((p) => `${p}.`).join(''), warnings);
}

const FROM_NAME = 'Voornaam in de kolom Voorletters; alleen de eerste letter is overgenomen.';

function convertToken(letters: string, dotted: boolean): { initials: string[]; fromName: boolean } {
  const lower = letters.toLowerCase();
  if (lower === 'ij') return { initials: ['IJ'], fromName: false };
  if (letters.length === 1) return { initials: [letters.toUpperCase()], fromName: false };
  const capitalisedAbbreviation = /^\p{Lu}\p{Ll}{1,2}$/u.test(letters);
  if (dotted && capitalisedAbbreviation && !VOWELS.test(letters.slice(1))) return { initials: [letters], fromName: false };
  const allUpper = letters === letters.toUpperCase();
  if (allUpper || letters.length === 2 || !VOWELS.test(letters)) {
    return { initials: [...letters.toUpperCase()], fromName: false };
  }
  return { initials: [lower.startsWith('ij') ? 'IJ' : (letters[0] ?? '').toUpperCase()], fromName: true };
}
