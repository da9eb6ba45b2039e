import type { CellValue } from '../../core/intake/cell-value.ts';
import { decodeText } from './decode-text.ts';
import { detectFileKind } from './detect-file-kind.ts';
import { parseCsv } from './parse-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { sniffDelimiter } from './sniff-delimiter.ts';
import { refusals } from './spreadsheet-refusal.ts';

export type { CellValue } from '../../core/intake/cell-value.ts';
export { SpreadsheetRefusal } from './spreadsheet-refusal.ts';

export interface SpreadsheetLimits {
  /** Default 20 MB. */
  maxBytes?: number;
  /** Default 50,000 non-empty rows. */
  maxRows?: number;
}

export const DEFAULT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxRows: 50_000 } as const;

const HEAD_BYTES = 8 * 1024;

/**
 * Rows of a spreadsheet, one at a time, from the file's bytes in memory: an upload holds
 * personal data and is never written to disk. The type is decided by the content, not
 * the file name: XLSX (zip) is unpacked in memory behind a zip-bomb guard and parsed with
 * exceljs; text is read as CSV after encoding detection and delimiter sniffing. Anything
 * else throws a SpreadsheetRefusal.
 *
 * Memory: the file (at most maxBytes) and, for XLSX, the parts it needs unpacked (capped,
 * see read-zip.ts). Rows are produced lazily, never collected in an array.
 */
export async function* readSpreadsheet(bytes: Uint8Array, limits: SpreadsheetLimits = {}): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxRows = limits.maxRows ?? DEFAULT_LIMITS.maxRows;
  if (bytes.length > maxBytes) throw refusals.tooLarge(maxBytes, bytes.length);

  const kind = detectFileKind(bytes.subarray(0, HEAD_BYTES));
  const rows = kind === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (count > maxRows) {
      await rows.return(undefined);
      throw refusals.tooManyRows(maxRows);
    }
    yield row;
  }
}

async function* readCsv(bytes: Uint8Array): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  const { text } = decodeText(bytes);
  yield* parseCsv(text, sniffDelimiter(text));
}
