/**
 * One column of a spreadsheet export: the key of the value in a row, the Dutch header the
 * reader sees, how the value is written and how wide the column is (Excel's character
 * units). The export builders in this folder describe their columns with these; the XLSX
 * writer (adapters/xlsx/write-sheet.ts) turns them into a sheet. Plain data, no exceljs.
 */
export type ExportCellKind =
  /** Free text; neutralised against formula injection when written. */
  | 'text'
  /** An ISO date (YYYY-MM-DD), written as a real date shown dd-mm-jjjj. */
  | 'date'
  /** A whole number (house number). */
  | 'integer'
  /** A number that may have decimals (months of arrears: 2,5). */
  | 'decimal'
  /** Euros, written as a number with the euro format (€ 1.234,56). */
  | 'euro';

export interface ExportColumn<Key extends string = string> {
  key: Key;
  header: string;
  kind: ExportCellKind;
  width: number;
}

export type ExportCellValue = string | number | null;
export type ExportRow<Key extends string = string> = Record<Key, ExportCellValue>;
