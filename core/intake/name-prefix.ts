import { accept, reject, type Normalised } from './normalised.ts';

/**
 * Words that make up Dutch (and common foreign) tussenvoegsels, after the GBA table of
 * voorvoegsels. Combinations ("van der", "in 't") are sequences of these words.
 */
const PREFIX_WORDS = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 'te', 'ter', 'ten', 'in', 'op', 'aan', 'bij', 'onder', 'over', 'voor', 'uit', 'tot',
  "'s", "d'", "l'", 'la', 'le', 'les', 'du', 'des', 'di', 'da', 'del', 'della', 'do', 'dos', 'das', 'von', 'zu', 'zum', 'zur', 'vom', 'am', 'im', 'el', 'al', 'dei', 'degli', 'lo',
]);

// Abbreviations as corporations type them; "v.d." is conventionally "van der".
const ABBREVIATIONS: Record<string, string> = {
  v: 'van', vd: 'van der', 'v d': 'van der', 'v/d': 'van der', 'v den': 'van den', 'v de': 'van de', 'v der': 'van der', 'v het': 'van het', "v 't": "van 't", 'i t': "in 't", 'o d': 'op de',
};

/** Lower case, curly apostrophes straightened, abbreviations expanded. */
function canonical(text: string): string {
  const spaced = text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ABBREVIATIONS[spaced] ?? ABBREVIATIONS[spaced.replace(/ /g, '')] ?? spaced;
}

export function isPrefixWord(word: string): boolean {
  return PREFIX_WORDS.has(canonical(word));
}

/**
 * Tussenvoegsel in lower case ("Van Der" → "van der", "v.d." → "van der"); null when
 * empty. An unknown word is kept (dropping it would break BRP matching) with a warning.
 */
export function normaliseNamePrefix(input: string): Normalised<string | null> {
  if (input.trim() === '') return accept(null);
  const value = canonical(input);
  if (!/^[\p{L}' ]+$/u.test(value)) return reject('Tussenvoegsel bevat tekens die in een tussenvoegsel niet voorkomen.');
  const unknown = value.split(' ').some((word) => !PREFIX_WORDS.has(word));
  return accept(value, unknown ? ['Onbekend tussenvoegsel; overgenomen zoals aangeleverd.'] : []);
}

/**
 * Splits a tussenvoegsel that was written into the surname cell: after the name
 * ("Meijden, van der", "Meijden van der") or, in lower case, before it ("van der Meijden").
 * Capitalised leading words ("De Smet") are left alone: for many Belgian and
 * international names they are part of the surname itself.
 */
export function splitPrefixFromSurname(surname: string): { surname: string; prefix: string | null } {
  const text = surname.replace(/\s+/g, ' ').trim();
  const comma = /^([^,]+),\s*(.+)$/u.exec(text);
  if (comma && comma[1] && comma[2] && allPrefixWords(comma[2])) return { surname: comma[1].trim(), prefix: canonical(comma[2]) };
  const words = text.split(' ');
  let tail = words.length;
  while (tail > 1 && isPrefixWord(words[tail - 1] ?? '')) tail -= 1;
  if (tail < words.length && !isPrefixWord(words[0] ?? '')) {
    return { surname: words.slice(0, tail).join(' '), prefix: canonical(words.slice(tail).join(' ')) };
  }
  let head = 0;
  while (head < words.length - 1 && isLowerCase(words[head] ?? '') && isPrefixWord(words[head] ?? '')) head += 1;
  if (head > 0) return { surname: words.slice(head).join(' '), prefix: canonical(words.slice(0, head).join(' ')) };
  return { surname: text, prefix: null };
}

function allPrefixWords(text: string): boolean {
  return canonical(text).split(' ').every((word) => PREFIX_WORDS.has(word));
}

function isLowerCase(word: string): boolean {
  return word === word.toLowerCase();
}
