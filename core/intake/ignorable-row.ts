import { cellText, isBlankCell } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { foldText } from './fold-text.ts';
import type { ColumnMapping } from './map-columns.ts';
import { parseDecimal } from './parse-decimal.ts';
import type { ColumnTarget } from './recognise-header.ts';

export type IgnoreReason = 'blank' | 'totals' | 'header';

const TOTAL_WORDS = new Set(['totaal', 'totalen', 'total', 'totals', 'subtotaal', 'eindtotaal', 'generaal']);
const IDENTITY: ColumnTarget[] = ['initials', 'surname', 'birth_date', 'street', 'house_number', 'postcode', 'address'];

/**
 * Rows below the header that are not tenants and so are not errors either: blank rows
 * (only the taken-over columns count; a note in a dropped column does not make a row),
 * totals rows ("Totaal", "Totalen", or only numbers with no name or address), and a
 * header repeated further down (exports that print the header on every page).
 */
export function ignorableRow(cells: readonly CellValue[], mapping: ColumnMapping): IgnoreReason | null {
  const mapped = mapping.columns.map((column) => ({ column, cell: cells[column.index] ?? null }));
  if (mapped.every(({ cell }) => isBlankCell(cell))) return 'blank';
  if (cells.some((cell) => typeof cell === 'string' && TOTAL_WORDS.has(foldText(cell).split(' ')[0] ?? ''))) return 'totals';
  const identityBlank = mapped.filter(({ column }) => IDENTITY.includes(column.target)).every(({ cell }) => isBlankCell(cell));
  if (identityBlank && mapped.every(({ cell }) => isBlankCell(cell) || isNumeric(cell))) return 'totals';
  const repeatsHeader = mapped.filter(({ column, cell }) => cellText(cell) === column.header).length;
  if (repeatsHeader >= Math.min(3, mapped.length)) return 'header';
  return null;
}

function isNumeric(cell: CellValue): boolean {
  if (typeof cell === 'number') return true;
  return parseDecimal(cellText(cell).replace(/^[^\d-]+/u, '')) !== null;
}
