import { cellText } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { accept, reject, type Normalised } from './normalised.ts';
import { parseDecimal } from './parse-decimal.ts';

/** More than ten years of arrears is a typo (an amount in the months column), not a signal. */
const MAX_MONTHS = 120;

/** Months of arrears: a positive number; accepts "2", "2,5", "3 mnd", "3 maanden". */
export function normaliseMonths(cell: CellValue): Normalised<number> {
  const value = typeof cell === 'number' ? cell : parseDecimal(cellText(cell).replace(/\s*(maanden|maand|mnd\.?|mnden)$/i, ''));
  if (cellText(cell) === '') return reject('Aantal maanden achterstand ontbreekt.');
  if (value === null || !Number.isFinite(value)) return reject(`„${cellText(cell)}” is geen aantal maanden.`);
  if (value <= 0) return reject('Aantal maanden achterstand moet groter dan 0 zijn.');
  if (value > MAX_MONTHS) return reject(`Meer dan ${MAX_MONTHS} maanden achterstand is niet aannemelijk; staat hier misschien een bedrag?`);
  return accept(Math.round(value * 100) / 100);
}
