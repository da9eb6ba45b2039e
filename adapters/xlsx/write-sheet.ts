/**
 * One export as an XLSX workbook with one sheet (issue 11, item 5): Dutch headers in a bold,
 * frozen first row with a filter, the column widths of the spec, dates as real dates shown
 * dd-mm-jjjj, amounts as numbers shown as euros, and every text cell neutralised against
 * formula injection (core/documents/neutralise-formula.ts: OWASP's single-quote prefix).
 *
 * The number formats are stored in the file's own (English) notation and shown in the
 * reader's locale: `dd-mm-yyyy` is what a Dutch Excel lists as dd-mm-jjjj, and the euro
 * format carries the Dutch locale (LCID 413), so Excel and LibreOffice show "€ 1.234,56".
 * No cell is ever written as a formula.
 *
 * Returns the bytes; nothing touches the disk (the letters and exports steps store the file
 * in Directus, and personal data must not be left in temp files).
 */
import ExcelJS from 'exceljs';
import type { ExportCellKind, ExportCellValue, ExportColumn, ExportRow } from '../../core/documents/export-column.ts';
import { neutraliseFormula } from '../../core/documents/neutralise-formula.ts';

export const DATE_FORMAT = 'dd-mm-yyyy';
export const EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00';
export const INTEGER_FORMAT = '0';

const NUMBER_FORMATS: Partial<Record<ExportCellKind, string>> = { date: DATE_FORMAT, euro: EURO_FORMAT, integer: INTEGER_FORMAT };

export interface SheetInput<Key extends string> {
  /** The tab's name; characters Excel does not allow are replaced and it is cut at 31. */
  sheetName: string;
  columns: ReadonlyArray<ExportColumn<Key>>;
  rows: ReadonlyArray<ExportRow<Key>>;
  /** Stored as the workbook's creation date; pass the run's clock for a reproducible file. */
  createdAt?: Date;
}

export async function writeSheet<Key extends string>(input: SheetInput<Key>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vroegsignalering';
  if (input.createdAt) {
    workbook.created = input.createdAt;
    workbook.modified = input.createdAt;
  }
  const sheet = workbook.addWorksheet(sheetName(input.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = input.columns.map((column) => ({ key: column.key, width: column.width }));

  const header = sheet.getRow(1);
  input.columns.forEach((column, index) => {
    header.getCell(index + 1).value = neutraliseFormula(column.header);
  });
  header.font = { bold: true };
  header.commit();

  input.rows.forEach((row, rowIndex) => {
    const line = sheet.getRow(rowIndex + 2);
    input.columns.forEach((column, index) => {
      const cell = line.getCell(index + 1);
      const { value, numFmt } = cellFor(column.kind, row[column.key]);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
  });
  if (input.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What goes into one cell: a neutralised string, a number, a date, or nothing. */
export function cellFor(kind: ExportCellKind, raw: ExportCellValue | undefined): { value: string | number | Date | null; numFmt: string | null } {
  if (raw === null || raw === undefined || raw === '') return { value: null, numFmt: null };
  if (kind === 'text') return { value: textCell(String(raw)), numFmt: null };
  if (kind === 'date') {
    const date = typeof raw === 'string' ? isoDate(raw) : null;
    // A value that is not a date is kept as text rather than lost; it cannot be a formula.
    return date ? { value: date, numFmt: DATE_FORMAT } : { value: textCell(String(raw)), numFmt: null };
  }
  if (typeof raw === 'string' && raw.trim() === '') return { value: null, numFmt: null };
  const number = typeof raw === 'number' ? raw : Number(raw.trim());
  if (!Number.isFinite(number)) return { value: textCell(String(raw)), numFmt: null };
  return { value: number, numFmt: NUMBER_FORMATS[kind] ?? null };
}

/**
 * Neutralised text with line ends as XML keeps them: a parser turns a raw CR into LF, so the
 * file would not hold what we meant to write; written as LF it reads back exactly.
 */
function textCell(text: string): string {
  return neutraliseFormula(text).replace(/\r\n?/g, '\n');
}

/** "1980-02-29" → that calendar day as a UTC midnight, which Excel stores as a whole day number. */
function isoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim().slice(0, 10));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Excel refuses a sheet name with : \ / ? * [ ] or longer than 31 characters. */
function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '-').trim().slice(0, 31);
  return clean || 'Blad1';
}
