import { cellText } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { accept, reject, type Normalised } from './normalised.ts';
import { parseDecimal } from './parse-decimal.ts';

/**
 * Arrears amount in euros, rounded to cents. Accepts "€ 1.234,56", "1.234,56",
 * "1,234.56", "1234.5", "EUR 12" and numbers from Excel. An empty cell or a lone "-"
 * (how many exports show "nothing") is null. A negative amount is a credit, not arrears:
 * refused, so the caller drops the amount with a warning.
 */
export function normaliseAmount(cell: CellValue): Normalised<number | null> {
  let value: number | null;
  if (typeof cell === 'number') value = cell;
  else {
    const text = cellText(cell);
    if (text === '' || /^[-–—]$/.test(text)) return accept(null);
    // Strip currency marks before and after the number: "€", "EUR", "euro", and also the
    // "¬" or "â‚¬" that a euro sign becomes when an export is saved in the wrong encoding.
    const bare = text.replace(/^[^\d(+-]+/u, '').replace(/[^\d)]+$/u, '').trim();
    const negativeByParentheses = /^\(.*\)$/.test(bare);
    value = parseDecimal(bare.replace(/^\((.*)\)$/, '$1').replace(/^-\s+/, '-'));
    if (value !== null && negativeByParentheses) value = -value;
    if (value === null) return reject(`„${text}” is geen bedrag.`);
  }
  if (!Number.isFinite(value)) return reject('Ongeldig bedrag.');
  if (value < 0) return reject('Het bedrag is negatief; een achterstand is altijd positief.');
  return accept(Math.round(value * 100) / 100);
}
