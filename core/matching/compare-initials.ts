import { comparison, type Comparison } from './comparison.ts';
import { formatInitials, initialLetters } from './normalise-name.ts';

/**
 * Compares the signal's initials with the register's voorletters (or, when those are
 * missing, the first names). Corporations often know only the first initial or the name
 * the tenant goes by, so partial agreement still counts; wholly different initials are a
 * conflict (twins and parent/child at one address share surname and address).
 */
export function compareInitials(signalInitials: string, brpInitials: string | null, brpFirstNames: string | null): Comparison {
  const signal = initialLetters(signalInitials);
  const brp = brpInitials ? initialLetters(brpInitials) : initialLetters(brpFirstNames);
  const shown = `${formatInitials(signal) || '–'} / ${formatInitials(brp) || '–'}`;
  if (signal.length === 0 || brp.length === 0) return comparison(0.3, `Voorletters niet te vergelijken: ${shown}`);
  if (signal.join('') === brp.join('')) return comparison(1, 'Voorletters gelijk');
  if (startsWith(brp, signal) || startsWith(signal, brp)) return comparison(0.7, `Voorletters deels gelijk: ${shown}`);
  if (signal[0] === brp[0]) return comparison(0.5, `Eerste voorletter gelijk: ${shown}`);
  if (isSubsequence(signal, brp)) return comparison(0.4, `Voorletter(s) komen voor in de voornamen (roepnaam?): ${shown}`);
  return comparison(0, `Voorletters wijken af: ${shown}`, true);
}

function startsWith(whole: string[], start: string[]): boolean {
  return start.every((letter, index) => whole[index] === letter);
}

function isSubsequence(part: string[], whole: string[]): boolean {
  let index = 0;
  for (const letter of whole) if (letter === part[index]) index += 1;
  return index === part.length;
}
