import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/intake/cell-value.ts';
import { cellFromExcelJs } from './cell-from-exceljs.ts';
import { refusals, SpreadsheetRefusal } from './spreadsheet-refusal.ts';

/**
 * Rows of the first worksheet with exceljs' streaming reader, so a large workbook is
 * never held in memory as a whole. Empty rows are skipped by exceljs; row numbers are the
 * ones Excel shows. "First" is the first worksheet stored in the file, which is the
 * first tab for files saved by Excel.
 */
export async function* readXlsx(path: string): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sawWorksheet = false;
  try {
    for await (const worksheet of workbook) {
      sawWorksheet = true;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        // exceljs rows are 1-based sparse arrays; Array.from turns holes into nulls.
        yield { row: row.number, cells: Array.from(values.slice(1), cellFromExcelJs) };
      }
      break;
    }
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) throw error;
    throw refusals.unreadableXlsx(error instanceof Error ? error.message.slice(0, 120) : 'unknown error');
  } finally {
    input.destroy();
  }
  if (!sawWorksheet) throw refusals.noWorksheet();
}
