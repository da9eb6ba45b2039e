/**
 * Reads an export written by write-sheet.ts back into rows keyed like its columns, for tests
 * that compare a file field by field (here and in the integration tests of the steps).
 * Dates come back as ISO dates, numbers as numbers, text exactly as stored (a neutralised
 * value keeps its quote). It also reports what a person opening the file would meet: the
 * headers, the frozen rows, the widths, each cell's number format and whether any cell is
 * a formula.
 */
import ExcelJS from 'exceljs';
import type { ExportCellValue, ExportColumn } from '../../core/documents/export-column.ts';

export interface ExportSheetContents<Key extends string> {
  sheetName: string;
  sheetCount: number;
  headers: string[];
  frozenRows: number;
  widths: number[];
  rows: Array<Record<Key, ExportCellValue>>;
  /** Per data row, per column: the number format of the cell (null for General). */
  numFmts: Array<Array<string | null>>;
  /** Cells a spreadsheet would act on: formulas and hyperlinks (write-sheet.ts writes neither). */
  formulaCells: string[];
}

export async function readExportSheet<Key extends string>(bytes: Buffer | Uint8Array, columns: ReadonlyArray<ExportColumn<Key>>): Promise<ExportSheetContents<Key>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('workbook without a sheet');
  const formulaCells: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
    if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Hyperlink || cell.formula) formulaCells.push(cell.address);
  }));
  const headerRow = sheet.getRow(1);
  const headers = columns.map((_, index) => String(headerRow.getCell(index + 1).value ?? ''));
  const rows: Array<Record<Key, ExportCellValue>> = [];
  const numFmts: Array<Array<string | null>> = [];
  for (let number = 2; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const values = {} as Record<Key, ExportCellValue>;
    const formats: Array<string | null> = [];
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      values[column.key] = plain(cell.value);
      formats.push(cell.numFmt ? String(cell.numFmt) : null);
    });
    rows.push(values);
    numFmts.push(formats);
  }
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  return {
    sheetName: sheet.name,
    sheetCount: workbook.worksheets.length,
    headers,
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    widths: columns.map((_, index) => sheet.getColumn(index + 1).width ?? 0),
    rows,
    numFmts,
    formulaCells,
  };
}

function plain(value: ExcelJS.CellValue): ExportCellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  // Rich text, hyperlinks and formulas are never written by write-sheet.ts; show what they hold.
  return JSON.stringify(value);
}
