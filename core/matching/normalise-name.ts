import { isPrefixWord } from '../intake/name-prefix.ts';

/**
 * Name normalisation for matching against the BRP. Corporations type names from letters,
 * contracts and phone calls; the register holds the birth name with diacritics and the
 * tussenvoegsel in its own field. These helpers build comparison keys that survive the
 * usual differences, at increasing strength, so the scorer can say WHICH difference it
 * had to ignore.
 */

/** Curly quotes, backticks, acute accents and primes used as apostrophes. */
const APOSTROPHES = /[’‘‚‛`´ʼʹ′']/g;

/** Letters that NFD does not decompose into base letter + mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', ŀ: 'l', đ: 'd', ð: 'd', ı: 'i', ĸ: 'k', ŧ: 't', ħ: 'h', ŋ: 'n', þ: 'th', ĳ: 'ij',
};

export function straightenQuotes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** "Béamont" → "beamont", "Weéß" → "weess"; keeps spaces, hyphens and apostrophes. */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøæœłŀđðıĸŧħŋþĳ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** The strength of a comparison key; each level includes the ones before it. */
export type NameFoldLevel = 'case' | 'quotes' | 'diacritics' | 'spelling';
export const NAME_FOLD_LEVELS: readonly NameFoldLevel[] = ['case', 'quotes', 'diacritics', 'spelling'];

/**
 * Folds a name to the given level. "spelling" also drops punctuation and treats the Dutch
 * "ij" and "y" as one letter (Meijden / Meyden), the most common spelling variant.
 */
export function foldName(text: string, level: NameFoldLevel): string {
  let folded = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (level === 'case') return folded;
  folded = straightenQuotes(folded);
  if (level === 'quotes') return folded;
  folded = foldDiacritics(folded);
  if (level === 'diacritics') return folded;
  return folded.replace(/ij/g, 'y').replace(/[^a-z0-9 ]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The whole name in reading order, tussenvoegsel first: surname "Meijden" + prefix
 * "van der", surname "van der Meijden" and "Meijden, van der" all give "van der Meijden".
 */
export function fullSurname(surname: string, namePrefix: string | null): string {
  const comma = /^([^,]+),\s*(.+)$/u.exec(surname.trim());
  const ordered = comma?.[1] && comma[2] ? `${comma[2]} ${comma[1]}` : surname;
  return [namePrefix, ordered].filter((part): part is string => !!part && part.trim() !== '').join(' ');
}

/** Comparison key of the whole surname: folded and without spaces ("vandermeijden"). */
export function surnameKey(surname: string, namePrefix: string | null, level: NameFoldLevel): string {
  return foldName(fullSurname(surname, namePrefix), level).replace(/ /g, '');
}

/**
 * The surname without any leading tussenvoegsel words, fully folded: "van der Meijden",
 * "Van Der Meijden" and "’t Hart" / "d’Ancona" give "meijden", "hart", "ancona".
 */
export function coreSurnameKey(name: string): string {
  const words = straightenQuotes(name.toLowerCase())
    .replace(/^([dl]')(?=\p{L})/u, '$1 ')
    .split(/\s+/)
    .filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && isPrefixWord(words[start] ?? '')) start += 1;
  return foldName(words.slice(start).join(' '), 'spelling').replace(/ /g, '');
}

/**
 * The parts of a double surname. Dutch married names are written "Jansen-de Vries"
 * (partner's name first) and the register holds only one of the parts, so each part is a
 * candidate on its own. Without a hyphen a tussenvoegsel in the middle also splits:
 * "Jansen de Vries" → ["Jansen", "de Vries"]. Single names give [].
 */
export function surnameParts(fullName: string): string[] {
  const text = straightenQuotes(fullName).replace(/\s+/g, ' ').trim();
  if (text.includes('-')) {
    const parts = text.split(/\s*-\s*/).filter(Boolean);
    // "'s-Gravenhage"-style names: a hyphen after a prefix word is part of the name.
    return parts.length > 1 && !isPrefixWord(parts[0] ?? '') ? parts : [];
  }
  const words = text.split(' ');
  for (let i = 1; i < words.length - 1; i += 1) {
    if (isPrefixWord(words[i] ?? '') && !isPrefixWord(words[i - 1] ?? '')) {
      return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    }
  }
  return [];
}

/**
 * Initial letters for comparison, from either initials ("P.J.", "PJ", "Th.", "IJ.") or
 * first names ("Pieter Jan"). "IJ" and "Th" count as one initial (I, T), as the register
 * derives one voorletter per first name.
 */
export function initialLetters(text: string | null): string[] {
  if (!text) return [];
  const letters: string[] = [];
  for (const match of straightenQuotes(text).matchAll(/(\p{L}+)(\.?)/gu)) {
    const token = match[1] ?? '';
    const dotted = match[2] === '.';
    const folded = foldDiacritics(token).toUpperCase();
    const spelledOutInitials = token.length > 1 && token === token.toUpperCase() && !/^IJ$/i.test(token);
    if (spelledOutInitials && !dotted) letters.push(...folded); // "PJ" typed without dots
    else letters.push(folded.charAt(0)); // a name, "Th." or "IJ."
  }
  return letters.filter(Boolean);
}

/** "P.J." for display in reasons. */
export function formatInitials(letters: string[]): string {
  return letters.map((letter) => `${letter}.`).join('');
}
