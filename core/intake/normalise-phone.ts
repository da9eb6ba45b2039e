import { accept, reject, type Normalised } from './normalised.ts';

/**
 * Phone number kept as the partner wrote it (trimmed), but only when it is a plausible
 * Dutch number (10 digits starting with 0, or +31 / 0031 followed by 9 digits) or an
 * international one (+ or 00 and 8–15 digits). Spaces, dashes, dots, slashes and "(0)"
 * are allowed. Excel drops the leading zero of numbers typed as numbers; a 9-digit number
 * gets it back with a warning.
 */
export function normalisePhone(input: string | number): Normalised<string | null> {
  if (typeof input === 'number') return fromNumber(input);
  const value = input.replace(/\s+/g, ' ').trim();
  if (value === '') return accept(null);
  if (!/^[+\d][\d\s./()-]*$/.test(value)) return reject('Telefoonnummer bevat tekens die in een telefoonnummer niet voorkomen.');
  const digits = value.replace(/\(0\)/g, '').replace(/[\s./()-]/g, '');
  if (/^0[1-9]\d{8}$/.test(digits) || /^(\+|00)31[1-9]\d{8}$/.test(digits)) return accept(value);
  if (/^(\+|00)(?!31)[1-9]\d{7,14}$/.test(digits)) return accept(value);
  return reject('Telefoonnummer is geen geldig Nederlands of internationaal nummer.');
}

function fromNumber(value: number): Normalised<string | null> {
  const text = String(value);
  if (/^[1-9]\d{8}$/.test(text)) return accept(`0${text}`, ['Voorloopnul van het telefoonnummer aangevuld (Excel had die weggelaten).']);
  return normalisePhone(text);
}
