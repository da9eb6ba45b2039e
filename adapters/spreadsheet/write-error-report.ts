import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export interface ErrorReportLine {
  /** Row in the partner's file; null for a problem with the file as a whole. */
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * The problems of an upload as an XLSX the partner can open next to their own file,
 * with Dutch headers (Rij, Kolom, Melding). Returns the bytes; also writes them to
 * `path` when given.
 *
 * Column and message texts can echo what the partner sent (a header, a value in a
 * message), so any text starting with = + - @ tab or CR is prefixed with ' : written as
 * a string cell it is already inert in Excel, and the prefix keeps it inert when someone
 * re-saves the report as CSV.
 */
export async function writeErrorReport(lines: readonly ErrorReportLine[], path?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Foutenrapport', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Rij', key: 'row', width: 8 },
    { header: 'Kolom', key: 'column', width: 28 },
    { header: 'Melding', key: 'message', width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const line of lines) {
    sheet.addRow({ row: line.row ?? '', column: inertText(line.column ?? ''), message: inertText(line.message) });
  }
  sheet.autoFilter = { from: 'A1', to: 'C1' };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (path !== undefined) await writeFile(path, buffer);
  return buffer;
}

export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
