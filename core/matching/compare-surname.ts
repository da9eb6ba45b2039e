import { comparison, type Comparison } from './comparison.ts';
import { coreSurnameKey, foldName, fullSurname, NAME_FOLD_LEVELS, surnameKey, surnameParts, type NameFoldLevel } from './normalise-name.ts';

export interface SurnameInput {
  surname: string | null;
  name_prefix: string | null;
}

const LEVEL_LABEL: Record<NameFoldLevel, string | null> = {
  case: null,
  quotes: 'aanhalingstekens',
  diacritics: 'diakrieten',
  spelling: 'spelling ij/y en leestekens',
};

/**
 * Compares surnames from strict to loose and names the step that made them equal, so a
 * case worker sees why "d’Ancona" matched "d'Ancona". A partner's name in the signal
 * ("Jansen-de Vries" for BRP "de Vries") scores less than the own name but still counts.
 */
export function compareSurname(signal: SurnameInput, brp: SurnameInput): Comparison {
  const brpDisplay = display(brp);
  const signalDisplay = display(signal);
  if (!signal.surname || !brp.surname) return comparison(0, 'Achternaam ontbreekt in het BRP');

  for (const level of NAME_FOLD_LEVELS) {
    if (surnameKey(signal.surname, signal.name_prefix, level) !== surnameKey(brp.surname, brp.name_prefix, level)) continue;
    const label = LEVEL_LABEL[level];
    const samePlacement = sameFields(signal, brp, level);
    if (!label && samePlacement) return comparison(1, 'Achternaam gelijk');
    const steps = [samePlacement ? null : 'plaats tussenvoegsel', label].filter(Boolean).join(', ');
    return comparison(1, `Achternaam gelijk na normalisatie (${steps})`);
  }

  const signalFull = fullSurname(signal.surname, signal.name_prefix);
  const brpFull = fullSurname(brp.surname, brp.name_prefix);
  if (coreSurnameKey(signalFull) === coreSurnameKey(brpFull)) {
    return comparison(0.85, `Achternaam gelijk, tussenvoegsel wijkt af: ${signalDisplay} / ${brpDisplay}`);
  }

  if (matchesPart(signalFull, brpFull) || matchesPart(brpFull, signalFull)) {
    return comparison(0.8, `Achternaam gelijk aan een deel van de dubbele naam (naam partner?): ${signalDisplay} / ${brpDisplay}`);
  }

  const a = coreSurnameKey(signalFull);
  const b = coreSurnameKey(brpFull);
  const allowed = Math.min(a.length, b.length) >= 9 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  if (allowed > 0 && editDistance(a, b) <= allowed) {
    return comparison(0.6, `Achternaam lijkt op elkaar (spelvariant): ${signalDisplay} / ${brpDisplay}`);
  }
  // No conflict: the tenant may use a partner's name the register does not hold.
  return comparison(0, `Achternaam wijkt af: ${signalDisplay} / ${brpDisplay}`);
}

function matchesPart(doubleName: string, single: string): boolean {
  const singleKey = coreSurnameKey(single);
  return surnameParts(doubleName).some((part) => coreSurnameKey(part) === singleKey);
}

/** Whether prefix and surname sit in the same fields on both sides (not only the same letters). */
function sameFields(a: SurnameInput, b: SurnameInput, level: NameFoldLevel): boolean {
  return foldName(a.name_prefix ?? '', level) === foldName(b.name_prefix ?? '', level) && foldName(a.surname ?? '', level) === foldName(b.surname ?? '', level);
}

function display(name: SurnameInput): string {
  return fullSurname(name.surname ?? '', name.name_prefix) || '–';
}

/** Levenshtein distance; names are short, so the quadratic table is fine. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
