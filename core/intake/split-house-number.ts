import { accept, reject, type Normalised } from './normalised.ts';

export interface HouseNumberParts {
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
}

export type HouseNumberSuffix = Omit<HouseNumberParts, 'house_number'>;

/**
 * Splits "12a", "12-2", "12 bis", "12A-3", "5-II" into BAG parts. A single letter right
 * after the number is the huisletter; whatever follows (after a separator) is the
 * toevoeging. A letter glued to digits ("A01") is one toevoeging, as BAG writes it.
 */
export function splitHouseNumber(input: string | number): Normalised<HouseNumberParts> {
  const text = String(input).trim();
  if (text === '') return reject('Huisnummer ontbreekt.');
  const match = /^(\d+)(.*)$/s.exec(text);
  if (!match) return reject(`„${text}” begint niet met een huisnummer.`);
  const number = Number(match[1]);
  if (number < 1 || number > 99_999) return reject('Huisnummer moet tussen 1 en 99999 liggen.');
  const suffix = splitHouseNumberSuffix(match[2] ?? '');
  if (!suffix.ok) return suffix;
  return accept({ house_number: number, ...suffix.value }, suffix.warnings);
}

/** Interprets what follows the number, also used for a separate "Toev." column. */
export function splitHouseNumberSuffix(input: string): Normalised<HouseNumberSuffix> {
  const text = input.trim().replace(/^[-/\s]+/, '');
  if (text === '') return accept({ house_letter: null, house_number_addition: null });
  const letterThenRest = /^(\p{L})(?:[-/\s]+(.+))?$/u.exec(text);
  if (letterThenRest && letterThenRest[1]) {
    const addition = letterThenRest[2] === undefined ? null : checkAddition(letterThenRest[2]);
    if (addition !== null && !addition.ok) return addition;
    return accept({ house_letter: letterThenRest[1].toUpperCase(), house_number_addition: addition?.value ?? null });
  }
  const addition = checkAddition(text);
  if (!addition.ok) return addition;
  return accept({ house_letter: null, house_number_addition: addition.value });
}

function checkAddition(input: string): Normalised<string> {
  const value = input.trim().replace(/[-/\s]+/g, '');
  if (!/^[\p{L}\d]{1,4}$/u.test(value)) return reject(`Huisnummertoevoeging „${input.trim()}” is ongeldig (maximaal 4 letters of cijfers).`);
  return accept(value);
}
