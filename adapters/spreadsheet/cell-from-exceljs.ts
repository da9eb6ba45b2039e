import type { CellValue } from '../../core/intake/cell-value.ts';

/**
 * One exceljs cell value → CellValue. Formulas give their cached result (never the
 * formula text), rich text and hyperlinks give their visible text, errors (#N/A …) are
 * empty. Dates stay as exceljs gives them: a Date for date-formatted cells, a number for
 * an unformatted serial; the core understands both.
 */
export function cellFromExcelJs(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const cell = value as Record<string, unknown>;
  if ('formula' in cell || 'sharedFormula' in cell) return cellFromExcelJs(cell.result);
  if (Array.isArray(cell.richText)) return cell.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
  if ('text' in cell) return cellFromExcelJs(cell.text);
  return null;
}
