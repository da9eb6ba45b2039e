import type { CellValue } from './cell-value.ts';

/**
 * The text of a cell, trimmed, with runs of whitespace (including the non-breaking
 * spaces Excel exports love) collapsed to one space. Dates become ISO dates so that
 * a date cell in a text column is at least readable; null becomes "".
 */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'WAAR' : 'ONWAAR';
  return String(cell).replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

export function isBlankCell(cell: CellValue | undefined): boolean {
  return cellText(cell) === '';
}
