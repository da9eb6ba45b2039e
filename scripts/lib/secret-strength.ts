/**
 * A conservative estimate of how many bits of guessing a secret or password costs, in
 * the spirit of zxcvbn but small: the value is split greedily into the cheapest
 * patterns an attacker tries first (dictionary words, runs of one character, sequences
 * such as `abcd`/`4321`/keyboard rows, repeats of an earlier part, years) and what is
 * left is charged per character by the character classes used. A value made of few
 * distinct characters is capped at what those characters (times four) can carry.
 */

/** Words an attacker tries first for this project; matched case-insensitively, with common l33t substitutions. */
const WORDS = [
  'vroegsignalering', 'signalering', 'vroeg', 'signaal', 'huurschuld', 'huurachterstand', 'gemeente', 'weert', 'directus', 'worker', 'token',
  'password', 'passwd', 'wachtwoord', 'welkom', 'welcome', 'admin', 'beheer', 'beheerder', 'secret', 'geheim', 'changeme', 'vervang', 'letmein',
  'qwerty', 'azerty', 'test', 'demo', 'example', 'voorbeeld', 'login', 'master', 'root', 'user', 'gebruiker', 'default', 'sleutel', 'key',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'friday', 'sunday',
  'lente', 'zomer', 'herfst', 'winter', 'summer', 'spring', 'autumn', 'dragon', 'monkey', 'football', 'iloveyou', 'sunshine', 'princess',
].sort((a, b) => b.length - a.length);

/** Bits for one dictionary word: as if drawn from a list of about 2,000 common words. */
const WORD_BITS = 11;
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const MAX_ANALYSED = 256;

export interface StrengthRule {
  /** Minimum estimated bits. */
  minBits: number;
}

export const SECRET_RULES = {
  SECRET: { minBits: 128 },
  WORKER_TOKEN: { minBits: 128 },
  // A passphrase of four or five random words, or 12+ random characters of mixed classes.
  ADMIN_PASSWORD: { minBits: 60 },
} as const satisfies Record<string, StrengthRule>;

export function estimateBits(value: string): number {
  const text = value.slice(0, MAX_ANALYSED);
  if (!text) return 0;
  const perChar = Math.log2(poolSize(text));
  const lower = [...text.toLowerCase()].map((c) => LEET[c] ?? c).join('');
  let bits = 0;
  let at = 0;
  while (at < text.length) {
    const match = longestPattern(text, lower, at, perChar);
    bits += match.bits;
    at += match.length;
  }
  const distinct = new Set(text).size;
  // A random value uses most characters once; few distinct characters carry little.
  return Math.min(bits, text.length * Math.log2(Math.max(distinct * 4, 2)));
}

function longestPattern(text: string, lower: string, at: number, perChar: number): { length: number; bits: number } {
  const candidates: Array<{ length: number; bits: number }> = [{ length: 1, bits: perChar }];
  const word = WORDS.find((w) => lower.startsWith(w, at));
  if (word) candidates.push({ length: word.length, bits: WORD_BITS + (text.slice(at, at + word.length) === lower.slice(at, at + word.length) ? 0 : 1) });
  const same = runLength(text, at, (a, b) => a === b);
  if (same >= 3) candidates.push({ length: same, bits: perChar + Math.log2(same) });
  const sequence = Math.max(runLength(text, at, (a, b) => Math.abs(a.charCodeAt(0) - b.charCodeAt(0)) === 1 && direction(text, at) !== 0), keyboardRun(lower, at));
  if (sequence >= 3) candidates.push({ length: sequence, bits: perChar + Math.log2(sequence) + 1 });
  const year = /^(19|20)\d\d/.exec(text.slice(at));
  if (year) candidates.push({ length: 4, bits: 7 });
  const repeat = earlierRepeat(text, at);
  if (repeat >= 3) candidates.push({ length: repeat, bits: Math.log2(at + 1) + Math.log2(repeat) });
  return candidates.reduce((best, c) => (c.length > best.length || (c.length === best.length && c.bits < best.bits) ? c : best));
}

/** +1/-1 for an ascending/descending pair at `at`, 0 otherwise. */
function direction(text: string, at: number): number {
  if (at + 1 >= text.length) return 0;
  return Math.sign(text.charCodeAt(at + 1) - text.charCodeAt(at));
}

function runLength(text: string, at: number, continues: (a: string, b: string) => boolean): number {
  let end = at + 1;
  const step = direction(text, at);
  while (end < text.length && continues(text[end - 1]!, text[end]!) && (step === 0 || Math.sign(text.charCodeAt(end) - text.charCodeAt(end - 1)) === step)) end += 1;
  return end - at;
}

function keyboardRun(lower: string, at: number): number {
  let best = 0;
  for (const row of [...KEYBOARD_ROWS, ...KEYBOARD_ROWS.map((r) => [...r].reverse().join(''))]) {
    const start = row.indexOf(lower[at]!);
    if (start < 0) continue;
    let length = 0;
    while (at + length < lower.length && row[start + length] === lower[at + length]) length += 1;
    best = Math.max(best, length);
  }
  return best;
}

/** Length of the longest prefix of text[at…] that already occurred before `at`. */
function earlierRepeat(text: string, at: number): number {
  let best = 0;
  for (let length = 3; at + length <= text.length; length += 1) {
    if (!text.slice(0, at + length - 1).includes(text.slice(at, at + length))) break;
    // The copy must start before `at` (it may overlap, as in "abcabcabc").
    if (text.indexOf(text.slice(at, at + length)) >= at) break;
    best = length;
  }
  return best;
}

function poolSize(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(text)) pool += 33;
  return Math.max(pool, 2);
}

/** A Dutch problem for the operator, naming the variable, never the value; null when strong enough. */
export function secretProblem(name: keyof typeof SECRET_RULES, value: string): string | null {
  const bits = Math.floor(estimateBits(value));
  const { minBits } = SECRET_RULES[name];
  if (bits >= minBits) return null;
  const advice = name === 'ADMIN_PASSWORD'
    ? 'kies een lange wachtzin van vier of meer willekeurige woorden, of een wachtwoord uit een wachtwoordbeheerder'
    : 'maak een willekeurige waarde met `openssl rand -hex 32`';
  return `${name} is te zwak (geschat ${bits} bits, minimaal ${minBits}; herhalingen, reeksen en woorden tellen nauwelijks mee): ${advice}`;
}
