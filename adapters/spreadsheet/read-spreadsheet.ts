import { open, readFile, stat } from 'node:fs/promises';
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
 * Rows of a spreadsheet file, one at a time. The type is decided by the content, not the
 * file name: XLSX (zip) is streamed with exceljs; text is read as CSV after encoding
 * detection and delimiter sniffing. Anything else throws a SpreadsheetRefusal.
 *
 * Memory: XLSX rows are streamed. A CSV is decoded in one piece (at most maxBytes,
 * because encoding detection needs the whole file to know it is valid UTF-8) but its
 * rows are produced lazily, never collected in an array.
 */
export async function* readSpreadsheet(source: string, limits: SpreadsheetLimits = {}): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxRows = limits.maxRows ?? DEFAULT_LIMITS.maxRows;
  const { size } = await stat(source);
  if (size > maxBytes) throw refusals.tooLarge(maxBytes, size);

  const kind = detectFileKind(await readHead(source));
  const rows = kind === 'xlsx' ? readXlsx(source) : readCsv(source);
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

async function readHead(source: string): Promise<Uint8Array> {
  const handle = await open(source, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readCsv(source: string): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  const { text } = decodeText(await readFile(source));
  yield* parseCsv(text, sniffDelimiter(text));
}
